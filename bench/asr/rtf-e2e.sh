#!/usr/bin/env bash
# End-to-end real-time factor (audio file in, transcript out) of `vaak eval-asr` on ONE core (taskset -c 0,
# --threads 1), next to pocketsphinx's (bench/asr/pocketsphinx-rtf.sh) in the same run.
#   bench/asr/rtf-e2e.sh SYSTEM_DIR MANIFEST [UTTERANCES]     (default: the first 100 utterances)
# When SYSTEM_DIR has no system.json, a small word system is assembled there for MANIFEST's language:
#   - the acoustic model: an exported model (vaak.kind acoustic-model) from /work/am-runs/LANG/*.safetensors
#     (AM_DIR overrides) if there is one, else the spec's default-size conformer with random weights
#     (bench/asr/RandomAm.java; speed does not depend on the values of the weights);
#   - the LM: `vaak train-lm --order "${ORDER:-3}" --vocab-limit ${VOCAB:-20000}` on ${CORPORA:-/work/corpora-build}/LANG/train.txt.
# Reported: the CPU-time RTF eval-asr measures per utterance (reading, resampling, features, AM, search),
# and the whole command's CPU time over the audio (JVM start, model and graph loading included).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/jdk.sh
sys="${1:?usage: bench/asr/rtf-e2e.sh SYSTEM_DIR MANIFEST [UTTERANCES]}"
manifest="${2:?usage: bench/asr/rtf-e2e.sh SYSTEM_DIR MANIFEST [UTTERANCES]}"
n="${3:-100}"
[[ -d cli/target/lib ]] || mvn -q -o install -DskipTests
case "$(readlink -f "$manifest")" in */kn/*|*kn*.jsonl) lang=kn ;; *) lang=ta ;; esac
lang="${LANG_CODE:-$lang}"
if [[ ! -f "$sys/system.json" ]]; then
    mkdir -p "$sys"
    am=""
    for f in "${AM_DIR:-/work/am-runs/$lang}"/*.safetensors; do
        [[ -f "$f" ]] || continue
        kind=$(python3 -c 'import json,struct,sys; f=open(sys.argv[1],"rb"); n=struct.unpack("<Q",f.read(8))[0]; print(json.loads(f.read(n)).get("__metadata__",{}).get("vaak.kind",""))' "$f")
        if [[ "$kind" == acoustic-model ]]; then am="$(readlink -f "$f")"; fi
    done
    if [[ -n "$am" ]]; then
        echo "acoustic model: $am (trained)"
        ln -sf "$am" "$sys/am.safetensors"
        note="trained acoustic model $am"
    else
        echo "acoustic model: none exported in ${AM_DIR:-/work/am-runs/$lang}; default-size conformer with random weights"
        mvn -q -o -pl asr -am compile
        java -cp "$(bash bench/asr/classpath.sh)" bench/asr/RandomAm.java "$lang" "$sys/am.safetensors" 2>&1 | grep -v -e '^WARNING' -e '^SLF4J' || true
        note="random-weight default-size acoustic model (speed only)"
    fi
    ./vaak train-lm -q --order "${ORDER:-3}" --vocab-limit "${VOCAB:-20000}" -o "$sys/lm.arpa" "${CORPORA:-/work/corpora-build}/$lang/train.txt"
    cat > "$sys/system.json" <<JSON
{"format": "vaak-asr-system", "version": 1, "language": "$lang", "name": "rtf-e2e-words-3gram",
 "description": "word 3-gram (${VOCAB:-20000} words) over the text corpus; $note",
 "acoustic_model": "am.safetensors", "precision": "${PRECISION:-int8}", "units": "words", "lm": "lm.arpa",
 "graph": {"topology": "shortcut"}, "decoder": {"beam": 16.0, "max_active": 7000, "acoustic_scale": 1.0}}
JSON
fi
sub="$(mktemp --suffix=.jsonl)"
python3 - "$manifest" "$n" > "$sub" <<'PY'
import json, os, sys
base = os.path.dirname(os.path.abspath(sys.argv[1]))
with open(sys.argv[1], encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i >= int(sys.argv[2]):
            break
        u = json.loads(line)
        u["audio_filepath"] = os.path.join(base, u["audio_filepath"])
        print(json.dumps({k: u[k] for k in ("id", "audio_filepath", "duration", "text", "speaker") if k in u}, ensure_ascii=False))
PY
audio=$(python3 -c 'import json,sys; print(sum(json.loads(l)["duration"] for l in open(sys.argv[1])))' "$sub")
echo "system: $sys, utterances: $(wc -l < "$sub"), audio: ${audio} s, machine: $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
head -1 "$sub" > "$sub.1.jsonl"
./vaak eval-asr -q --manifest "$sub.1.jsonl" --system "$sys" > /dev/null || true   # builds the graph into the cache once
report="${REPORT:-build/rtf-e2e-report.json}"
mkdir -p "$(dirname "$report")"
cpu=$( { /usr/bin/time -f "%U %S" taskset -c 0 ./vaak eval-asr -q --threads 1 --manifest "$sub" --system "$sys" \
        --report "$report" > /tmp/rtf-e2e-eval.txt; } 2>&1 | tail -1 | awk '{print $1+$2}')
cat /tmp/rtf-e2e-eval.txt
echo "whole command on one core: cpu ${cpu} s (JVM start, loading, all utterances), RTF $(python3 -c "print(round($cpu/$audio, 4))")"
rm -f "$sub" "$sub.1.jsonl"
echo "--- pocketsphinx, same run"
bench/asr/pocketsphinx-rtf.sh "${PS_REPEATS:-1}"
