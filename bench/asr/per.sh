#!/usr/bin/env bash
# Greedy-CTC phone error rate of an acoustic model on a JSON-lines manifest, fp32 and int8 side by side.
#   bench/asr/per.sh MODEL.safetensors MANIFEST.jsonl [REPORT.json] [extra EvaluateAm options, e.g. --limit 100 --threads 1]
# Reference phones come from the language's G2P of each transcript (lexicons). Trained models: /work/am-runs/LANG/...
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/jdk.sh
if [[ $# -lt 2 ]]; then
  echo "usage: bench/asr/per.sh MODEL.safetensors MANIFEST.jsonl [REPORT.json] [EvaluateAm options]" >&2
  exit 2
fi
model="$1"; manifest="$2"; shift 2
report=()
if [[ $# -gt 0 && "$1" != --* ]]; then report=(--report "$1"); shift; fi
mvn -q -o -pl asr -am compile
CP="$(bash bench/asr/classpath.sh)"
exec java --add-modules jdk.incubator.vector -cp "$CP" org.vaak.asr.am.EvaluateAm --model "$model" --manifest "$manifest" \
  "${report[@]}" "$@" 2> >(grep -v -e '^WARNING' -e '^SLF4J' >&2)
