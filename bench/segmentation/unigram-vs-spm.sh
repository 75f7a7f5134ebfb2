#!/usr/bin/env bash
# vaak unigram-ml / unigram-viterbi against spm_train --model_type=unigram, on the same word counts.
#
#   bench/segmentation/unigram-vs-spm.sh LANG TRAIN.txt TEST.txt [OUTDIR] [SIZES] [THREADS]
#   e.g. bench/segmentation/unigram-vs-spm.sh ta build/corpora/ta/train.txt build/corpora/ta/test.txt
#
# Both tools get the same input: the words of the language in TRAIN.txt with their counts (vaak reads
# "count word", spm_train reads "word<TAB>count" with --input_format=tsv). Settings that compare are equal:
# seed vocabulary 1,000,000, 2 EM sub-iterations per round, shrinking factor 0.75. Reported per run:
# wall time and peak RSS (GNU time), subwords per word and log-likelihood of the test words.
set -euo pipefail
LANG_CODE=${1:?language (ta|kn)}
TRAIN=${2:?training text}
TEST=${3:?test text}
OUT=${4:-/tmp/vaak-unigram-bench-$LANG_CODE}
SIZES=${5:-"1000 4000 8000"}
THREADS=${6:-"1 2"}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
XMX=${XMX:-1g}
mkdir -p "$OUT"

if [ ! -f "$ROOT/segmentation/target/classes/org/vaak/segmentation/unigram/UnigramTool.class" ]; then
  (cd "$ROOT" && JAVA_HOME=$JAVA_HOME mvn -q -o -pl segmentation -am install -DskipTests)
fi
(cd "$ROOT" && JAVA_HOME=$JAVA_HOME mvn -q -o -pl segmentation dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" >/dev/null)
# This worktree's own classes (copied, so a rebuild during the run changes nothing), not the shared
# ~/.m2 snapshot of vaak-lexicons, which other checkouts may overwrite.
rm -rf "$OUT/classes" && mkdir -p "$OUT/classes"
cp -r "$ROOT/segmentation/target/classes" "$OUT/classes/segmentation"
cp -r "$ROOT/lexicons/target/classes" "$OUT/classes/lexicons"
CP="$OUT/classes/segmentation:$OUT/classes/lexicons:$(tr ':' '\n' < "$OUT/cp.txt" | grep -v vaak-lexicons | paste -sd:)"
JOPTS=${JOPTS:-"-Xmx$XMX -XX:+UseSerialGC"}
tool() { "$JAVA" $JOPTS -cp "$CP" org.vaak.segmentation.unigram.UnigramTool "$@" 2>/dev/null; }

echo "# $(date -u +%FT%TZ) $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# train: $(tool words "$LANG_CODE" "$TRAIN" "$OUT/train")"
echo "# test:  $(tool words "$LANG_CODE" "$TEST" "$OUT/test")"
echo "# spm: $(spm_train --version 2>&1 | head -1)  java: $("$JAVA" -version 2>&1 | head -1) $JOPTS"
printf '%-16s %5s %3s %9s %9s %8s %11s %s\n' tool size thr wall_s rss_mb sub/word loglik/word notes

for N in $SIZES; do
  for T in $THREADS; do
    for M in unigram-ml unigram-viterbi; do
      DICT="$OUT/vaak-$M-$N-t$T.json"
      /usr/bin/time -f "%e %M" -o "$OUT/time.txt" \
        "$JAVA" $JOPTS -cp "$CP" org.vaak.segmentation.unigram.UnigramTool train "$LANG_CODE" "$M" "$N" "$T" \
        "$OUT/train.counts" "$DICT" > "$OUT/train-log.txt" 2>/dev/null
      read -r WALL RSS < "$OUT/time.txt"
      EVAL=$(tool eval "$LANG_CODE" "$DICT" "$OUT/test.counts")
      SPW=$(sed -n 's/.*subwords_per_word=\([^ ]*\).*/\1/p' <<<"$EVAL")
      LLW=$(sed -n 's/.*loglik_per_word=\([^ ]*\).*/\1/p' <<<"$EVAL")
      JOIN=$(sed -n 's/.*join_errors=\([^ ]*\).*/\1/p' <<<"$EVAL")
      printf '%-16s %5s %3s %9s %9d %8s %11s %s\n' "vaak-$M" "$N" "$T" "$WALL" $((RSS / 1024)) "$SPW" "$LLW" \
        "join_errors=$JOIN $(sed -n 's/.*\(train_seconds=[^ ]*\).*\(rounds=[^ ]*\).*/\1 \2/p' "$OUT/train-log.txt")"
    done
    PREFIX="$OUT/spm-$N-t$T"
    /usr/bin/time -f "%e %M" -o "$OUT/time.txt" \
      spm_train --input="$OUT/train.tsv" --input_format=tsv --model_prefix="$PREFIX" --model_type=unigram \
      --vocab_size="$N" --character_coverage=1.0 --num_threads="$T" --seed_sentencepiece_size=1000000 \
      --num_sub_iterations=2 --shrinking_factor=0.75 --max_sentencepiece_length=16 > "$PREFIX.log" 2>&1
    read -r WALL RSS < "$OUT/time.txt"
    EVAL=$(tool eval-spm "$LANG_CODE" "$PREFIX.vocab" "$OUT/test.counts")
    SPW=$(sed -n 's/.*subwords_per_word=\([^ ]*\).*/\1/p' <<<"$EVAL")
    LLW=$(sed -n 's/.*loglik_per_word=\([^ ]*\).*/\1/p' <<<"$EVAL")
    # Subwords per word as spm_encode itself segments the test words (each word type once, weighted by its count).
    ENC=$(cut -f1 "$OUT/test.tsv" | spm_encode --model="$PREFIX.model" --output_format=piece \
      | paste - <(cut -f2 "$OUT/test.tsv") \
      | awk -F'\t' '{n = split($1, p, " "); s += n * $2; t += $2} END {printf "%.4f", s / t}')
    printf '%-16s %5s %3s %9s %9d %8s %11s %s\n' "spm-unigram" "$N" "$T" "$WALL" $((RSS / 1024)) "$ENC" "$LLW" \
      "lattice_sub/word=$SPW"
  done
done
