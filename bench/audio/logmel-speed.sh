#!/usr/bin/env bash
# Log-mel extraction speed of vaak against numpy (same definition), and vaak's 44.1k -> 16k resampler.
#   bench/audio/logmel-speed.sh [SECONDS]     (default 60 s of seeded noise)
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/jdk.sh
S="${1:-60}"
mvn -q -pl audio -am install -DskipTests
CP="audio/target/classes:$(ls ~/.m2/repository/org/slf4j/slf4j-api/*/slf4j-api-*.jar | grep -v sources | tail -1)"
java -cp "$CP" bench/audio/LogMelSpeed.java "$S"
python3 bench/audio/logmel_speed.py "$S"
