#!/usr/bin/env python3
"""Markdown tables from the logs of bench/graph/run.sh: python3 bench/graph/table.py build/graph-bench/ta"""
import os
import re
import sys

ORDER = ["word-uni", "word-uni-shortcut", "word-uni-compact", "word-bi", "word-bi-shortcut", "word-bi-compact",
         "word-bi-mintlg", "bpe-bi", "bpe-bi-shortcut", "bpe-bi-compact", "sg-bi-subwords", "sg-bi-grammar-strict",
         "sg-bi-grammar", "sg-bi-grammar-shortcut"]
STEP = re.compile(r"^\s+(.+?)\s+(\d+) states\s+(\d+) arcs\s+(\d+) ms$")


def main(d):
    print("| graph | G' = G (o W) states / arcs | L o G' arcs | det arcs | LG = min(det) states / arcs | TLG states / arcs | eps-input arcs | file MB | build s (steps) | wall s | max RSS MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in ORDER:
        log = os.path.join(d, name + ".log")
        if not os.path.exists(log):
            continue
        steps = {}
        wall = rss = ""
        for line in open(log, encoding="utf-8"):
            m = STEP.match(line.rstrip("\n"))
            if m:
                steps[m.group(1)] = (int(m.group(2)), int(m.group(3)), int(m.group(4)))
            m = re.match(r"wall ([\d.]+) s, max RSS (\d+) kB", line)
            if m:
                wall, rss = m.group(1), "%d" % (int(m.group(2)) / 1024)
        info = {}
        for line in open(os.path.join(d, name + ".info"), encoding="utf-8"):
            k, _, v = line.rstrip("\n").partition("\t")
            info[k] = v
        g = steps["G o W"] if "G o W" in steps else steps["G"]
        lg = steps.get("min(det(L o G))")
        if "T o LG" not in steps:
            steps["T o LG"] = steps.get("T o LG (shortcut)")
        tlg = steps["TLG"]
        total = sum(s[2] for s in steps.values()) / 1000
        print("| %s | %d / %d | %d | %d | %d / %d | %d / %d | %s | %.1f | %.1f | %s | %s |" % (
            name, g[0], g[1], steps["L o G"][1], steps["det(L o G)"][1], lg[0], lg[1], tlg[0], tlg[1],
            info.get("epsilon-input arcs", "?"), int(info["bytes"]) / 1e6, total, wall, rss))


if __name__ == "__main__":
    main(sys.argv[1])
