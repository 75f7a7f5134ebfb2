#!/bin/sh
# Runs the runtime benchmarks and the comparisons in one go and writes bench/results/.
# Needs a JDK >= 21 (JAVA_HOME), Maven, Debian's python3-torch with libopenblas0-pthread.
# Usage: bench/run.sh            (from the repository root)
set -e
cd "$(dirname "$0")/.."
mkdir -p bench/results
mvn -q -Pbench -pl bench -am package -DskipTests
CP="bench/target/classes:bench/target/lib/*"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JMH="-wi 3 -i 5 -w 1 -r 1 -f 1"
"$JAVA" -cp "$CP" org.openjdk.jmh.Main 'GemmBench|GemvBench|OrtBench' $JMH -rf json -rff bench/results/jmh.json \
  > bench/results/jmh.log 2>&1
for t in 1 2; do
  OPENBLAS_NUM_THREADS=$t OMP_NUM_THREADS=$t MKL_NUM_THREADS=$t /usr/bin/python3 bench/torch_bench.py --threads $t
done > bench/results/torch.txt
"$JAVA" --add-modules jdk.incubator.vector -Xmx4g -cp "$CP" org.vaak.bench.FormatErrors > bench/results/errors.md 2>/dev/null
/usr/bin/python3 bench/summarize.py bench/results > bench/results/summary.md
cat bench/results/summary.md
