#!/usr/bin/env bash
# Recognition results of the systems built by bench/asr/build-systems.sh: `vaak eval-asr` of every system on
# the speech test set, one row per system (docs/asr-results.md, "Recognition results").
#
#   bench/asr/eval-systems.sh LANG AM.safetensors [SYSTEMS_DIR] [MANIFEST]
#
# SYSTEMS_DIR: build/asr-systems/LANG (its system folders name "../am.safetensors": the AM is linked there).
# MANIFEST: /work/speech/LANG/test.jsonl. SYSTEMS: all seven. THREADS: eval-asr's recognisers (2).
# VAAK: the vaak launcher to use (default: this tree's).
# Writes SYSTEMS_DIR/SYSTEM/eval.{txt,json} and SYSTEMS_DIR/eval.tsv, and prints markdown rows:
# lang | system | WER % | CER % | OOV % (eval-asr's) | test OOV % (segmentation, results.tsv) | TLG arcs | graph MB | RTF (CPU)
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)"
lang="${1:?usage: eval-systems.sh LANG AM.safetensors [SYSTEMS_DIR] [MANIFEST]}"
am="$(readlink -f "${2:?usage: eval-systems.sh LANG AM.safetensors [SYSTEMS_DIR] [MANIFEST]}")"
dir="${3:-$here/build/asr-systems/$lang}"
manifest="${4:-/work/speech/$lang/test.jsonl}"
systems="${SYSTEMS:-words bpe ebpe morfessor unigram-ml unigram-viterbi grammar}"
[[ -s "$am" ]] || { echo "error: $am: no acoustic model" >&2; exit 1; }
[[ -s "$dir/results.tsv" ]] || { echo "error: $dir/results.tsv is missing: run bench/asr/build-systems.sh $lang first" >&2; exit 1; }
ln -sfn "$am" "$dir/am.safetensors"
printf 'lang\tsystem\twer_pct\tcer_pct\toov_evalasr_pct\trtf_cpu\n' > "$dir/eval.tsv.tmp"
for sys in $systems; do
    nice -n 10 "${VAAK:-$here/vaak}" eval-asr -q --threads "${THREADS:-2}" --manifest "$manifest" --system "$dir/$sys" \
        --report "$dir/$sys/eval.json" > "$dir/$sys/eval.txt"
    wer=$(sed -n 's/^WER \([0-9.]*\)%.*/\1/p' "$dir/$sys/eval.txt")
    cer=$(sed -n 's/^CER \([0-9.]*\)%.*/\1/p' "$dir/$sys/eval.txt")
    oov=$(sed -n 's/^OOV \([0-9.]*\)%.*/\1/p' "$dir/$sys/eval.txt")
    rtf=$(sed -n 's/^RTF \([0-9.]*\) .*/\1/p' "$dir/$sys/eval.txt")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$lang" "$sys" "$wer" "$cer" "$oov" "$rtf" >> "$dir/eval.tsv.tmp"
    awk -F'\t' -v s="$sys" -v w="$wer" -v c="$cer" -v o="$oov" -v r="$rtf" 'NR > 1 && $2 == s {
        printf "| %s | %s | %s | %s | %s | %s | %s | %.1f | %s |\n", $1, s, w, c, o, $12, $17, $18 / 1e6, r }' "$dir/results.tsv"
done
mv "$dir/eval.tsv.tmp" "$dir/eval.tsv"
