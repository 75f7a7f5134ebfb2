#!/usr/bin/python3
"""Writes the golden values of MorfessorGoldenTest, computed by Morfessor 2.0 (Debian python3-morfessor).

    /usr/bin/python3 segmentation/src/test/python/morfessor_golden.py \
        > segmentation/src/test/resources/morfessor/golden.json

Words are given with their aksharas separated by spaces; Morfessor 2.0 sees them either as tuples of
aksharas (what vaak's akshara atoms are) or as plain strings (its own code-point atoms).
"""
import json
import logging
import math
import random
import sys

import morfessor.utils
from morfessor.baseline import BaselineModel

DAMPENING = {
    "none": None,
    "log": lambda x: int(round(math.log(x + 1, 2))),
    "ones": lambda x: 1,
}

# a small synthetic Tamil lexicon: stems x suffixes, aksharas separated by spaces
STEMS = ["ப டி", "ஓ டு", "பா டு", "தே டு", "கூ டு", "வா ங்கு", "செ ய", "ந ட"]
SUFFIXES = ["கி றா ன்", "கி றா ள்", "த்தா ன்", "த்தா ள்", "வா ன்", "வா ள்", "ம்", ""]
EXTRA = ["ம ர ம்", "ம ர த்தை", "ம ர ங்க ளை", "ம ர ங்க ள்", "வீ டு", "வீ ட்டை", "வீ டு க ள்",
         "க்அ", "அ ம்மா", "அ ப்பா", "ஃ"]


def corpus():
    words = []
    k = 0
    for st in STEMS:
        for su in SUFFIXES:
            w = (st + " " + su).strip()
            k += 1
            words.append(((k * 7919) % 23 + 1, w))
    for w in EXTRA:
        k += 1
        words.append(((k * 104729) % 11 + 1, w))
    return words


def atoms_of(w, mode):
    parts = w.split(" ")
    return tuple(parts) if mode == "akshara" else "".join(parts)


def train_case(mode, dampening, seed, weight):
    random.seed(seed)
    model = BaselineModel(forcesplit_list=["-"], corpusweight=weight)
    # vaak's WordCounts order (count descending, then word): the order the shuffles start from
    ordered = sorted(corpus(), key=lambda cw: (-cw[0], "".join(cw[1].split(" "))))
    data = [(c, atoms_of(w, mode)) for c, w in ordered]
    model.load_data(data, count_modifier=DAMPENING[dampening])
    epochs, cost = model.train_batch("recursive", (), 0.005, None)
    segs = {}
    for c, w in corpus():
        segs["".join(w.split(" "))] = ["".join(p) for p in model.segment(atoms_of(w, mode))]
    viterbi = {}
    for w in ["ப டி க்கி றா ன்", "ம ர ங்க ளை யு ம்", "ஓ டு வா ன்", "கு தி த்தா ள்", "ப", "ஜ ன்ன ல்"]:
        constr, vcost = model.viterbi_segment(atoms_of(w, mode), addcount=1.0, maxlen=30)
        viterbi["".join(w.split(" "))] = {"pieces": ["".join(p) for p in constr], "cost": vcost}
    return {"atoms": mode, "dampening": dampening, "randseed": seed, "corpusweight": weight,
            "cost": cost, "epochs": epochs, "morph_types": model._lexicon_coding.boundaries,
            "segmentations": segs, "viterbi": viterbi}


def cost_case(mode, weight, segmented):
    """segmented: list of (count, 'ak ak|ak ak') with '|' between morphs."""
    model = BaselineModel(corpusweight=weight)
    rows = []
    for count, s in segmented:
        parts = [atoms_of(p.strip(), mode) for p in s.split("|")]
        compound = atoms_of(s.replace("|", " ").replace("  ", " ").strip(), mode)
        rows.append((count, compound, parts))
    model.load_segmentations(rows)
    return {"atoms": mode, "corpusweight": weight, "segmented": [[c, s] for c, s in segmented],
            "cost": model.get_cost(), "corpus_cost": model._corpus_coding.get_cost(),
            "lexicon_cost": model._lexicon_coding.get_cost()}


SEGMENTED = [
    (5, "ப டி|த்தா ன்"),
    (3, "ப டி|த்தா ள்"),
    (1, "ஓ டு|த்தா ன்"),
    (2, "ஓ டு|வா ன்"),
    (4, "ம ர|ம ர"),
    (1, "ம ர ம்"),
    (7, "வீ டு"),
    (2, "வீ|டு|க ள்"),
]


LIST_TEXT = ("5 படித்தான்\n"
             "3\tஓடுகிறாள்\n"
             "12   மரம்   \r\n"
             "\n"
             "2 படித்தான்\n"
             "7 ಮನೆ\n"
             "1 வீடு\n")


def list_format():
    """How morfessor-train --traindata-list reads a count list (merged per compound, as load_data does)."""
    import collections
    import os
    import tempfile
    from morfessor.io import MorfessorIO
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False, newline="") as f:
        f.write(LIST_TEXT)
        name = f.name
    try:
        total = collections.Counter()
        for count, compound in MorfessorIO(encoding="utf-8").read_corpus_list_file(name):
            total[compound] += count
    finally:
        os.unlink(name)
    return {"text": LIST_TEXT, "counts": dict(total)}


def main():
    logging.disable(logging.WARNING)
    morfessor.utils.show_progress_bar = False
    random.seed("0")
    x = list(range(20))
    random.shuffle(x)
    random.seed("vaak")
    y = list(range(200))
    random.shuffle(y)
    out = {
        "python_shuffle": [{"seed": "0", "n": 20, "result": x}, {"seed": "vaak", "n": 200, "result": y}],
        "cost_cases": [cost_case(m, w, SEGMENTED) for m in ("akshara", "codepoint") for w in (1.0, 0.3)],
        "train_cases": [train_case(m, d, "1", 1.0) for m in ("akshara", "codepoint")
                        for d in ("ones", "none", "log")] + [train_case("akshara", "none", "7", 2.5)],
        "words": [[c, w] for c, w in corpus()],
        "list_format": list_format(),
    }
    # one line per case, so that the file stays short and diffs stay readable
    keys = list(out)
    sys.stdout.write("{\n")
    for k in keys:
        v = out[k]
        if isinstance(v, list):
            sys.stdout.write(" %s: [\n" % json.dumps(k))
            sys.stdout.write(",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in v))
            sys.stdout.write("\n ]")
        else:
            sys.stdout.write(" %s: %s" % (json.dumps(k), json.dumps(v, ensure_ascii=False)))
        sys.stdout.write(",\n" if k != keys[-1] else "\n")
    sys.stdout.write("}\n")


if __name__ == "__main__":
    main()
