#!/usr/bin/env bash
# Tunes a system's acoustic scale and insertion penalty on a dev manifest: `vaak eval-asr` over a grid,
# one row per setting, best (lowest WER, then CER) last.
#
#   bench/asr/tune-decoder.sh SYSTEM_DIR DEV.jsonl [N]
#
# N: the first N utterances of DEV.jsonl (default 200). SCALES (default "0.5 0.7 1.0 1.4") and PENALTIES
# (default "-2 -1 0 1 2") set the grid; BEAM (default: the system's) the beam; THREADS eval-asr's recognisers (1).
# Writes SYSTEM_DIR/tune.tsv (scale, penalty, WER %, CER %, RTF) and prints it; the last line, "best",
# names the setting to put into system.json's "decoder" block. Never tune on the test set.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)"
sys="${1:?usage: tune-decoder.sh SYSTEM_DIR DEV.jsonl [N]}"
dev="${2:?usage: tune-decoder.sh SYSTEM_DIR DEV.jsonl [N]}"
n="${3:-200}"
[[ -s "$sys/system.json" ]] || { echo "error: $sys/system.json: no such system" >&2; exit 1; }
[[ -s "$dev" ]] || { echo "error: $dev: no such manifest" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# a manifest's relative audio paths resolve against its folder: the subset goes next to it
subset="$(dirname "$(readlink -f "$dev")")/.tune-$$-$(basename "$dev")"
trap 'rm -rf "$work" "$subset"' EXIT
head -n "$n" "$dev" > "$subset"
beam=()
[[ -n "${BEAM:-}" ]] && beam=(--beam "$BEAM")
out="$sys/tune.tsv"
printf 'scale\tpenalty\twer_pct\tcer_pct\trtf_cpu\n' > "$work/tune.tsv"
for s in ${SCALES:-0.5 0.7 1.0 1.4}; do
    for p in ${PENALTIES:--2 -1 0 1 2}; do
        nice -n 10 "${VAAK:-$here/vaak}" eval-asr -q --threads "${THREADS:-1}" --manifest "$subset" --system "$sys" \
            --acoustic-scale "$s" --insertion-penalty "$p" "${beam[@]}" > "$work/eval.txt"
        wer=$(sed -n 's/^WER \([0-9.]*\)%.*/\1/p' "$work/eval.txt")
        cer=$(sed -n 's/^CER \([0-9.]*\)%.*/\1/p' "$work/eval.txt")
        rtf=$(sed -n 's/^RTF \([0-9.]*\) .*/\1/p' "$work/eval.txt")
        printf '%s\t%s\t%s\t%s\t%s\n' "$s" "$p" "$wer" "$cer" "$rtf" | tee -a "$work/tune.tsv"
    done
done
sort -t$'\t' -k3,3g -k4,4g <(tail -n +2 "$work/tune.tsv") | head -1 | awk -F'\t' '{ printf "best\t%s\t%s\t%s\t%s\t%s\n", $1, $2, $3, $4, $5 }' \
    >> "$work/tune.tsv"
tail -1 "$work/tune.tsv"
mv "$work/tune.tsv" "$out"
