#!/usr/bin/env bash
# Coverage of the subword grammar (SG-WFST) on the corpora's test split, plus the FST export checked with
# OpenFst's fstinfo. Results go to stdout; docs/benchmarks/grammar.md records a run.
#
#   bench/grammar/coverage.sh [LANG...]        (default: ta kn)
#   MINE=1 bench/grammar/coverage.sh           (first re-mine stems-mined.tsv from train.txt)
#
# Needs build/corpora/{ta,kn}/{train,test}.txt (CORPORA=dir to use another place).
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/jdk.sh 2>/dev/null || export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH
corpora="${CORPORA:-build/corpora}"
if [[ $# -gt 0 ]]; then langs=("$@"); else langs=(ta kn); fi
mvn -q -o -pl segmentation -am install -DskipTests
cpfile="$(mktemp)"; out="$(mktemp -d)"; trap 'rm -rf "$cpfile" "$out"' EXIT
mvn -q -o -pl segmentation dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null
cp="lexicons/target/classes:segmentation/target/classes:$(cat "$cpfile")"
tool() { java -Xmx3g -cp "$cp" org.vaak.segmentation.grammar.GrammarTool "$@"; }
for l in "${langs[@]}"; do
  if [[ "${MINE:-0}" == 1 ]]; then
    tool mine-stems --lang "$l" --train "$corpora/$l/train.txt" --k 3 \
      --out "lexicons/src/main/resources/org/vaak/lexicons/$l/grammar/stems-mined.tsv"
    mvn -q -o -pl lexicons install -DskipTests
  fi
  echo "== $l: coverage on $corpora/$l/test.txt (weights from train.txt)"
  /usr/bin/time -f "   (%e s, %M KB)" java -Xmx3g -cp "$cp" org.vaak.segmentation.grammar.GrammarTool coverage \
    --lang "$l" --train "$corpora/$l/train.txt" --test "$corpora/$l/test.txt" --examples 8
  echo "== $l: export"
  tool export --lang "$l" --train "$corpora/$l/train.txt" --out "$out"
  if command -v fstcompile >/dev/null; then
    fstcompile --isymbols="$out/sg-wfst-$l.isyms" --osymbols="$out/sg-wfst-$l.osyms" "$out/sg-wfst-$l.fst.txt" "$out/g.fst"
    fstinfo "$out/g.fst" | grep -E "# of (states|arcs)|input deterministic|output deterministic"
    fstencode --encode_labels "$out/g.fst" "$out/codex" "$out/g.enc.fst"
    echo "   label-encoded: $(fstinfo "$out/g.enc.fst" | grep 'input deterministic')"
  fi
done
