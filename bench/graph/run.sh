#!/bin/sh
# Graph sizes and build times on the full corpora: word, BPE-subword and grammar (SG-WFST) graphs over
# backoff bigram/unigram G made from counts by bench/graph/bigram_g.py.
# Usage: bench/graph/run.sh [LANG] [CORPORA]   (from the repository root, after ./build.sh)
# CORPORA holds LANG/train.txt: default $VAAK_CORPORA, else build/corpora (the measurements in
# docs/graphs.md used /work/corpora-build).
# Writes build/graph-bench/LANG/*.log; the tables in docs/graphs.md come from these logs.
set -e
cd "$(dirname "$0")/../.."
LANG_CODE="${1:-ta}"
CORPORA="${2:-${VAAK_CORPORA:-build/corpora}}"
OUT="build/graph-bench/$LANG_CODE"
mkdir -p "$OUT"
TRAIN="$CORPORA/$LANG_CODE/train.txt"
run() { # name, then vaak graph build arguments
    name="$1"; shift
    /usr/bin/time -f "wall %e s, max RSS %M kB" ./vaak graph build --lang "$LANG_CODE" --no-cache -o "$OUT/$name.graph" "$@" \
        > "$OUT/$name.log" 2>&1
    ./vaak graph info "$OUT/$name.graph" > "$OUT/$name.info"
    tail -n 12 "$OUT/$name.log"
}
python3 bench/graph/bigram_g.py "$TRAIN" "$OUT/word-uni" --lang "$LANG_CODE" --unigram
python3 bench/graph/bigram_g.py "$TRAIN" "$OUT/word-bi" --lang "$LANG_CODE"
[ -f "$OUT/bpe8k.json" ] || ./vaak train-dict --lang "$LANG_CODE" --method bpe --size 8000 --corpus "$TRAIN" -o "$OUT/bpe8k.json" -q
[ -f "$OUT/train.bpe.txt" ] || ./vaak segment --dict "$OUT/bpe8k.json" "$TRAIN" -o "$OUT/train.bpe.txt"
[ -f "$OUT/train.sg.txt" ] || ./vaak segment --grammar "$LANG_CODE" "$TRAIN" -o "$OUT/train.sg.txt"
python3 bench/graph/bigram_g.py "$OUT/train.bpe.txt" "$OUT/bpe-bi" --lang "$LANG_CODE"
python3 bench/graph/bigram_g.py "$OUT/train.sg.txt" "$OUT/sg-bi" --lang "$LANG_CODE"
run word-uni --lm "$OUT/word-uni.fst.txt" --words --topology standard
run word-uni-shortcut --lm "$OUT/word-uni.fst.txt" --words
run word-uni-compact --lm "$OUT/word-uni.fst.txt" --words --topology compact
run word-bi --lm "$OUT/word-bi.fst.txt" --words --topology standard
run word-bi-shortcut --lm "$OUT/word-bi.fst.txt" --words
run word-bi-compact --lm "$OUT/word-bi.fst.txt" --words --topology compact
run word-bi-mintlg --lm "$OUT/word-bi.fst.txt" --words --topology standard --minimize-tlg
run bpe-bi --lm "$OUT/bpe-bi.fst.txt" --dict "$OUT/bpe8k.json" --topology standard
run bpe-bi-shortcut --lm "$OUT/bpe-bi.fst.txt" --dict "$OUT/bpe8k.json"
run bpe-bi-compact --lm "$OUT/bpe-bi.fst.txt" --dict "$OUT/bpe8k.json" --topology compact
run sg-bi-subwords --lm "$OUT/sg-bi.fst.txt" --subwords --topology standard
run sg-bi-grammar-strict --lm "$OUT/sg-bi.fst.txt" --grammar --fallback-cost Infinity --topology standard
run sg-bi-grammar --lm "$OUT/sg-bi.fst.txt" --grammar --topology standard
run sg-bi-grammar-shortcut --lm "$OUT/sg-bi.fst.txt" --grammar
