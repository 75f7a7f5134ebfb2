#!/usr/bin/env bash
# Speaks /work/corpora-build/LANG/{train,test}.txt (or $CORPUS_DIR/LANG/...) into a synthetic speech corpus
# with espeak-ng: OUT/wav/, OUT/{train,dev,test,test-seen-voices}.jsonl. See docs/speech-corpora.md.
#
#   corpora-scripts/build-speech-corpus.sh LANG OUT [HOURS] [MARKER]
#
# HOURS of training audio (default 2); when done, OUT/MARKER is touched (default READY). Resumable: rerun
# the same command after an interruption, or with more HOURS (and e.g. MARKER=READY-full) to grow the
# training split; finished utterances are kept. Runs at nice 10 with 2 worker threads (VAAK_THREADS).
# Runs from a private copy of the built jars, so rebuilding vaak meanwhile does not disturb it.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
source "$here/corpora-scripts/lang.sh"
lang_setup "${1:-}"
out="${2:?usage: build-speech-corpus.sh LANG OUT [HOURS] [MARKER]}"
hours="${3:-2}"
marker="${4:-READY}"
corpus="${CORPUS_DIR:-/work/corpora-build}/$LANG_CODE"
for f in train.txt test.txt; do
    [[ -s "$corpus/$f" ]] || { echo "error: $corpus/$f is missing or empty (build it with build-text-corpus.sh)" >&2; exit 1; }
done
source "$here/scripts/jdk.sh"
jar="$(ls "$here"/cli/target/vaak-cli-*.jar 2>/dev/null | grep -v -- '-sources' | head -1 || true)"
[[ -n "$jar" && -d "$here/cli/target/lib" ]] || { echo "error: vaak is not built: run ./build.sh first" >&2; exit 1; }
mkdir -p "$out"
tools="$(mktemp -d "${TMPDIR:-/tmp}/vaak-speech-XXXXXX")"
trap 'rm -rf "$tools"' EXIT
cp "$jar" "$tools/" && cp -r "$here/cli/target/lib" "$tools/lib"
rm -f "$out/$marker"
echo "$(date -u +%FT%TZ) start: $LANG_CODE, $hours h -> $out" >> "$out/build.log"
nice -n 10 "$JAVA_HOME/bin/java" -XX:+UseParallelGC -Xmx2g -Dfile.encoding=UTF-8 -Dstderr.encoding=UTF-8 \
    --enable-native-access=ALL-UNNAMED -Dorg.slf4j.simpleLogger.defaultLogLevel=info ${VAAK_JAVA_OPTS:-} \
    -cp "$tools/$(basename "$jar"):$tools/lib/*" org.vaak.cli.Vaak speech-corpus synth \
    --lang "$LANG_CODE" --train-text "$corpus/train.txt" --test-text "$corpus/test.txt" \
    -o "$out" --hours "$hours" --seed "${VAAK_SEED:-1}" --threads "${VAAK_THREADS:-2}" 2>&1 | tee -a "$out/build.log"
touch "$out/$marker"
echo "$(date -u +%FT%TZ) done: $out/$marker" >> "$out/build.log"
