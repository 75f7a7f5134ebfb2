#!/usr/bin/env bash
# Agreement of vaak's rule-based G2P with espeak-ng --ipa on N words per language.
#   bench/g2p/espeak-agreement.sh [N] [SEED]        (defaults: 1000 words, seed 20261123)
# Words: the aspell-ta / aspell-kn word lists (Debian packages, fetched with apt-get download), or the text
# corpus at $VAAK_CORPORA/{ta,kn}/train.txt when VAAK_CORPORA is set. Needs espeak-ng and precat (aspell).
# Output (directory $VAAK_G2P_OUT, default bench/g2p/out): {ta,kn}.{words,pairs.tsv,report.txt,merged.txt}; the .merged report also merges the
# allophone choices listed in bench/g2p/allophone-merge.tsv. RESCORE=1 reuses existing pairs (no espeak-ng run).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/jdk.sh
N="${1:-1000}"
SEED="${2:-20261123}"
OUT="${VAAK_G2P_OUT:-bench/g2p/out}"
mkdir -p "$OUT"
for tool in espeak-ng precat; do
    command -v "$tool" >/dev/null || { echo "needs $tool (Debian: apt-get install espeak-ng aspell)" >&2; exit 1; }
done
mvn -q -pl lexicons -am install -DskipTests
CP=lexicons/target/classes
MAIN=bench/g2p/EspeakAgreement.java
for lang in ta kn; do
    if [[ "${RESCORE:-0}" == 1 && -s "$OUT/$lang.pairs.tsv" ]]; then
        :
    elif [[ -n "${VAAK_CORPORA:-}" ]]; then
        list="$VAAK_CORPORA/$lang/train.txt"
    else
        tmp=$(mktemp -d)
        (cd "$tmp" && apt-get download -q "aspell-$lang" >/dev/null && dpkg-deb -x aspell-"$lang"_*.deb x)
        list="$OUT/$lang.aspell.txt"
        zcat "$tmp"/x/usr/share/aspell/"$lang".cwl.gz | precat > "$list"
        rm -rf "$tmp"
    fi
    if [[ "${RESCORE:-0}" != 1 || ! -s "$OUT/$lang.pairs.tsv" ]]; then
        java -cp "$CP" "$MAIN" sample "$lang" "$list" "$N" "$SEED" > "$OUT/$lang.words"
        : > "$OUT/$lang.pairs.tsv"
        while IFS= read -r w; do
            printf '%s\t%s\n' "$w" "$(espeak-ng -v "$lang" -q --ipa "$w" | tr '\n' ' ' | sed 's/ *$//')" >> "$OUT/$lang.pairs.tsv"
        done < "$OUT/$lang.words"
    fi
    java -cp "$CP" "$MAIN" score "$lang" bench/g2p/espeak-map.tsv "$OUT/$lang.pairs.tsv" | tee "$OUT/$lang.report.txt"
    java -cp "$CP" "$MAIN" score "$lang" bench/g2p/espeak-map.tsv "$OUT/$lang.pairs.tsv" bench/g2p/allophone-merge.tsv \
        > "$OUT/$lang.merged.txt"
    head -2 "$OUT/$lang.merged.txt" | sed 's/^/merged allophones: /'
done
espeak-ng --version
