#!/usr/bin/env bash
# The speech corpora in order of need: 2 h of ta, then kn (each marked READY), then both grown to
# FULL_HOURS (default 18) of training audio (marked READY-full). Meant for nohup in the background:
#   nohup corpora-scripts/build-speech-corpora-all.sh /work/speech > /work/speech/all.log 2>&1 &
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
root="${1:?usage: build-speech-corpora-all.sh ROOT}"
full="${FULL_HOURS:-18}"
"$here/build-speech-corpus.sh" ta "$root/ta" 2 READY
"$here/build-speech-corpus.sh" kn "$root/kn" 2 READY
"$here/build-speech-corpus.sh" ta "$root/ta" "$full" READY-full
"$here/build-speech-corpus.sh" kn "$root/kn" "$full" READY-full
