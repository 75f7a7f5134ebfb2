#!/usr/bin/env bash
# Builds the recognition systems of one language (docs/asr-results.md): LM text, subword dictionaries,
# n-gram LMs, system folders (system.json, /work/asr-system-spec.md) and their decoding graphs, and measures
# them (LM size, perplexity, graph size, build time and memory, OOV rate of the speech test transcripts).
#
#   bench/asr/build-systems.sh LANG [CORPORA_DIR] [OUT_DIR]
#
# CORPORA_DIR: /work/corpora-build if it exists, else build/corpora (LANG/train.txt and LANG/test.txt).
# OUT_DIR: build/asr-systems/LANG. Speech test transcripts: $SPEECH_DIR/LANG/test.jsonl
# (SPEECH_DIR=/work/speech; the OOV column is left empty without it).
# Settings (environment): SYSTEMS (all seven), ORDER (3), CUTOFF (2: n-grams of order 2 and 3 seen at
# least twice; "1" keeps all), DICT_SIZE (8000 units for bpe, ebpe, unigram-ml, unigram-viterbi; morfessor
# takes its own lexicon size), SEED (1), GRAPHS (1; 0 skips the graph builds).
# Output: OUT_DIR/text/ (LM text, held-out text, references), OUT_DIR/SYSTEM/ (system.json, lm.arpa,
# dict.json, graph.bin, logs/), OUT_DIR/results.tsv and results.md. The acoustic model is expected at
# OUT_DIR/am.safetensors (system.json says "../am.safetensors"); the graphs need only the phone set.
# Deterministic: fixed seeds, one thread for the learners, sorted outputs.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)"
lang="${1:?usage: build-systems.sh LANG [CORPORA_DIR] [OUT_DIR]}"
case "$lang" in ta|kn) ;; *) echo "error: unknown language '$lang' (ta or kn)" >&2; exit 2 ;; esac
corpora="${2:-}"
if [[ -z "$corpora" ]]; then
    if [[ -d /work/corpora-build ]]; then corpora=/work/corpora-build; else corpora="$here/build/corpora"; fi
fi
out="${3:-$here/build/asr-systems/$lang}"
systems="${SYSTEMS:-words bpe ebpe morfessor unigram-ml unigram-viterbi grammar}"
order="${ORDER:-3}"
cutoff="${CUTOFF:-2}"
dict_size="${DICT_SIZE:-8000}"
seed="${SEED:-1}"
speech="${SPEECH_DIR:-/work/speech}/$lang/test.jsonl"
for f in train.txt test.txt; do
    [[ -s "$corpora/$lang/$f" ]] || { echo "error: $corpora/$lang/$f is missing or empty" >&2; exit 1; }
done
vaak="$here/vaak"
py="python3 $here/bench/asr/systems"
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time (GNU time) is needed for the measurements" >&2; exit 1; }
mkdir -p "$out/text"
log() { echo "$(date -u +%FT%TZ) [$lang] $*" >&2; }

# Runs a command under GNU time; its output and the measurements go to LOG (stdout to LOG.out).
timed() {
    local logf="$1"; shift
    mkdir -p "$(dirname "$logf")"
    if ! nice -n 10 /usr/bin/time -v -o "$logf.time" "$@" > "$logf.out" 2> "$logf"; then
        echo "error: failed: $* (see $logf)" >&2; tail -5 "$logf" >&2; exit 1
    fi
}

# 1. LM text: transcript normalisation, script filter; held-out sentences never trained on.
text="$out/text"
if [[ ! -s "$text/train.txt" ]]; then
    log "normalising $corpora/$lang/train.txt"
    $py/normalize_text.py --lang "$lang" --exclude "$corpora/$lang/test.txt" < "$corpora/$lang/train.txt" > "$text/train.tmp"
    mv "$text/train.tmp" "$text/train.txt"
fi
if [[ ! -s "$text/heldout.txt" ]]; then
    $py/normalize_text.py --lang "$lang" < "$corpora/$lang/test.txt" > "$text/heldout.tmp"
    mv "$text/heldout.tmp" "$text/heldout.txt"
fi
refs=""
if [[ -s "$speech" ]]; then
    $py/normalize_text.py --lang "$lang" --jsonl "$speech" > "$text/test-refs.tmp"
    mv "$text/test-refs.tmp" "$text/test-refs.txt"
    refs="$text/test-refs.txt"
fi

