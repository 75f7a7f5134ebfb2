#!/usr/bin/env bash
# Make the small committed sample of a full text-corpus build.
#
#   corpora-scripts/make-sample.sh BUILDDIR SAMPLEDIR [TRAIN_KB [TEST_KB]]
#
# BUILDDIR is the OUTDIR of build-text-corpus.sh. The sample takes the lines
# with the smallest SHA-256 (a fixed, content-based choice) until TRAIN_KB
# (default 600) of train.txt and TEST_KB (default 100) of test.txt are filled,
# then sorts them; it keeps multi-word strings in proportion, so inflected words
# in context are there as well as single words. README.md is the build's README
# with a note on the sample at the top.
set -euo pipefail
if [[ $# -lt 2 || $# -gt 4 ]]; then
  echo "usage: $0 BUILDDIR SAMPLEDIR [TRAIN_KB [TEST_KB]]" >&2
  exit 2
fi
build="$1"; sample="$2"; train_kb="${3:-600}"; test_kb="${4:-100}"
for f in train.txt test.txt README.md; do
  [[ -f "$build/$f" ]] || { echo "error: $build/$f not found (run build-text-corpus.sh first)" >&2; exit 1; }
done
mkdir -p "$sample"
python3 - "$build" "$sample" "$train_kb" "$test_kb" <<'EOF'
import hashlib, os, sys
build, sample, train_kb, test_kb = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
summary = []
for name, kb in (("train.txt", train_kb), ("test.txt", test_kb)):
    lines = [l for l in open(os.path.join(build, name), encoding="utf-8").read().split("\n") if l]
    # "sample" salt: an order independent of the train/test split rule
    order = sorted(lines, key=lambda l: hashlib.sha256(("sample\n" + l).encode("utf-8")).digest())
    budget, chosen, size = kb * 1024, [], 0
    for l in order:
        n = len(l.encode("utf-8")) + 1
        if size + n > budget:
            break
        chosen.append(l)
        size += n
    chosen.sort()
    body = ("\n".join(chosen) + "\n").encode("utf-8")
    open(os.path.join(sample, name), "wb").write(body)
    summary.append("| %s | %d of %d | %d | `%s` |" % (name, len(chosen), len(lines), len(body),
                                                   hashlib.sha256(body).hexdigest()))
readme = open(os.path.join(build, "README.md"), encoding="utf-8").read()
head = ("> **Sample.** This folder holds a deterministic sample of the full build described below, made by\n"
        "> `corpora-scripts/make-sample.sh` (lines with the smallest SHA-256 of `\"sample\\n\" + line`, then sorted).\n"
        "> The totals below are those of the full build. Each line keeps the licence of the package it came\n"
        "> from (packages and licences are listed below).\n\n"
        "| file | lines | bytes | SHA-256 |\n|---|---|---:|---|\n" + "\n".join(summary) + "\n\n")
title, _, rest = readme.partition("\n")
open(os.path.join(sample, "README.md"), "w", encoding="utf-8", newline="\n").write(title + "\n\n" + head + rest.lstrip("\n"))
print("\n".join(summary))
EOF
du -sh "$sample"
