#!/usr/bin/env bash
# Greedy-CTC phone error rate of a trained acoustic model on speech manifests, with the DJL network.
#
#   scripts/eval-am.sh RUN_DIR LANG MANIFEST.jsonl...
#
# RUN_DIR is a training output folder (scripts/train-am.sh --out): its lib/ (the jars of the run) and
# am-LANG.safetensors are used; features are cached in RUN_DIR/cache. Prints one line per manifest.
set -euo pipefail
if [ $# -lt 3 ]; then
  sed -n '2,7p' "$0"
  exit 2
fi
run=$1
lang=$2
shift 2
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
exec "$java" -Xmx4g -Dfile.encoding=UTF-8 -Dai.djl.offline=true -Dai.djl.pytorch.num_threads="${TRAIN_THREADS:-2}" \
  -Dai.djl.pytorch.num_interop_threads=1 -Dorg.slf4j.simpleLogger.logFile=System.err \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$run/lib/*" org.vaak.training.train.EvalAm --model "$run/am-$lang.safetensors" --cache "$run/cache" "$@"
