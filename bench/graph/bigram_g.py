#!/usr/bin/env python3
"""Backoff bigram G from counts, for graph-size measurements before the n-gram LM package exists.

Reads running text (words, or marked subword units such as "படி@@ த்த்@@ ஆன்"), keeps tokens made of
letters of the language's script, and writes G as an OpenFst text FST: BASE.fst.txt, BASE.isyms,
BASE.osyms. Model: absolute discounting (D = 0.7) of bigrams with count >= --min-bigram, backing off to
the unigram distribution; backoff arcs carry #0 on both sides; costs are -ln probabilities; the start
state is the <s> history and </s> is a final weight. Unigrams: tokens with count >= --min-count.

Usage: bigram_g.py TEXT --lang ta BASE [--min-count 1] [--min-bigram 2] [--unigram]
"""
import argparse
import collections
import math
import re
import sys

BLOCKS = {"ta": "\u0b80-\u0bff", "kn": "\u0c80-\u0cff"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("text")
    ap.add_argument("base")
    ap.add_argument("--lang", default="ta")
    ap.add_argument("--min-count", type=int, default=1)
    ap.add_argument("--min-bigram", type=int, default=2)
    ap.add_argument("--unigram", action="store_true", help="no bigrams: a unigram loop")
    ap.add_argument("--discount", type=float, default=0.7)
    a = ap.parse_args()
    word = re.compile("^[" + BLOCKS[a.lang] + "]+(@@)?$")
    sents = []
    uni = collections.Counter()
    with open(a.text, encoding="utf-8") as f:
        for line in f:
            toks = [t for t in line.split() if word.match(t)]
            if toks:
                sents.append(toks)
                uni.update(toks)
    vocab = sorted(w for w, c in uni.items() if c >= a.min_count)
    vset = set(vocab)
    big = collections.Counter()
    total = 0
    for toks in sents:
        seq = ["<s>"] + [t if t in vset else None for t in toks] + ["</s>"]
        for w in seq[1:]:
            if w is not None:
                total += 1
        for h, w in zip(seq, seq[1:]):
            if h is not None and w is not None:
                big[(h, w)] += 1
    nsent = len(sents)
    ucount = {w: uni[w] for w in vocab}
    ucount["</s>"] = nsent
    utotal = sum(ucount.values())
    puni = {w: c / utotal for w, c in ucount.items()}
    hist = collections.defaultdict(dict)
    hcount = collections.Counter()
    for (h, w), c in big.items():
        hcount[h] += c
    if not a.unigram:
        for (h, w), c in big.items():
            if c >= a.min_bigram:
                hist[h][w] = c
    syms = ["<eps>", "#0"] + vocab
    sid = {s: i for i, s in enumerate(syms)}
    states = {"<unigram>": 0}
    order = ["<unigram>"]

    def state(h):
        if h not in states:
            states[h] = len(order)
            order.append(h)
        return states[h]

    start = state("<s>") if "<s>" in hist else 0
    lines = []
    finals = {}
    # unigram state
    for w in vocab:
        lines.append((0, state(w) if w in hist else 0, w, -math.log(puni[w])))
    finals[0] = -math.log(puni["</s>"])
    for h in sorted(hist, key=lambda x: (x != "<s>", x)):
        s = state(h)
        seen = hist[h]
        ch = hcount[h]
        kept = 0.0
        mass = 0.0
        for w, c in sorted(seen.items()):
            p = (c - a.discount) / ch
            kept += puni[w]
            mass += p
            if w == "</s>":
                finals[s] = -math.log(p)
            else:
                lines.append((s, state(w) if w in hist else 0, w, -math.log(p)))
        alpha = (1.0 - mass) / max(1e-12, 1.0 - kept)
        lines.append((s, 0, "#0", -math.log(alpha)))
    # the start state's lines first, as OpenFst's text format expects
    lines.sort(key=lambda l: (l[0] != start, l[0]))
    with open(a.base + ".fst.txt", "w", encoding="utf-8") as f:
        for s, t, w, c in lines:
            f.write("%d\t%d\t%s\t%s\t%.6g\n" % (s, t, w, w, c))
        for s, c in sorted(finals.items()):
            f.write("%d\t%.6g\n" % (s, c))
    for suffix in (".isyms", ".osyms"):
        with open(a.base + suffix, "w", encoding="utf-8") as f:
            for s in syms:
                f.write("%s\t%d\n" % (s, sid[s]))
    print("G: %d tokens, %d unigrams, %d bigram histories, %d bigrams kept, %d states, %d arcs"
          % (total, len(vocab), len(hist), sum(len(v) for v in hist.values()), len(order), len(lines)), file=sys.stderr)


if __name__ == "__main__":
    main()
