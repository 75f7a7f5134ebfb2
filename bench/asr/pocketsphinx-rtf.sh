#!/usr/bin/env bash
# Real-time factor of a classic decoder on this machine, as a reference for vaak's own RTF:
# pocketsphinx (Debian) with its US English acoustic model, 3-gram LM and CMU dictionary, decoding the
# English recordings of pocketsphinx-testdata on one core (taskset), CPU time / audio duration.
#   bench/asr/pocketsphinx-rtf.sh [repeats]      (default 3)
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/install-prerequisites.sh pocketsphinx pocketsphinx-en-us pocketsphinx-testdata
repeats=${1:-3}
model=/usr/share/pocketsphinx/model/en-us
data=/usr/share/pocketsphinx/test/data
files=("$data"/librivox/*.wav "$data"/cards/*.wav)
duration=0
for f in "${files[@]}"; do
    d=$(python3 -c "import wave,sys; w=wave.open(sys.argv[1]); print(w.getnframes()/w.getframerate())" "$f")
    duration=$(python3 -c "print($duration+$d)")
done
echo "files: ${#files[@]}, audio: ${duration} s, load: $(cut -d' ' -f1-3 /proc/loadavg)"
best=""
for r in $(seq "$repeats"); do
    cpu=$( { /usr/bin/time -f "%U %S" taskset -c 0 bash -c '
        for f in "$@"; do
            pocketsphinx_continuous -infile "$f" -hmm '"$model"'/en-us -lm '"$model"'/en-us.lm.bin \
                -dict '"$model"'/cmudict-en-us.dict -logfn /dev/null
        done' _ "${files[@]}" > /tmp/pocketsphinx-hyp.txt; } 2>&1 | tail -1 | awk '{print $1+$2}')
    rtf=$(python3 -c "print(round($cpu/$duration, 4))")
    echo "run $r: cpu ${cpu} s, RTF ${rtf}"
    best=$(python3 -c "b='$best'; print($rtf if not b else min(float(b), $rtf))")
done
echo "pocketsphinx RTF (best of $repeats, one core): $best"
head -3 /tmp/pocketsphinx-hyp.txt
