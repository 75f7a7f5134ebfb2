#!/usr/bin/env bash
# Speed of speech-corpus generation, as audio seconds made per wall-clock second ("x real time"):
#  1. vaak speech-corpus synth in-process (libespeak-ng through JNA, resampling to 16 kHz, augmentation,
#     WAV writing), with 1 and with 2 threads;
#  2. the same kind of work done the naive way: one espeak-ng process per utterance (synthesis and a
#     22 kHz WAV only, no resampling or augmentation), over the first N training sentences.
#
#   bench/speech/synth-speed.sh [LANG] [MINUTES] [N]      (defaults: ta, 3 minutes of training audio, 200)
#
# Needs a built vaak (./build.sh) and espeak-ng. Runs at nice 10; say in the results if the machine was busy.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)"
lang="${1:-ta}"; minutes="${2:-3}"; n="${3:-200}"
corpus="${CORPUS_DIR:-/work/corpora-build}/$lang"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
hours="$(python3 -c "print($minutes / 60)")"
for threads in 1 2; do
    VAAK_JAVA_OPTS="--enable-native-access=ALL-UNNAMED" nice -n 10 "$here/vaak" speech-corpus synth --lang "$lang" \
        --train-text "$corpus/train.txt" --test-text "$corpus/test.txt" -o "$tmp/c$threads" --hours "$hours" \
        --test-size 20 --dev-size 10 --threads "$threads" 2>&1 | grep "x real time" | sed "s/^/in-process, $threads thread(s): /"
done
# The same sentences the in-process run spoke first, one espeak-ng process each.
python3 - "$tmp/c1/train.jsonl" "$n" > "$tmp/sentences.tsv" <<'PY'
import json, sys
us = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")][: int(sys.argv[2])]
for u in us:
    print(u["voice"] + "\t" + str(u["wpm"]) + "\t" + str(u["pitch"]) + "\t" + u["text"])
PY
start=$(date +%s.%N)
i=0
while IFS=$'\t' read -r voice wpm pitch text; do
    nice -n 10 espeak-ng -v "$voice" -s "$wpm" -p "$pitch" -w "$tmp/p$i.wav" -- "$text"
    i=$((i + 1))
done < "$tmp/sentences.tsv"
end=$(date +%s.%N)
python3 - "$tmp" "$i" "$start" "$end" <<'PY'
import struct, sys, os
tmp, n, start, end = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
secs = 0.0
for i in range(n):
    d = open(os.path.join(tmp, "p%d.wav" % i), "rb").read()
    rate = struct.unpack_from("<I", d, 24)[0]
    secs += (len(d) - 44) / 2 / rate
wall = end - start
print("process per utterance: %d utterances, %.1f s of audio in %.1f s (%.1fx real time)" % (n, secs, wall, secs / wall))
PY
