#!/usr/bin/env bash
# Trains the conformer-CTC acoustic model for one language with DJL (PyTorch engine, CPU, offline).
#
#   scripts/train-am.sh LANG [--out DIR] [trainer options...]
#
# Data: $VAAK_SPEECH/LANG/{train,dev}.jsonl (default VAAK_SPEECH=build/speech), JSON-lines manifests.
# Output (default build/am-runs/LANG): lib/ (the jars the run uses), checkpoint.safetensors (resumable), am-LANG.safetensors (the model),
# am-LANG.reference.safetensors (DJL's output for a dev utterance), progress.tsv, feasibility.txt, cache/.
# Running the same command again resumes from the checkpoint. Trainer options: see TrainOptions
# (--max-minutes, --max-steps, --batch-frames, --lr, --epochs, --eval-every, --seed, network sizes, ...).
# Environment: SKIP_BUILD=1 skips the Maven build; TRAIN_THREADS (1) intra-op threads (2 collapse when anything else runs on a 2-core machine: docs/acoustic-model.md); TRAIN_HEAP (4g);
# TRAIN_RESTARTS (50) restarts after status 3.
set -euo pipefail
if [ $# -lt 1 ]; then
  sed -n '2,12p' "$0"
  exit 2
fi
lang=$1
shift
root=$(cd "$(dirname "$0")/.." && pwd)
speech=${VAAK_SPEECH:-$root/build/speech}
out=$root/build/am-runs/$lang
args=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--out" ]; then out=$2; shift 2; else args+=("$1"); shift; fi
done
for f in train dev; do
  if [ ! -f "$speech/$lang/$f.jsonl" ]; then
    echo "train-am: no manifest $speech/$lang/$f.jsonl (set VAAK_SPEECH)" >&2
    exit 1
  fi
done
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
mkdir -p "$out"
lib=$out/lib
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  # The run gets its own copy of the jars, so rebuilding the tree does not touch a running trainer.
  rm -rf "$lib.tmp" && mkdir -p "$lib.tmp"
  echo "+ mvn -q -o -pl training -am package dependency:copy-dependencies -DskipTests ..." >&2
  (cd "$root" && mvn -q -o -pl training -am package dependency:copy-dependencies -DskipTests \
      -DincludeScope=runtime -DexcludeGroupIds=org.vaak -DoutputDirectory="$lib.tmp")
  for m in runtime lexicons audio segmentation asr training; do
    cp "$root/$m/target/vaak-$m-"*.jar "$lib.tmp/"
  done
  rm -rf "$lib" && mv "$lib.tmp" "$lib"
elif [ ! -d "$lib" ]; then
  echo "train-am: SKIP_BUILD=1 but $lib does not exist (run once without it)" >&2
  exit 1
fi
threads=${TRAIN_THREADS:-1}
# few malloc arenas: the native allocations of many threads otherwise spread over many arenas and RSS grows;
# tensors made from Java arrays live in direct buffers that only a GC frees: MaxDirectMemorySize (below)
# makes the JVM collect them every 512 MB instead of letting them pile up to the heap size
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# a fixed mmap threshold: glibc's adaptive one lets the engine's large, short-lived blocks fragment the heap
export MALLOC_MMAP_THRESHOLD_=${MALLOC_MMAP_THRESHOLD_:-131072}
# Exit status 3: the trainer stopped after non-finite steps or above --max-rss-mb; it is restarted from its
# last checkpoint (a few times), since a fresh process continues where the checkpoint left off.
restarts=${TRAIN_RESTARTS:-50}
while :; do
  set -x
  "$java" -Xmx"${TRAIN_HEAP:-4g}" -XX:MaxDirectMemorySize=512m -Dfile.encoding=UTF-8 -Dai.djl.offline=true \
    -Dai.djl.pytorch.num_threads="$threads" -Dai.djl.pytorch.num_interop_threads=1 \
    -Djava.util.concurrent.ForkJoinPool.common.parallelism="$threads" \
    -Dorg.slf4j.simpleLogger.logFile=System.out -Dorg.slf4j.simpleLogger.showDateTime=true \
    -Dorg.slf4j.simpleLogger.dateTimeFormat="yyyy-MM-dd'T'HH:mm:ss" \
    -cp "$lib/*" org.vaak.training.train.TrainAm \
    --lang "$lang" --train "$speech/$lang/train.jsonl" --dev "$speech/$lang/dev.jsonl" --out "$out" \
    --threads "$threads" "${args[@]}" && rc=0 || rc=$?
  set +x
  if [ "$rc" -ne 3 ] || [ "$restarts" -le 0 ]; then
    exit "$rc"
  fi
  restarts=$((restarts - 1))
  echo "train-am: restarting from the last checkpoint ($restarts restarts left)" >&2
done
