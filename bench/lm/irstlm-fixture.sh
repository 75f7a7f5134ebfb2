#!/usr/bin/env bash
# Regenerates the IRSTLM golden files under segmentation/src/test/resources/lm/irstlm/:
# a trigram improved Kneser-Ney model trained by IRSTLM's tlm on 80 lines of the Tamil sample corpus,
# and IRSTLM's own natural-log scores (compile-lm --score, full precision) of test sentences made of
# training words, one line per scored trigram: sentence number, the three words, ln P.
# Needs Debian's irstlm and python3.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
out="$here/segmentation/src/test/resources/lm/irstlm"
bin=/usr/lib/irstlm/bin
mkdir -p "$out"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
head -80 "$here/corpora/sample/ta/train.txt" > "$out/train.txt"
"$bin/add-start-end.sh" < "$out/train.txt" > "$tmp/train.se"
"$bin/tlm" -tr="$tmp/train.se" -n=3 -lm=ikn -ps=no -o="$out/model.arpa" > "$tmp/tlm.log" 2>&1
# test sentences: 10 training lines as they are, 10 with their words shuffled (seeded) to force back-off
python3 - "$out/train.txt" > "$out/sentences.txt" <<'PY'
import random, sys
lines = [l.split() for l in open(sys.argv[1], encoding="utf-8") if l.split()]
r = random.Random(5)
for l in lines[:10]:
    print(" ".join(l))
words = [w for l in lines for w in l]
for i in range(10):
    print(" ".join(r.choice(words) for _ in range(2 + r.randrange(6))))
PY
n=0
: > "$out/scores.tsv"
while IFS= read -r s; do
    n=$((n + 1))
    echo "<s> $s </s>" | "$bin/compile-lm" "$out/model.arpa" --score=yes 2>/dev/null \
        | python3 -c '
import sys
n = sys.argv[1]
for line in sys.stdin:
    if not line.startswith("> ") or "p= NULL" in line or "p=" not in line:
        continue
    ngram, rest = line[2:].split("\t", 1)
    p = rest.split("p=")[1].split()[0]
    print(n, ngram, repr(float.fromhex(p)), sep="\t")
' "$n" >> "$out/scores.tsv"
done < "$out/sentences.txt"
wc -l "$out"/*
