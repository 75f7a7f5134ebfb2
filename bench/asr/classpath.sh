#!/usr/bin/env bash
# Class path of the asr module and its dependencies from this checkout's target/classes (not ~/.m2 snapshots).
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp="$(mktemp)"
mvn -q -o -pl asr dependency:build-classpath -Dmdep.outputFile="$tmp" >/dev/null
ext="$(tr ':' '\n' < "$tmp" | grep -v '/org/vaak/' | grep -v -e junit -e opentest4j -e apiguardian | paste -sd:)"
rm -f "$tmp"
echo "runtime/target/classes:audio/target/classes:lexicons/target/classes:segmentation/target/classes:asr/target/classes:$ext"
