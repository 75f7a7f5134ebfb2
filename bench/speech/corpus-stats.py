#!/usr/bin/env python3
"""Statistics of a speech corpus folder written by `vaak speech-corpus synth`.

    bench/speech/corpus-stats.py /work/speech/ta [--audio N]

Per split: utterances, hours, speakers, mean duration, word-list share, augmented share; test sentences
against the training split's words. With --audio N, also reads N WAV files per split (16-bit PCM) and
reports sample rate, peak and RMS levels.
"""
import argparse
import collections
import json
import math
import os
import random
import struct
import sys

SPLITS = ["train", "dev", "test", "test-seen-voices"]


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def wav_levels(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise ValueError(path + ": not a WAV file")
    channels, rate = struct.unpack_from("<HI", data, 22)
    bits = struct.unpack_from("<H", data, 34)[0]
    n = struct.unpack_from("<I", data, 40)[0] // 2
    samples = struct.unpack_from("<%dh" % n, data, 44)
    peak = max((abs(s) for s in samples), default=0) / 32768
    rms = math.sqrt(sum(s * s for s in samples) / max(1, n)) / 32768
    return rate, channels, bits, peak, rms


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--audio", type=int, default=0)
    a = ap.parse_args()
    manifests = {s: read(os.path.join(a.corpus, s + ".jsonl")) for s in SPLITS
                 if os.path.exists(os.path.join(a.corpus, s + ".jsonl"))}
    train_words = set()
    for u in manifests.get("train", []):
        train_words.update(u["text"].split())
    print("| split | utterances | hours | speakers | mean s | word lists | augmented | noise kinds |")
    print("|---|---|---|---|---|---|---|---|")
    for s, us in manifests.items():
        hours = sum(u["duration"] for u in us) / 3600
        speakers = len({u["speaker"] for u in us})
        words = sum(1 for u in us if u.get("source") == "words") / max(1, len(us))
        aug = [u.get("augment", "none") for u in us]
        augmented = sum(1 for x in aug if x != "none") / max(1, len(us))
        kinds = collections.Counter(p.split(" ")[0].split("=")[0] for x in aug if x != "none" for p in x.split(";"))
        print("| %s | %d | %.2f | %d | %.2f | %.0f%% | %.0f%% | %s |" % (
            s, len(us), hours, speakers, 3600 * hours / max(1, len(us)), 100 * words, 100 * augmented,
            " ".join("%s %d" % kv for kv in sorted(kinds.items()))))
    for s in ["dev", "test"]:
        if s in manifests and train_words:
            tokens = [t for u in manifests[s] for t in u["text"].split()]
            oov = sum(1 for t in tokens if t not in train_words)
            print("%s: %d tokens, %.2f%% not among the %d words of the train split's transcripts" % (
                s, len(tokens), 100 * oov / max(1, len(tokens)), len(train_words)))
    tr = {u["speaker"] for u in manifests.get("train", [])}
    te = {u["speaker"] for u in manifests.get("test", [])}
    print("train speakers: %d, test speakers: %d, shared: %d" % (len(tr), len(te), len(tr & te)))
    if a.audio:
        rng = random.Random(0)
        for s, us in manifests.items():
            pick = rng.sample(us, min(a.audio, len(us)))
            lv = [wav_levels(os.path.join(a.corpus, u["audio_filepath"])) for u in pick]
            fmt = {(r, c, b) for r, c, b, _, _ in lv}
            print("%s audio (%d files): format %s, peak max %.3f, RMS mean %.3f (min %.4f)" % (
                s, len(lv), sorted(fmt), max(x[3] for x in lv), sum(x[4] for x in lv) / len(lv), min(x[4] for x in lv)))


if __name__ == "__main__":
    sys.exit(main())
