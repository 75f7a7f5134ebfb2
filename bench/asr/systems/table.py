#!/usr/bin/env python3
"""results.tsv of bench/asr/build-systems.sh (one or more, concatenated headers allowed) -> markdown table.

    table.py build/asr-systems/ta/results.tsv [build/asr-systems/kn/results.tsv ...]
"""
import csv
import sys

COLUMNS = [
    ("lang", "lang"), ("system", "system"), ("dict units", "dict_units"), ("LM text tokens", "lm_text_tokens"),
    ("n-grams per order", "ngrams"), ("ARPA MB", "arpa_bytes"), ("dict MB", "dict_bytes"),
    ("held-out ppl / unit", "ppl_unit"), ("held-out ppl / word", "ppl_word"),
    ("held-out OOV % (tokens)", "heldout_oov_unit_pct"), ("speech test OOV % (words)", "test_oov_word_pct"),
    ("test words not spellable %", "test_unspellable_word_pct"),
    ("G states / arcs", ("G_states", "G_arcs")), ("TLG states / arcs", ("TLG_states", "TLG_arcs")),
    ("graph MB", "graph_bytes"), ("graph build s (steps / wall)", ("graph_build_s", "graph_wall_s")),
    ("graph peak RSS MB", "graph_peak_rss_mb"),
]


def cell(row, key):
    if isinstance(key, tuple):
        return " / ".join(cell(row, k) for k in key)
    v = row.get(key, "")
    if v and key.endswith("_bytes"):
        return f"{int(v) / 1e6:.1f}"
    if v and key in ("lm_text_tokens", "dict_units", "G_states", "G_arcs", "TLG_states", "TLG_arcs"):
        return f"{int(v):,}"
    return v or "–"


def main():
    rows = []
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            rows += [r for r in csv.DictReader(f, delimiter="\t") if r["lang"] != "lang"]
    print("| " + " | ".join(h for h, _ in COLUMNS) + " |")
    print("|" + "|".join("---" if i < 2 else "---:" for i in range(len(COLUMNS))) + "|")
    for r in rows:
        print("| " + " | ".join(cell(r, k) for _, k in COLUMNS) + " |")


if __name__ == "__main__":
    main()
