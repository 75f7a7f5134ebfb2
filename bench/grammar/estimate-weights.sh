#!/usr/bin/env bash
# Re-estimates the shipped SG-WFST weights (lexicons/.../{ta,kn}/grammar/weights.tsv) from the train split
# of the project's corpora: two rounds of hard EM over the best parses (GrammarCounts). Rerun it whenever
# the grammar data or the mined stems change; the grammar refuses weights that no longer fit its data.
#
#   bench/grammar/estimate-weights.sh [LANG...]     (default: ta kn; CORPORA=dir, default build/corpora)
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/jdk.sh
corpora="${CORPORA:-build/corpora}"
if [[ $# -gt 0 ]]; then langs=("$@"); else langs=(ta kn); fi
mvn -q -o -pl lexicons,segmentation install -DskipTests
cpfile="$(mktemp)"; trap 'rm -f "$cpfile"' EXIT
mvn -q -o -pl segmentation dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null
cp="lexicons/target/classes:segmentation/target/classes:$(cat "$cpfile")"
for l in "${langs[@]}"; do
  java -Xmx3g -cp "$cp" org.vaak.segmentation.grammar.GrammarTool estimate-weights --lang "$l" \
    --train "$corpora/$l/train.txt" --out "lexicons/src/main/resources/org/vaak/lexicons/$l/grammar/weights.tsv"
done
