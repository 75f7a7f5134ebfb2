#!/usr/bin/env bash
# Checks that normalize_text.py normalises and filters every line of a text exactly as lexicons
# Transcripts.normalize / isSpeakable (without length limits) do. Needs a build with lexicons Transcripts.
#
#   bench/asr/systems/check-normaliser.sh LANG TEXT        e.g. ta /work/corpora-build/ta/train.txt
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")/../../.." && pwd)"
lang="${1:?usage: check-normaliser.sh LANG TEXT}"; text="${2:?usage: check-normaliser.sh LANG TEXT}"
source "$here/scripts/jdk.sh"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$JAVA_HOME/bin/java" -Dfile.encoding=UTF-8 -cp "$here/cli/target/lib/*" "$here/bench/asr/systems/TranscriptsDump.java" "$lang" \
    < "$text" > "$tmp/java.tsv"
python3 - "$lang" "$text" "$tmp/java.tsv" "$here/bench/asr/systems" <<'PY'
import sys
sys.path.insert(0, sys.argv[4])
import normalize_text as N
lang, text, java = sys.argv[1:4]
jl = open(java, encoding="utf-8", newline="\n").read().split("\n")[:-1]
src = open(text, encoding="utf-8").read().splitlines()
if len(jl) != len(src):
    sys.exit(f"{text}: {len(src)} lines here, {len(jl)} read by Java (line breaks other than \\n, \\r)")
bad = 0
for j, s in zip(jl, src):
    jn, js = j.rsplit("\t", 1)
    pn = N.normalize(s)
    toks = pn.split()
    ps = bool(toks) and all(N.in_script(t, lang) for t in toks)
    if pn != jn or ps != (js == "true"):
        bad += 1
        if bad <= 5:
            print(f"differs: {s[:100]!r}\n  python {pn[:100]!r} {ps}\n  java   {jn[:100]!r} {js}")
print(f"{text}: {len(src)} lines, {bad} differ")
sys.exit(1 if bad else 0)
PY
