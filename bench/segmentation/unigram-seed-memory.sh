#!/usr/bin/env bash
# Seed counting of the unigram trainer alone (SeedUnits.frequentSubstrings), under a given heap limit:
# reads a "count word" file, turns the words into akshara ids, counts the seed units and prints their
# number and the counting time; an OutOfMemoryError means the limit is too small.
#
#   bench/segmentation/unigram-seed-memory.sh LANG COUNTS XMX [MAX_LENGTH] [MIN_COUNT] [SIZE]
#   e.g. bench/segmentation/unigram-seed-memory.sh ta /tmp/vaak-unigram-bench-ta/train.counts 64m 8 2 1000000
set -euo pipefail
LANG_CODE=${1:?language (ta|kn)}
COUNTS=${2:?count file}
XMX=${3:?heap limit, e.g. 64m}
MAXLEN=${4:-8}
MINCOUNT=${5:-2}
SIZE=${6:-1000000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
CP="$ROOT/segmentation/target/classes:$ROOT/lexicons/target/classes"
CP="$CP:$(cd "$ROOT" && JAVA_HOME=$JAVA_HOME mvn -q -o -pl segmentation dependency:build-classpath \
  -Dmdep.outputFile=/dev/stdout 2>/dev/null | tr ':' '\n' | grep -v vaak-lexicons | paste -sd:)"
mkdir -p "$OUT/src/org/vaak/segmentation/unigram"
cat > "$OUT/src/org/vaak/segmentation/unigram/SeedMemory.java" <<'JAVA'
package org.vaak.segmentation.unigram;

import java.nio.file.Path;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.corpus.WordCounts;

public final class SeedMemory {
    public static void main(String[] a) throws Exception {
        Language lang = Language.fromCode(a[0]);
        WordCounts wc = WordCounts.fromCounts(Path.of(a[1]), lang);
        AksharaTable table = new AksharaTable(lang);
        int[][] words = new int[wc.size()][];
        long[] counts = new long[wc.size()];
        for (int w = 0; w < words.length; w++) {
            words[w] = table.encode(wc.word(w));
            counts[w] = wc.count(w);
        }
        long t0 = System.nanoTime();
        int n = SeedUnits.frequentSubstrings(words, counts, table, Integer.parseInt(a[2]), Long.parseLong(a[3]),
                Integer.parseInt(a[4])).size();
        System.out.printf("words=%d seeds=%d seed_seconds=%.2f%n", words.length, n, (System.nanoTime() - t0) / 1e9);
    }
}
JAVA
"$JAVA_HOME/bin/javac" -d "$OUT/classes" -cp "$CP" "$OUT/src/org/vaak/segmentation/unigram/SeedMemory.java"
/usr/bin/time -f "%e s %M KB" "$JAVA_HOME/bin/java" -Xmx"$XMX" -XX:+UseSerialGC -cp "$OUT/classes:$CP" \
  org.vaak.segmentation.unigram.SeedMemory "$LANG_CODE" "$COUNTS" "$MAXLEN" "$MINCOUNT" "$SIZE" 2>&1 | grep -v '^SLF4J'
