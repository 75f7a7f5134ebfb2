#!/usr/bin/env python3
"""Language-model text from a corpus: the transcript normalisation of the speech corpora, then only text
in the language's script.

    normalize_text.py --lang ta|kn [--mode runs|lines] [--exclude test.txt] < train.txt > lm-text.txt
    normalize_text.py --lang ta|kn --jsonl test.jsonl > references.txt      (the "text" field of each line)

The normalisation must stay the same as the speech corpus's transcript normaliser
(lexicons `Transcripts.normalize`, docs/speech-corpora.md), which made the reference transcripts:
NFC; wiki links keep their label; templates, HTML tags and entities, printf/ICU/MediaWiki placeholders are
dropped; `&` accelerators and `_` mnemonics are removed from their word; every other punctuation or symbol
character separates tokens; ZWJ/ZWNJ stay inside words; Latin letters are lower-cased; single spaces.

Script filter (as `Transcripts.isSpeakable` judges a token): a token is kept when it starts with a base
letter of the language's Unicode block and every character is a letter or sign of that block (or ZWJ/ZWNJ),
no digits. `--mode lines` keeps a line only when all its tokens pass; `--mode runs` (default) cuts a line at
the tokens that do not pass and writes each run of passing tokens as a sentence of its own, so a Tamil
sentence with one English word or a number in it still gives its Tamil n-grams and no n-gram spans the
removed token. Such a cut-out run can equal a held-out sentence that the speech corpus kept as unseen (it
compares whole lines), so with `--exclude test.txt` a cut-out run equal to a held-out sentence is dropped;
whole lines are kept as they are (a held-out sentence equal to a whole training line is not in the speech
test set).
"""
import argparse
import json
import re
import sys
import unicodedata

BLOCKS = {"ta": (0x0B80, 0x0BFF), "kn": (0x0C80, 0x0CFF)}

WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]*)\]\]")
TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});")
PRINTF = re.compile(r"%(?:\([A-Za-z0-9_]+\))?(?:[0-9]+\$)?[-+ #0']*[0-9]*(?:\.[0-9]+)?"
                    r"(?:hh|h|ll|l|L|q|j|z|t|I64)?[sdiufFeEgGxXoOcCpSaAn%]")
BRACE_PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_.,: ]*\}")
DOLLAR_PLACEHOLDER = re.compile(r"\$[0-9]+")
SPACES = re.compile(r"[ \t\n\x0b\f\r]+")
ZWNJ, ZWJ = "\u200c", "\u200d"


def is_mark(ch):
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


def is_letter_or_digit(ch):
    c = unicodedata.category(ch)
    return c.startswith("L") or c == "Nd"


def normalize(line):
    s = unicodedata.normalize("NFC", line)
    s = WIKI_LINK.sub(lambda m: " " + m.group(1) + " ", s)
    for p in (TEMPLATE, HTML_TAG, ENTITY, PRINTF, BRACE_PLACEHOLDER, DOLLAR_PLACEHOLDER):
        s = p.sub(" ", s)
    out = []
    for ch in s:
        if ch in "&_":
            continue
        if ch in (ZWNJ, ZWJ):
            out.append(ch)
        elif is_letter_or_digit(ch) or is_mark(ch):
            out.append(ch.lower() if ord(ch) < 0x80 else ch)
        else:
            out.append(" ")
    n = SPACES.sub(" ", "".join(out)).strip(" \t\n\x0b\f\r")
    return n.replace(ZWNJ + " ", " ").replace(" " + ZWNJ, " ")


def in_script(token, lang):
    lo, hi = BLOCKS[lang]

    def word_char(ch):
        cp = ord(ch)
        if not lo <= cp <= hi:
            return ch in (ZWNJ, ZWJ)
        return unicodedata.category(ch) in ("Lo", "Mn", "Mc")

    first = token[0]
    if not lo <= ord(first) <= hi or is_mark(first) or unicodedata.category(first) == "Nd":
        return False
    return all(word_char(ch) and unicodedata.category(ch) != "Nd" for ch in token)


def sentences(line, lang, mode):
    """The sentences of a line: (tokens, whether they are the whole line)."""
    tokens = normalize(line).split()
    if mode == "lines":
        if tokens and all(in_script(t, lang) for t in tokens):
            yield tokens, True
        return
    run = []
    for t in tokens:
        if in_script(t, lang):
            run.append(t)
        elif run:
            yield run, False
            run = []
    if run:
        yield run, len(run) == len(tokens)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", required=True, choices=sorted(BLOCKS))
    ap.add_argument("--mode", default="runs", choices=["runs", "lines"])
    ap.add_argument("--jsonl", help="read the 'text' field of a JSON-lines manifest instead of standard input")
    ap.add_argument("--exclude", action="append", default=[],
                    help="drop a run cut out of a longer line when it equals a sentence of this text (normalised "
                         "the same way), e.g. the held-out test text")
    a = ap.parse_args()
    out = sys.stdout
    excluded = set()
    for path in a.exclude:
        with open(path, encoding="utf-8") as f:
            for line in f:
                for s, _ in sentences(line, a.lang, a.mode):
                    excluded.add(" ".join(s))
    if a.jsonl:
        with open(a.jsonl, encoding="utf-8") as f:
            for no, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    text = json.loads(line).get("text")
                except json.JSONDecodeError as e:
                    sys.exit(f"{a.jsonl}:{no}: not a JSON object: {e}")
                if text is None:
                    sys.exit(f"{a.jsonl}:{no}: has no \"text\" field")
                out.write(normalize(text) + "\n")
        return
    stdin = open(sys.stdin.fileno(), encoding="utf-8", errors="strict", newline=None)
    for line in stdin:
        for s, whole in sentences(line, a.lang, a.mode):
            joined = " ".join(s)
            if whole or joined not in excluded:
                out.write(joined + "\n")


if __name__ == "__main__":
    main()
