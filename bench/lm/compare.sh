#!/usr/bin/env bash
# vaak train-lm against IRSTLM (Debian package irstlm: tlm, compile-lm) on the same text, word and subword.
#   bench/lm/compare.sh [CORPORA] [WORK]
# CORPORA holds {ta,kn}/{train,test}.txt (default: $VAAK_CORPORA or build/corpora), WORK the outputs
# (default build/bench-lm). Subword text: a Morfessor dictionary from train-dict (on {lang}/words.counts,
# reused when WORK already has it) applied with vaak segment. For each text and method (kn = IRSTLM's
# improved Kneser-Ney "ikn", wb = Witten-Bell) both tools train an order-$ORDER model (default 3) with
# no pruning; both ARPA files are then scored on test.txt by vaak's evaluator and by IRSTLM's compile-lm
# (its PP minus its OOV-penalty part PPwp).
# Wall time and peak RSS are from /usr/bin/time -v. Results: WORK/results.tsv, WORK/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
corpora="${1:-${VAAK_CORPORA:-$root/build/corpora}}"
work="${2:-$root/build/bench-lm}"
order="${ORDER:-3}"
irst=/usr/lib/irstlm/bin
[[ -x "$irst/tlm" ]] || { echo "IRSTLM is missing: apt-get install irstlm" >&2; exit 1; }
mkdir -p "$work"
source scripts/jdk.sh
mvn -q -o -pl cli -am package -DskipTests 2>/dev/null || mvn -q -pl cli -am package -DskipTests

results="$work/results.tsv"
printf 'lang\tunits\tmethod\ttool\ttrain_s\tpeak_rss_mb\tngrams\ttest_tokens\toov_pct\tppl_vaak_eval\tppl_no_oov_vaak_eval\tppl_irstlm_eval\n' > "$results"

# measure LOG CMD...: runs CMD under /usr/bin/time -v; prints "seconds rss_mb"
measure() {
    local log="$1"; shift
    /usr/bin/time -v "$@" > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
    python3 - "$log" <<'PY'
import re, sys
t = open(sys.argv[1], encoding="utf-8", errors="replace").read()
w = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", t)
secs = (int(w.group(1) or 0) * 60 + int(w.group(2))) * 60 + float(w.group(3)) if w.group(1) else int(w.group(2)) * 60 + float(w.group(3))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024
print(f"{secs:.2f} {rss:.0f}")
PY
}

for lang in ta kn; do
    dict="$work/$lang.morfessor.json"
    if [[ ! -f "$dict" ]]; then
        echo "== $lang: Morfessor dictionary" >&2
        ./vaak train-dict --lang "$lang" --method morfessor --counts "$corpora/$lang/words.counts" -o "$dict" -q
    fi
    for part in train test; do
        cp "$corpora/$lang/$part.txt" "$work/$lang.word.$part.txt"
        [[ -f "$work/$lang.sub.$part.txt" ]] || ./vaak segment --dict "$dict" -o "$work/$lang.sub.$part.txt" "$corpora/$lang/$part.txt"
    done
    for units in word sub; do
        train="$work/$lang.$units.train.txt"
        test="$work/$lang.$units.test.txt"
        "$irst/add-start-end.sh" < "$train" > "$train.se"
        "$irst/add-start-end.sh" < "$test" > "$test.se"
        for method in kn wb; do
            ilm=$([[ $method == kn ]] && echo ikn || echo wb)
            base="$work/$lang.$units.$method"
            echo "== $lang $units $method" >&2
            read -r vs vm < <(measure "$base.vaak.time" ./vaak train-lm --order "$order" --method "$method" -q -o "$base.vaak.arpa" "$train")
            read -r is im < <(measure "$base.irstlm.time" "$irst/tlm" -tr="$train.se" -n="$order" -lm="$ilm" -ps=no -o="$base.irstlm.arpa")
            for tool in vaak irstlm; do
                arpa="$base.$tool.arpa"
                ev="$(./vaak train-lm --arpa "$arpa" --eval "$test" -q 2>/dev/null)"
                # compile-lm's PP includes an OOV penalty (PPwp, from --dub); PP - PPwp is the plain perplexity
                ie="$("$irst/compile-lm" "$arpa" --eval="$test.se" 2>&1 | grep -o 'Nw=.*' | python3 -c '
import re, sys
t = sys.stdin.read()
pp = float(re.search(r" PP=([0-9.]+)", t).group(1)) - float(re.search(r"PPwp=([0-9.]+)", t).group(1))
print("%.2f" % pp)')"
                ngrams="$(grep -E '^ngram +[0-9]+=' "$arpa" | sed 's/.*= *//' | paste -sd/)"
                [[ $tool == vaak ]] && { s=$vs; m=$vm; } || { s=$is; m=$im; }
                python3 - "$ev" "$lang" "$units" "$method" "$tool" "$s" "$m" "$ngrams" "$ie" >> "$results" <<'PY'
import re, sys
ev, *rest = sys.argv[1:]
tokens = re.search(r"(\d+) tokens", ev).group(1)
oov = re.search(r"\(([\d.]+)% of words\)", ev).group(1)
ppl = re.search(r"perplexity ([\d.]+)", ev).group(1)
ppl_no = re.search(r"without OOVs ([\d.]+)", ev).group(1)
lang, units, method, tool, s, m, ngrams, ie = rest
print("\t".join([lang, units, method, tool, s, m, ngrams, tokens, oov, ppl, ppl_no, ie]))
PY
            done
        done
    done
done
python3 bench/lm/summarize.py "$results" > "$work/results.md"
cat "$work/results.md"