description() {
    case "$1" in
        words) echo "word ${order}-gram Kneser-Ney LM over the training text's words (the word baseline)" ;;
        bpe) echo "subwords of a ${dict_size}-unit BPE dictionary over aksharas, ${order}-gram Kneser-Ney LM over the segmented text" ;;
        ebpe) echo "subwords of a ${dict_size}-unit extended-BPE dictionary (likelihood-gain merges), ${order}-gram Kneser-Ney LM over the segmented text" ;;
        morfessor) echo "subwords of a Morfessor Baseline dictionary (its own lexicon size), ${order}-gram Kneser-Ney LM over the segmented text" ;;
        unigram-ml) echo "subwords of a ${dict_size}-unit unigram LM dictionary (EM, maximum likelihood), ${order}-gram Kneser-Ney LM over the segmented text" ;;
        unigram-viterbi) echo "subwords of a ${dict_size}-unit unigram LM dictionary (Viterbi training), ${order}-gram Kneser-Ney LM over the segmented text" ;;
        grammar) echo "knowledge-driven: text segmented by the SG-WFST subword grammar, ${order}-gram Kneser-Ney LM over its units, the grammar constraining units inside each word (fallback for words outside it)" ;;
    esac
}

# system.json: DIR NAME UNITS DICT(or empty) AM_PATH
write_system() {
    local dir="$1" name="$2" units="$3" dict="$4" am="$5"
    local d="null"; [[ -n "$dict" ]] && d="\"$dict\""
    cat > "$dir/system.json.tmp" <<EOF
{
  "format": "vaak-asr-system", "version": 1,
  "language": "$lang",
  "name": "$name",
  "description": "$(description "${name%%-${order}gram*}")",
  "acoustic_model": "$am",
  "precision": "stored",
  "units": "$units",
  "dictionary": $d,
  "lm": "lm.arpa",
  "pronunciation_text": null,
  "graph": {"topology": "shortcut", "fallback_cost": 2.3},
  "decoder": {"beam": 16.0, "max_active": 7000, "acoustic_scale": 1.0}
}
EOF
    mv "$dir/system.json.tmp" "$dir/system.json"
}

tsv="$out/results.tsv"
printf 'lang\tsystem\tunits\tdict_units\tlm_text_tokens\tngrams\tarpa_bytes\tdict_bytes\tppl_unit\tppl_word\theldout_oov_unit_pct\ttest_oov_word_pct\ttest_unspellable_word_pct\tG_states\tG_arcs\tTLG_states\tTLG_arcs\tgraph_bytes\tgraph_build_s\tgraph_wall_s\tgraph_peak_rss_mb\tlm_train_s\tlm_peak_rss_mb\n' > "$tsv.tmp"

