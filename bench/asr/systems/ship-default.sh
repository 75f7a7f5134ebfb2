#!/usr/bin/env bash
# Ships one system built by bench/asr/build-systems.sh as the default of its language: models/LANG/
# (system.json, lm.arpa, dict.json if the system has one; the acoustic model models/am-LANG.safetensors is
# added by its trainer). The LM is retrained with count cut-offs SHIP_CUTOFF so that the files fit the size budget, and
# the perplexity on the held-out text is measured with and without the cut-offs (the cost of shipping small).
#
#   bench/asr/systems/ship-default.sh LANG SYSTEM [SYSTEMS_DIR] [MODELS_DIR]
#
# SYSTEMS_DIR: build/asr-systems/LANG; MODELS_DIR: models. SHIP_CUTOFF (default 2,4), ORDER (3),
# SHIP_AM (the acoustic_model path written into system.json, default ../am-LANG.safetensors).
# Prints a TSV line: lang system cutoff ngrams arpa_bytes dict_bytes ppl_unit ppl_word ppl_unit_full ppl_word_full ngrams_full
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")/../../.." && pwd)"
lang="${1:?usage: ship-default.sh LANG SYSTEM [SYSTEMS_DIR] [MODELS_DIR]}"
sys="${2:?usage: ship-default.sh LANG SYSTEM [SYSTEMS_DIR] [MODELS_DIR]}"
src="${3:-$here/build/asr-systems/$lang}"
models="${4:-$here/models}"
cutoff="${SHIP_CUTOFF:-2,4}"
am="${SHIP_AM:-../am-$lang.safetensors}"   # models/am-LANG.safetensors, where the AM trainer puts it
order="${ORDER:-3}"
vaak="$here/vaak"
py="python3 $here/bench/asr/systems"
work="$src/work/$sys"
for f in "$src/$sys/system.json" "$work/train.txt" "$work/heldout.txt" "$src/text/heldout.txt"; do
    [[ -s "$f" ]] || { echo "error: $f is missing: run bench/asr/build-systems.sh $lang first" >&2; exit 1; }
done
dest="$models/$lang"
mkdir -p "$dest" "$src/ship"
# the full model (no cut-offs) for the perplexity comparison
if [[ ! -s "$src/ship/$sys.full.arpa" ]]; then
    nice -n 10 "$vaak" train-lm -q --order "$order" --method kn -o "$src/ship/$sys.full.arpa" \
        --eval "$work/heldout.txt" "$work/train.txt" > "$src/ship/$sys.full.eval" 2> "$src/ship/$sys.full.log"
fi
nice -n 10 "$vaak" train-lm -q --order "$order" --method kn --cutoff "$cutoff" -o "$src/ship/$sys.arpa" \
    --eval "$work/heldout.txt" "$work/train.txt" > "$src/ship/$sys.eval" 2> "$src/ship/$sys.log"
cp "$src/ship/$sys.arpa" "$dest/lm.arpa.tmp" && mv "$dest/lm.arpa.tmp" "$dest/lm.arpa"
dict_bytes=""
if grep -q '"dictionary": "dict.json"' "$src/$sys/system.json"; then
    cp "$src/$sys/dict.json" "$dest/dict.json.tmp" && mv "$dest/dict.json.tmp" "$dest/dict.json"
    dict_bytes=$(stat -c %s "$dest/dict.json")
fi
sed -e "s#\"acoustic_model\": \"../am.safetensors\"#\"acoustic_model\": \"$am\"#" \
    -e "s#\"name\": \"$sys-${order}gram-kn\"#\"name\": \"$sys-${order}gram-kn-cutoff${cutoff//,/-}\"#" \
    -e "s#Kneser-Ney LM over#Kneser-Ney LM (count cut-offs $cutoff for orders 2, 3...: n-grams seen fewer times left out) over#" \
    "$src/$sys/system.json" > "$dest/system.json.tmp"
mv "$dest/system.json.tmp" "$dest/system.json"
read -r p_unit p_word < <($py/stats.py ppl "$src/ship/$sys.eval" "$src/text/heldout.txt")
read -r f_unit f_word < <($py/stats.py ppl "$src/ship/$sys.full.eval" "$src/text/heldout.txt")
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$lang" "$sys" "$cutoff" "$($py/stats.py ngrams "$dest/lm.arpa")" \
    "$(stat -c %s "$dest/lm.arpa")" "$dict_bytes" "$p_unit" "$p_word" "$f_unit" "$f_word" \
    "$($py/stats.py ngrams "$src/ship/$sys.full.arpa")"
