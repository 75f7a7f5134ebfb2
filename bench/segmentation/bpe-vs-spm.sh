#!/usr/bin/env bash
# Trains vaak's BPE and SentencePiece's BPE on the same corpus at the same sizes, in one run, and
# compares training time, peak memory, subwords per word on the test split and segmentation speed.
#
# usage: bench/segmentation/bpe-vs-spm.sh [corpora-root] [languages] [sizes] [work-dir]
#   defaults: build/corpora "ta kn" "1000 4000 8000" /tmp/vaak-bench-bpe
# Each corpus folder holds train.txt, test.txt and words.counts. Results: <work-dir>/results.tsv,
# one line per (language, size, tool); everything else under <work-dir> can be looked at afterwards.
set -euo pipefail

ROOT=${1:-build/corpora}
LANGS=${2:-ta kn}
SIZES=${3:-1000 4000 8000}
WORK=${4:-/tmp/vaak-bench-bpe}
REPEAT=${REPEAT:-20}   # the test split is repeated this often for the speed runs
# JAVA_OPTS (e.g. -Xmx256m) is passed to the JVM
HERE=$(cd "$(dirname "$0")/../.." && pwd)

for tool in spm_train spm_encode java mvn /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done
mkdir -p "$WORK"
(cd "$HERE" && mvn -q -o -pl segmentation -am install -DskipTests \
  && mvn -q -o -pl segmentation dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt") >&2
# a copy of the classes, so that rebuilding the tree during a long run does not change what is measured
rm -rf "$WORK/classes" && mkdir -p "$WORK/classes"
cp -r "$HERE/segmentation/target/classes" "$WORK/classes/segmentation"
cp -r "$HERE/lexicons/target/classes" "$WORK/classes/lexicons"
CP="$WORK/classes/segmentation:$WORK/classes/lexicons:$(cat "$WORK/cp.txt")"
TOOL=(java ${JAVA_OPTS:-} -cp "$CP" org.vaak.segmentation.bpe.BpeTool)

# prints "seconds,peak_kb" of a command run under /usr/bin/time; the command's stderr goes to $2
timed() {
  local out=$1 err=$2; shift 2
  /usr/bin/time -f '%e,%M' -o "$out.time" "$@" 2>"$err" >/dev/null
  cat "$out.time"
}
kv() { grep "^$1=" "$2" | cut -d= -f2; }

RES="$WORK/results.tsv"
printf 'lang\tsize\ttool\twall_s\tpeak_mb\ttrain_s_in_process\tpieces_per_test_word\tseg_words_per_s\tseg_wall_s\n' >"$RES"
for lang in $LANGS; do
  dir="$ROOT/$lang"
  [ -f "$dir/train.txt" ] || { echo "skipping $lang: no $dir/train.txt" >&2; continue; }
  W="$WORK/$lang"; mkdir -p "$W"
  sha256sum "$dir/train.txt" "$dir/test.txt" "$dir/words.counts" >"$W/corpus.sha256"
  "${TOOL[@]}" words --lang "$lang" --input "$dir/test.txt" --output "$W/test.words"
  : >"$W/test.rep"; for _ in $(seq "$REPEAT"); do cat "$W/test.words" >>"$W/test.rep"; done
  nwords=$(wc -l <"$W/test.words")
  for n in $SIZES; do
    for method in bpe ebpe; do
      t=$(timed "$W/$method-$n" "$W/$method-$n.log" "${TOOL[@]}" train --lang "$lang" --method "$method" --size "$n" \
            --input "$dir/train.txt" --output "$W/$method-$n.json")
      "${TOOL[@]}" segment --dict "$W/$method-$n.json" --input "$W/test.words" --output "$W/$method-$n.pieces" \
            --repeat "$REPEAT" 2>"$W/$method-$n.seg"
      s=$(timed "$W/$method-$n-seg1" "$W/$method-$n.seg1" "${TOOL[@]}" segment --dict "$W/$method-$n.json" \
            --input "$W/test.rep" --output "$W/$method-$n.rep.pieces" --cache 0)
      printf '%s\t%s\tvaak-%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$lang" "$n" "$method" "${t%,*}" "$(( ${t#*,} / 1024 ))" \
        "$(kv train_seconds "$W/$method-$n.log")" "$(kv pieces_per_word "$W/$method-$n.seg")" \
        "$(kv words_per_second "$W/$method-$n.seg")/$(kv words_per_second "$W/$method-$n.seg1")(nocache)" \
        "${s%,*}" >>"$RES"
    done
    for th in 1 2; do
      t=$(timed "$W/spm$th-$n" "$W/spm$th-$n.log" spm_train --input="$dir/train.txt" --model_prefix="$W/spm$th-$n" \
            --model_type=bpe --vocab_size="$n" --character_coverage=1.0 --num_threads="$th")
      s=$(timed "$W/spm$th-$n-enc" "$W/spm$th-$n.enc.log" sh -c \
            "spm_encode --model='$W/spm$th-$n.model' --output_format=piece <'$W/test.rep' >'$W/spm$th-$n.rep.pieces'")
      head -n "$nwords" "$W/spm$th-$n.rep.pieces" >"$W/spm$th-$n.pieces"
      ppw=$(awk '{p += NF} END {printf "%.4f", p / NR}' "$W/spm$th-$n.pieces")
      wps=$(awk -v w="$(( nwords * REPEAT ))" -v s="${s%,*}" 'BEGIN {printf "%.0f", w / s}')
      printf '%s\t%s\tspm-%sthr\t%s\t%s\t\t%s\t%s(process)\t%s\n' "$lang" "$n" "$th" "${t%,*}" "$(( ${t#*,} / 1024 ))" \
        "$ppw" "$wps" "${s%,*}" >>"$RES"
    done
    echo "done $lang $n" >&2
  done
  "${TOOL[@]}" evaluate --lang "$lang" --train "$dir/words.counts" --test "$W/test.words" \
    --dicts "$(for n in $SIZES; do printf '%s,' "$W/bpe-$n.json" "$W/ebpe-$n.json"; done | sed 's/,$//')" \
    >"$W/ebpe-vs-bpe.md"
done
column -t -s $'\t' "$RES"
