#!/usr/bin/env bash
# Features + acoustic model real-time factor on ONE thread, spec default size (d 144, 6 blocks, random weights),
# fp32 and int8 (W8A8 quantized at load), each in its own JVM so that peak memory is per precision.
#   [XMX=256m] bench/asr/am-speed.sh [SECONDS] [REPEATS] [MODEL]   (default 60 s of audio, 5 timed runs after a warm-up, -Xmx1g)
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/jdk.sh
S="${1:-60}"
R="${2:-5}"
mvn -q -o -pl asr -am compile
CP="$(bash bench/asr/classpath.sh)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for p in fp32 int8; do
  java -XX:+UseSerialGC -Xmx${XMX:-1g} --add-modules jdk.incubator.vector -cp "$CP" bench/asr/AmSpeed.java "$p" "$S" "$R" ${3:+"$3"} 2>&1 \
    | grep -v -e '^WARNING' -e '^SLF4J'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
