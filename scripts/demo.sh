#!/usr/bin/env bash
# The README's main job: learn subword dictionaries from the bundled sample corpora, segment a sentence
# with them and with the built-in subword grammar, and join the result back into words.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${VAAK_DEMO_DIR:-build/demo}"
mkdir -p "$out"

ta_sentence="அவன் நேற்று புத்தகங்களைப் படித்தான், அவள் கடிதம் எழுதினாள்."
kn_sentence="ಅವನು ಪುಸ್ತಕಗಳನ್ನು ಓದುತ್ತಾನೆ ಮತ್ತು ಅವಳು ಮನೆಯಲ್ಲಿ ಕೆಲಸ ಮಾಡುತ್ತಾಳೆ."

for lang in ta kn; do
    sentence_var="${lang}_sentence"
    sentence="${!sentence_var}"
    echo "== $lang: learning a Morfessor dictionary from corpora/sample/$lang/train.txt"
    ./vaak train-dict --lang "$lang" --method morfessor --corpus "corpora/sample/$lang/train.txt" \
        -o "$out/$lang.morfessor.json"
    echo "== $lang: learning a 2000-unit unigram (ML) dictionary"
    ./vaak train-dict --lang "$lang" --method unigram-ml --size 2000 --corpus "corpora/sample/$lang/train.txt" \
        -o "$out/$lang.unigram.json"
    echo "-- input:     $sentence"
    seg="$(echo "$sentence" | ./vaak segment --dict "$out/$lang.morfessor.json")"
    echo "-- morfessor: $seg"
    echo "-- unigram:   $(echo "$sentence" | ./vaak segment --dict "$out/$lang.unigram.json")"
    echo "-- grammar:   $(echo "$sentence" | ./vaak segment --grammar "$lang")"
    joined="$(echo "$seg" | ./vaak join --lang "$lang")"
    echo "-- joined:    $joined"
    [[ "$joined" == "$sentence" ]] || { echo "join did not give back the input" >&2; exit 1; }
    echo "-- held-out measurement of the grammar on corpora/sample/$lang/test.txt:"
    ./vaak dict-eval --grammar "$lang" --corpus "corpora/sample/$lang/test.txt" | sed 's/^/   /'
done