for sys in $systems; do
    dir="$out/$sys"; logs="$dir/logs"; work="$out/work/$sys"
    mkdir -p "$dir" "$logs" "$work"
    dict=""; units=subwords
    log "$sys: training"
    case "$sys" in
        words) units=words; cp "$text/train.txt" "$work/train.txt"; cp "$text/heldout.txt" "$work/heldout.txt" ;;
        grammar)
            units=grammar
            timed "$logs/segment-train.log" "$vaak" segment --grammar "$lang" "$text/train.txt" -o "$work/train.txt"
            "$vaak" segment --grammar "$lang" "$text/heldout.txt" -o "$work/heldout.txt" 2> "$logs/segment-heldout.log"
            [[ -n "$refs" ]] && "$vaak" segment --grammar "$lang" "$refs" -o "$work/test-refs.txt" 2> "$logs/segment-refs.log"
            ;;
        bpe|ebpe|morfessor|unigram-ml|unigram-viterbi)
            dict=dict.json
            size=(--size "$dict_size"); [[ "$sys" == morfessor ]] && size=()
            if [[ ! -s "$dir/dict.json" ]]; then
                timed "$logs/train-dict.log" "$vaak" train-dict -q --lang "$lang" --method "$sys" "${size[@]}" \
                    --corpus "$text/train.txt" --seed "$seed" --threads 1 -o "$dir/dict.json"
            fi
            timed "$logs/segment-train.log" "$vaak" segment --dict "$dir/dict.json" "$text/train.txt" -o "$work/train.txt"
            "$vaak" segment --dict "$dir/dict.json" "$text/heldout.txt" -o "$work/heldout.txt" 2> "$logs/segment-heldout.log"
            [[ -n "$refs" ]] && "$vaak" segment --dict "$dir/dict.json" "$refs" -o "$work/test-refs.txt" 2> "$logs/segment-refs.log"
            ;;
        *) echo "error: unknown system '$sys'" >&2; exit 2 ;;
    esac
    timed "$logs/train-lm.log" "$vaak" train-lm -q --order "$order" --method kn --cutoff "$cutoff" \
        -o "$dir/lm.arpa" --eval "$work/heldout.txt" "$work/train.txt"
    write_system "$dir" "$sys-${order}gram-kn" "$units" "$dict" "../am.safetensors"

    g_states=""; g_arcs=""; t_states=""; t_arcs=""; gbytes=""; gbuild=""; gwall=""; grss=""
    if [[ "${GRAPHS:-1}" == 1 ]]; then
        log "$sys: graph"
        gopt=(--words); [[ "$units" == subwords ]] && gopt=(--dict "$dir/dict.json"); [[ "$units" == grammar ]] && gopt=(--grammar)
        timed "$logs/graph-build.log" "$vaak" graph build --lang "$lang" --lm "$dir/lm.arpa" "${gopt[@]}" --no-cache -o "$dir/graph.bin"
        "$vaak" graph info "$dir/graph.bin" > "$logs/graph-info.txt"
        read -r g_states g_arcs < <(awk -F'\t' '$1 ~ /^step\./ { n = split($2, f, " "); if (!done) { print f[n-2], f[n-1]; done = 1 } }' "$logs/graph-info.txt")
        t_states=$(awk -F'\t' '$1 == "states" {print $2}' "$logs/graph-info.txt")
        t_arcs=$(awk -F'\t' '$1 == "arcs" {print $2}' "$logs/graph-info.txt")
        gbytes=$(stat -c %s "$dir/graph.bin")
        gbuild=$(awk -F'\t' '$1 ~ /^step\./ { n = split($2, f, " "); s += f[n] } END { printf "%.1f", s / 1000 }' "$logs/graph-info.txt")
        read -r gwall grss < <($py/stats.py time "$logs/graph-build.log.time")
    fi
    read -r lmwall lmrss < <($py/stats.py time "$logs/train-lm.log.time")
    read -r ppl_unit ppl_word < <($py/stats.py ppl "$logs/train-lm.log.out" "$text/heldout.txt")
    hoov=$(sed -n 's/.* OOV (\([0-9.]*\)% of words).*/\1/p' "$logs/train-lm.log.out")
    toov=""; tspell=""
    if [[ -n "$refs" ]]; then
        if [[ "$units" == words ]]; then toov=$($py/stats.py oov "$dir/lm.arpa" "$refs")
        else toov=$($py/stats.py oov "$dir/lm.arpa" "$refs" "$work/test-refs.txt"); fi
        if [[ "$units" == subwords ]]; then tspell=$($py/stats.py spell "$dir/lm.arpa" "$refs"); fi
    fi
    dunits=""; dbytes=""
    if [[ -n "$dict" ]]; then
        dbytes=$(stat -c %s "$dir/dict.json")
        dunits=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1], encoding="utf-8"))["units"]))' "$dir/dict.json")
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
        "$lang" "$sys" "$units" "$dunits" "$(wc -w < "$work/train.txt")" "$($py/stats.py ngrams "$dir/lm.arpa")" \
        "$(stat -c %s "$dir/lm.arpa")" "$dbytes" "$ppl_unit" "$ppl_word" "$hoov" "$toov" "$tspell" \
        "$g_states" "$g_arcs" "$t_states" "$t_arcs" "$gbytes" "$gbuild" "$gwall" "$grss" "$lmwall" "$lmrss" >> "$tsv.tmp"
    log "$sys: done ($(tail -1 "$tsv.tmp" | cut -f6,9,10,12,13,17,20,21))"
done
# rows of systems not rebuilt this time are kept from the previous results.tsv
if [[ -s "$tsv" ]]; then
    awk -F'\t' 'NR == FNR { if (FNR > 1) done[$2] = 1; next } FNR > 1 && !($2 in done)' "$tsv.tmp" "$tsv" > "$tsv.keep"
    cat "$tsv.keep" >> "$tsv.tmp"; rm -f "$tsv.keep"
fi
mv "$tsv.tmp" "$tsv"
$py/table.py "$tsv" > "$out/results.md"
log "wrote $tsv and $out/results.md"
