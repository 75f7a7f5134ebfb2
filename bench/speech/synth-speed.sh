#!/usr/bin/env bash
# Speed of espeak-ng synthesis as audio seconds per wall-clock second ("x real time"), on the same N
# sentences, voices, rates and pitches (the first N lines of a corpus manifest), one core:
#  1. in-process through JNA (vaak's EspeakSynthesizer), synthesis only, then with resampling to 16 kHz
#     and WAV writing (bench/speech/SynthBench.java, after a 10-utterance warm-up);
#  2. one espeak-ng process per utterance writing a 22 kHz WAV (what the in-process binding replaces).
#
#   bench/speech/synth-speed.sh [MANIFEST] [N]     (defaults: /work/speech/ta/train.jsonl, 300)
#
# Needs a built vaak (./build.sh) and espeak-ng. Runs at nice 10; say in the results if the machine was busy.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)"
manifest="${1:-/work/speech/ta/train.jsonl}"; n="${2:-300}"
source "$here/scripts/jdk.sh"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
python3 - "$manifest" "$n" > "$tmp/sentences.tsv" <<'PY'
import json, sys
us = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()][: int(sys.argv[2])]
for u in us:
    print("%s\t%d\t%d\t%s" % (u["voice"], u["wpm"], u["pitch"], u["text"]))
PY
cp="$here/audio/target/classes:$(ls "$here"/cli/target/lib/*.jar | tr '\n' ':')"
nice -n 10 "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$cp" "$here/bench/speech/SynthBench.java" \
    "$tmp/sentences.tsv" "$tmp"
start=$(date +%s.%N)
i=0
while IFS=$'\t' read -r voice wpm pitch text; do
    nice -n 10 espeak-ng -a 45 -v "$voice" -s "$wpm" -p "$pitch" -w "$tmp/p$i.wav" -- "$text"
    i=$((i + 1))
done < "$tmp/sentences.tsv"
end=$(date +%s.%N)
python3 - "$tmp" "$i" "$start" "$end" <<'PY'
import struct, sys, os
tmp, n, start, end = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
secs = 0.0
for i in range(n):
    d = open(os.path.join(tmp, "p%d.wav" % i), "rb").read()
    secs += (len(d) - 44) / 2 / struct.unpack_from("<I", d, 24)[0]
wall = end - start
print("espeak-ng process per utterance: %d utterances, %.1f s of audio in %.2f s (%.1fx real time)" % (n, secs, wall, secs / wall))
PY
