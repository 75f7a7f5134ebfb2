#!/usr/bin/env bash
# Decoding speed of vaak's BeamDecoder (frames/s) on a seeded ~1M-arc CTC word-loop graph and peaky,
# mostly-blank posteriors, for a few beam settings, with and without blank-frame skipping.
#   bench/decoder/decoder-speed.sh [ARCS] [FRAMES]     (default 1000000 30000)
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/jdk.sh
mvn -q -o -pl asr -am install -DskipTests
mvn -q -o -pl asr dependency:build-classpath -Dmdep.outputFile=target/decoder-bench-cp.txt >/dev/null
CP="asr/target/classes:$(cat asr/target/decoder-bench-cp.txt)"
java -Xmx3g -cp "$CP" bench/decoder/DecoderSpeed.java "$@"
