#!/usr/bin/env python3
"""Measurements of one recognition system for bench/asr/build-systems.sh.

    stats.py ngrams LM.arpa                       n-gram counts per order, e.g. "11215/90321/40210"
    stats.py oov LM.arpa REFS [SEGMENTED]         OOV rate (%) of the reference words against the LM vocabulary
    stats.py spell LM.arpa REFS                   % of reference words no concatenation of the LM's units spells
    stats.py ppl EVAL_LOG WORDS_FILE              perplexity per unit and per word from `vaak train-lm --eval`
    stats.py time TIME_LOG                        "wall_s<TAB>peak_rss_mb" from /usr/bin/time -v

OOV: without SEGMENTED a word is covered when it is a unigram of the LM (word systems). With SEGMENTED (the
same references segmented into marked units, `x@@` continues the word) a word is covered when every unit of
its segmentation is a unigram of the LM (subword systems): then the graph can spell it.
"""
import math
import re
import sys


def arpa_vocab_and_counts(path):
    counts, vocab, order = [], set(), 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            m = re.match(r"ngram (\d+)=\s*(\d+)", line)
            if m:
                counts.append(int(m.group(2)))
                continue
            m = re.match(r"\\(\d+)-grams:", line)
            if m:
                order = int(m.group(1))
                if order > 1:
                    break
                continue
            if order == 1 and line and not line.startswith("\\"):
                fields = line.split("\t") if "\t" in line else line.split()
                vocab.add(fields[1].strip())
    return vocab, counts


def words_of_marked(line):
    words, cur = [], []
    for u in line.split():
        cur.append(u)
        if not u.endswith("@@"):
            words.append(cur)
            cur = []
    if cur:
        words.append(cur)
    return words


def oov(arpa, refs, segmented=None):
    vocab, _ = arpa_vocab_and_counts(arpa)
    ref_lines = open(refs, encoding="utf-8").read().splitlines()
    total = missed = 0
    if segmented is None:
        for line in ref_lines:
            for w in line.split():
                total += 1
                missed += w not in vocab
    else:
        seg_lines = open(segmented, encoding="utf-8").read().splitlines()
        if len(seg_lines) != len(ref_lines):
            sys.exit(f"{segmented}: {len(seg_lines)} lines, but {refs} has {len(ref_lines)}")
        for no, (r, s) in enumerate(zip(ref_lines, seg_lines), 1):
            ws = words_of_marked(s)
            if len(ws) != len(r.split()):
                sys.exit(f"{segmented}:{no}: {len(ws)} words, the reference has {len(r.split())}")
            for units in ws:
                total += 1
                missed += not all(u in vocab for u in units)
    return 100.0 * missed / total if total else float("nan")


def unspellable(arpa, refs):
    """Words that no concatenation of LM units can spell (units `x@@` inside, a unit without @@ last)."""
    vocab, _ = arpa_vocab_and_counts(arpa)
    inner = {u[:-2] for u in vocab if u.endswith("@@")}
    final = {u for u in vocab if not u.endswith("@@")}
    longest = max((len(u) for u in inner | final), default=0)
    total = missed = 0
    for line in open(refs, encoding="utf-8"):
        for w in line.split():
            total += 1
            ok = [False] * (len(w) + 1)
            ok[0] = True
            for i in range(len(w)):
                if ok[i]:
                    for j in range(i + 1, min(len(w), i + longest) + 1):
                        if not ok[j] and w[i:j] in inner:
                            ok[j] = True
            spell = any(ok[i] and w[i:] in final for i in range(len(w)))
            missed += not spell
    return 100.0 * missed / total if total else float("nan")


def ppl(eval_log, words_file):
    """`vaak train-lm --eval` output -> (unit perplexity, unit OOV %, word-level perplexity)."""
    text = open(eval_log, encoding="utf-8").read()
    m = re.search(r"(\d+) sentences, (\d+) tokens .*?perplexity ([0-9.]+|Infinity|NaN)", text)
    if not m:
        sys.exit(f"{eval_log}: no evaluation line ('N sentences, M tokens ..., perplexity P')")
    sentences, tokens, p = int(m.group(1)), int(m.group(2)), float(m.group(3))
    words = sum(len(l.split()) for l in open(words_file, encoding="utf-8"))
    # the same total log-probability spread over words + </s> instead of units + </s>
    per_word = math.exp(math.log(p) * tokens / (words + sentences))
    return p, per_word


def time_v(path):
    wall = rss = None
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.strip()
        if line.startswith("Elapsed (wall clock) time"):
            t = line.rsplit(" ", 1)[1].split(":")
            wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(t)))
        elif line.startswith("Maximum resident set size"):
            rss = int(line.rsplit(" ", 1)[1]) / 1024
    return wall, rss


def main():
    cmd = sys.argv[1]
    if cmd == "ngrams":
        print("/".join(str(c) for c in arpa_vocab_and_counts(sys.argv[2])[1]))
    elif cmd == "oov":
        print(f"{oov(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None):.2f}")
    elif cmd == "spell":
        print(f"{unspellable(sys.argv[2], sys.argv[3]):.2f}")
    elif cmd == "ppl":
        p, w = ppl(sys.argv[2], sys.argv[3])
        print(f"{p:.2f}\t{w:.2f}")
    elif cmd == "time":
        w, r = time_v(sys.argv[2])
        print(f"{w:.1f}\t{r:.0f}")
    else:
        sys.exit("usage: stats.py ngrams|oov|ppl|time ...")


if __name__ == "__main__":
    main()
