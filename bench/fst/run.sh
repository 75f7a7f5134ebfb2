#!/usr/bin/env bash
# WFST benchmark: vaak's org.vaak.segmentation.fst against OpenFst's command-line tools (libfst-tools)
# on the same lexicon transducer L (letters -> word, one linear path per word) and unigram grammar G.
# Stages: compile/read text, determinize L, minimize, compose with G, shortest path.
#
#   bench/fst/run.sh [--out DIR] [--expand N] [--xmx SIZE] [--repeat R] [--jopenfst] WORDFILE...
#
# WORDFILE: words.counts ("count word" lines) or one word per line. --expand N adds N seeded suffixed
# forms per word (a stand-in for a corpus word list's inflected forms). Timings: /usr/bin/time -v for
# each OpenFst tool (wall, max RSS); for Java, System.nanoTime around each stage inside one JVM (GC
# included, JVM start-up excluded; start-up measured separately with `FstBench noop`), and /usr/bin/time -v
# around the whole JVM for its peak RSS. Results are checked: state/arc counts, fstisomorphic and
# fstequivalent (labels encoded) of every stage's result against OpenFst's.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
source scripts/jdk.sh

out=/tmp/vaak-fst-bench
expand=0
xmx=2g
repeat=2
jopenfst=""
words=()
while (($#)); do
    case "$1" in
        --out) out="$2"; shift 2 ;;
        --expand) expand="$2"; shift 2 ;;
        --xmx) xmx="$2"; shift 2 ;;
        --repeat) repeat="$2"; shift 2 ;;
        --jopenfst) jopenfst="--jopenfst"; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) words+=("$(readlink -f "$1")"); shift ;;
    esac
done
((${#words[@]})) || { echo "give at least one word list" >&2; exit 2; }
for t in fstcompile fstdeterminize fstminimize fstarcsort fstcompose fstshortestpath fstinfo fstisomorphic fstequivalent fstencode; do
    command -v "$t" >/dev/null || { echo "OpenFst tool $t is missing (apt-get install libfst-tools)" >&2; exit 1; }
done
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

# Build this checkout's classes and compile the benchmark against them with javac: the local Maven
# repository's vaak snapshot jars may come from another checkout.
mvn -q -o -pl segmentation -am compile 2>&1 | grep -v "^WARNING" || true
mvn -q -o -f bench/pom.xml dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$root/bench/target/classpath.txt" 2>&1 | grep -v "^WARNING" || true
deps="$(tr ':' '\n' < bench/target/classpath.txt | grep -v '/org/vaak/' | paste -sd:)"
cp="$root/segmentation/target/classes:$root/lexicons/target/classes:$root/bench/target/classes:$deps"
mkdir -p bench/target/classes
javac --release 21 -d bench/target/classes -cp "$cp" $(find bench/src/main/java -name '*.java')

mkdir -p "$out"
java -cp "$cp" org.vaak.bench.fst.FstBench prepare "$out" --expand "$expand" "${words[@]}" | tee "$out/prepare.txt"
cd "$out"

# ---- OpenFst
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" | tee load.txt
timed() { # name command...
    local name="$1"; shift
    /usr/bin/time -v -o "time.$name" "$@"
    local wall rss cpu
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "time.$name" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    cpu=$(awk -F': ' '/User time|System time/{c+=$2} END{print c}' "time.$name")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "time.$name")
    printf 'openfst %-14s %8.2f s wall %8.2f s cpu %8.0f MB\n' "$name" "$wall" "$cpu" "$((rss / 1024))" | tee -a openfst.txt
}
: > openfst.txt
timed compile-L fstcompile --isymbols=L.isyms --osymbols=L.osyms --keep_isymbols --keep_osymbols L.fst.txt L.fst
timed compile-G fstcompile --isymbols=G.isyms --osymbols=G.osyms --keep_isymbols --keep_osymbols G.fst.txt G.fst
timed determinize fstdeterminize L.fst Ld.fst
timed minimize fstminimize Ld.fst Lm.fst
timed arcsort-G fstarcsort --sort_type=ilabel G.fst Gs.fst
timed compose fstcompose Lm.fst Gs.fst LG.fst
timed shortestpath fstshortestpath LG.fst best.fst
counts() { fstinfo "$1" | awk '/^# of states/{s=$NF} /^# of arcs/{a=$NF} END{print "states=" s " arcs=" a}'; }
for f in L Ld Lm LG best; do echo "openfst-count $f $(counts $f.fst)"; done | tee -a openfst.txt

# ---- Java
/usr/bin/time -v -o time.java-noop java -cp "$cp" org.vaak.bench.fst.FstBench noop >/dev/null
startup=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' time.java-noop | awk -F: '{print $1*60+$2}')
/usr/bin/time -v -o time.java java -Xms"$xmx" -Xmx"$xmx" -XX:+UseParallelGC -cp "$cp" org.vaak.bench.fst.FstBench run "$out" --repeat "$repeat" $jopenfst | tee java.txt
jwall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' time.java | awk -F: '{print $1*60+$2}')
jrss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' time.java)
echo "java jvm-startup ${startup} s; whole run ${jwall} s; max RSS $((jrss / 1024)) MB (-Xms/-Xmx $xmx)" | tee -a java.txt

# ---- same results?
for f in Ld Lm LG best; do
    fstcompile --isymbols=java-$f.isyms --osymbols=java-$f.osyms --keep_isymbols --keep_osymbols java-$f.fst.txt java-$f.fst
    iso=no; fstisomorphic $f.fst java-$f.fst >/dev/null 2>&1 && iso=yes
    fstencode --encode_labels $f.fst codex.$f $f.enc
    fstencode --encode_labels --encode_reuse java-$f.fst codex.$f java-$f.enc
    eq=no; fstequivalent $f.enc java-$f.enc >/dev/null 2>&1 && eq=yes
    echo "check $f: openfst $(counts $f.fst), vaak $(counts java-$f.fst), isomorphic=$iso equivalent=$eq"
done | tee check.txt
best_openfst=$(fstprint best.fst | awk 'NF>=5{w+=$5} NF==2{w+=$2} END{printf "%.4f", w}')
echo "best path weight: openfst $best_openfst, vaak $(sed -n 's/^best-weight //p' java.txt | tail -1)" | tee -a check.txt
