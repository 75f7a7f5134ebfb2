#!/usr/bin/python3
"""Compares the segmentation of every training word between a morfessor-train model and vaak.

    morfessor-compare-segmentations.py PY_MODEL.bin VAAK_SEGMENTATIONS.txt

PY_MODEL.bin: morfessor-train -s output; VAAK_SEGMENTATIONS.txt: MorfessorTool train --segmentations
output ("count morph + morph ..." per word). Prints the number of words whose segmentations differ.
"""
import sys

import morfessor


def main():
    model = morfessor.MorfessorIO().read_binary_model_file(sys.argv[1])
    py = {"".join(w): ["".join(s) for s in seg] for _, w, seg in model.get_segmentations()}
    vk = {}
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split(" ", 1)[1].split(" + ")
            vk["".join(parts)] = parts
    diff = [w for w in py if py[w] != vk.get(w)]
    print("words: morfessor-train %d, vaak %d; different segmentations: %d" % (len(py), len(vk), len(diff)))
    for w in diff[:10]:
        print("  %s: %s | %s" % (w, " + ".join(py[w]), " + ".join(vk.get(w, ["(missing)"]))))
    sys.exit(1 if diff or len(py) != len(vk) else 0)


if __name__ == "__main__":
    main()
