#!/usr/bin/env bash
# Side by side: Morfessor 2.0 (morfessor-train, Debian python3-morfessor) against vaak's MorfessorTrainer
# on the same word-count list, same settings and seed, in both atom modes.
#
#   bench/segmentation/morfessor-vs-python.sh LANG COUNTS [OUTDIR]
#
# LANG is ta or kn; COUNTS a 'count word' list (e.g. build/corpora/ta/words.counts).
# Environment: DAMPENING (default ones, morfessor-train's default), RANDSEED (default 0),
# ATOMS (default "codepoint akshara"), SKIP_PYTHON=1 to time vaak alone,
# PY_MAX_EPOCHS to cap morfessor-train's epochs (then vaak gets the same cap).
# Prints one line per atom mode: process wall times and their ratio, CPU times (user + sys, all threads;
# the fairer number when the machine is shared) and their ratio, the training times each tool reports
# ("Training time": data loading + training, JVM start excluded for vaak) and their ratio, final costs
# (Morfessor 2.0 units), relative difference, peak RSS, epochs.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
source "$here/scripts/jdk.sh"
lang="${1:?usage: $0 LANG COUNTS [OUTDIR]}"
counts="${2:?usage: $0 LANG COUNTS [OUTDIR]}"
out="${3:-$(mktemp -d /tmp/morfessor-bench.XXXXXX)}"
damp="${DAMPENING:-ones}"
seed="${RANDSEED:-0}"
atoms_list="${ATOMS:-codepoint akshara}"
mkdir -p "$out"

if [[ ! -f "$here/segmentation/target/classes/org/vaak/segmentation/morfessor/MorfessorTool.class" ]]; then
    (cd "$here" && mvn -q -o -pl segmentation -am install -DskipTests)
fi
if [[ ! -s "$out/cp.txt" ]]; then
    (cd "$here/segmentation" && mvn -q -o dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null 2>&1)
fi
# a copy of the compiled classes, so that rebuilding during a long run does not change what runs
if [[ ! -d "$out/classes" ]]; then
    mkdir -p "$out/classes"
    cp -r "$here/segmentation/target/classes/." "$here/lexicons/target/classes/." "$out/classes/"
fi
cp="$out/classes:$(cat "$out/cp.txt")"
tool=(java -cp "$cp" org.vaak.segmentation.morfessor.MorfessorTool)
epochs_opt=()
py_epochs_opt=()
if [[ -n "${PY_MAX_EPOCHS:-}" ]]; then
    epochs_opt=(--max-epochs "$PY_MAX_EPOCHS")
    py_epochs_opt=(--max-epochs "$PY_MAX_EPOCHS")
fi

# seconds and peak RSS (MB) of a command, from GNU time
timed() {
    local log="$1"; shift
    /usr/bin/time -f "WALL %e RSS %M CPU %U %S" -o "$log.time" "$@" >"$log" 2>&1
}
field() { sed -n "s/^$2: *//p" "$1" | tail -1 | tr -d 's'; }

echo "# $(date -u +%FT%TZ) lang=$lang counts=$counts dampening=$damp randseed=$seed host=$(nproc) cores"
echo "# loadavg at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %9s %9s %7s %9s %9s %7s %9s %9s %7s %19s %19s %9s %6s %6s %5s %5s\n' atoms py_wall vk_wall ratio \
    py_cpu vk_cpu ratio py_train vk_train ratio py_final_cost vk_final_cost rel_diff py_MB vk_MB py_ep vk_ep
for atoms in $atoms_list; do
    list="$out/$lang.$atoms.list"
    "${tool[@]}" export --lang "$lang" --counts "$counts" --atoms "$atoms" --output "$list"
    sep=()
    [[ "$atoms" == akshara ]] && sep=(--atom-separator ' ')
    timed "$out/vaak.$atoms.log" "${tool[@]}" train --lang "$lang" --counts "$counts" --atoms "$atoms" \
        --dampening "$damp" --randseed "$seed" "${epochs_opt[@]}" --output "$out/vaak.$atoms.json"
    vw=$(awk '{print $2}' "$out/vaak.$atoms.log.time"); vm=$(awk '{print int($4/1024)}' "$out/vaak.$atoms.log.time")
    vu=$(awk '{print $6 + $7}' "$out/vaak.$atoms.log.time")
    vc=$(field "$out/vaak.$atoms.log" "Final cost"); ve=$(field "$out/vaak.$atoms.log" "Epochs")
    vt=$(field "$out/vaak.$atoms.log" "Training time")
    if [[ "${SKIP_PYTHON:-0}" == 1 ]]; then
        printf '%-10s %9s %9s %7s %9s %9s %7s %9s %9s %7s %19s %19s %9s %6s %6s %5s %5s\n' "$atoms" - "$vw" - - "$vu" - \
            - "$vt" - - "$vc" - - "$vm" - "$ve"
        continue
    fi
    timed "$out/py.$atoms.log" morfessor-train --traindata-list "${sep[@]}" -d "$damp" -r "$seed" \
        "${py_epochs_opt[@]}" -s "$out/py.$atoms.model.bin" "$list"
    pw=$(awk '{print $2}' "$out/py.$atoms.log.time"); pm=$(awk '{print int($4/1024)}' "$out/py.$atoms.log.time")
    pu=$(awk '{print $6 + $7}' "$out/py.$atoms.log.time")
    pc=$(field "$out/py.$atoms.log" "Final cost"); pt=$(field "$out/py.$atoms.log" "Training time"); pe=$(sed -n 's/.*INFO.*Epochs: \([0-9]*\)$/\1/p; s/^Epochs: \([0-9]*\)$/\1/p' "$out/py.$atoms.log" | tail -1)
    python3 - "$atoms" "$pw" "$vw" "$pu" "$vu" "$pt" "$vt" "$pc" "$vc" "$pm" "$vm" "$pe" "$ve" <<'PY'
import sys
a, pw, vw, pu, vu, pt, vt, pc, vc, pm, vm, pe, ve = sys.argv[1:]
pw, vw, pu, vu, pt, vt, pc, vc = map(float, (pw, vw, pu, vu, pt, vt, pc, vc))
print("%-10s %9.2f %9.2f %7.1f %9.2f %9.2f %7.1f %9.2f %9.2f %7.1f %19.6f %19.6f %9.1e %6s %6s %5s %5s"
      % (a, pw, vw, pw / vw, pu, vu, pu / vu, pt, vt, pt / vt, pc, vc, (vc - pc) / pc, pm, vm, pe, ve))
PY
done
echo "# outputs in $out"
