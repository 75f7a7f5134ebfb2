#!/bin/sh
# Kernel pass of the runtime benchmarks: GEMM/conv1d, GEMV per kernel (cold and warm), the Java DRAM read
# ceiling, ONNX Runtime and PyTorch, all in one go, with the load average logged before each step.
# Usage: bench/kernels-pass.sh <output dir>     (from the repository root, after
#        mvn -q -Pbench -pl bench -am package -DskipTests)
set -e
D=${1:-bench/results/kernels}
mkdir -p "$D"
CP="bench/target/classes:bench/target/lib/*"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JMH="-wi 3 -i 5 -w 1 -r 1 -f 2"
load() { echo "$(date -u +%H:%M:%S) $1 $(cut -d' ' -f1-3 /proc/loadavg)" >> "$D/load.txt"; }
: > "$D/load.txt"
load gemm
"$JAVA" -cp "$CP" org.openjdk.jmh.Main 'GemmBench|OrtBench' -p shape=gemm512,conv256k3,conv512k7 -p threads=1,2 \
  $JMH -rf json -rff "$D/gemm.json" > "$D/gemm.log" 2>&1
load gemv
"$JAVA" -cp "$CP" org.openjdk.jmh.Main 'GemvBench|OrtBench|StreamBench' -p format=f32,int8,int4:g32:sym,int4:g32:sym:a8 \
  -p shape=gemv_f32,nbits4_b32,nbits4_b32_acc4 -p threads=1,2 -p cold=true \
  $JMH -rf json -rff "$D/gemv.json" > "$D/gemv.log" 2>&1
load warm
"$JAVA" -cp "$CP" org.openjdk.jmh.Main 'GemvBench' -p format=f32,int8,int4:g32:sym:a8 -p threads=1,2 -p cold=false \
  $JMH -rf json -rff "$D/warm.json" > "$D/warm.log" 2>&1
load torch
for t in 1 2; do
  OPENBLAS_NUM_THREADS=$t OMP_NUM_THREADS=$t MKL_NUM_THREADS=$t /usr/bin/python3 bench/torch_bench.py --threads $t
done > "$D/torch.txt"
load end
