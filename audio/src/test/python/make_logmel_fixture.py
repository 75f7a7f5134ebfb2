#!/usr/bin/env python3
"""Writes the reference log-mel/MFCC fixture that LogMelReferenceTest compares against.

Independent numpy implementation of the front end documented in FeatureExtractor: periodic Hann window
of 400 samples, frames not centred, zero-padded to a 512-point FFT (numpy.fft.rfft), power spectrum,
80 triangular filters on the HTK mel scale from 0 to 8000 Hz (not area-normalised), natural log with a
floor of 1e-10, MFCC = orthonormal DCT-II, first 13 coefficients.

Run from the repository root:  python3 audio/src/test/python/make_logmel_fixture.py
Needs only numpy (Debian: python3-numpy). The tests read the committed output and need no Python.
"""
import os

import numpy as np

SR, WIN, HOP, NFFT, NMELS, NCEPS, FLOOR = 16000, 400, 160, 512, 80, 13, 1e-10
OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "vaak", "audio", "logmel-reference.txt")


def hz_to_mel(f):
    return 2595.0 * np.log10(1.0 + f / 700.0)


def mel_to_hz(m):
    return 700.0 * (10.0 ** (m / 2595.0) - 1.0)


def filterbank():
    edges = mel_to_hz(np.linspace(hz_to_mel(0.0), hz_to_mel(SR / 2), NMELS + 2))
    freqs = np.arange(NFFT // 2 + 1) * SR / NFFT
    fb = np.zeros((NMELS, freqs.size))
    for m in range(NMELS):
        lo, c, hi = edges[m], edges[m + 1], edges[m + 2]
        fb[m] = np.maximum(0.0, np.minimum((freqs - lo) / (c - lo), (hi - freqs) / (hi - c)))
    return fb


def main():
    rng = np.random.default_rng(20261123)
    t = np.arange(1920) / SR
    x = 0.5 * np.sin(2 * np.pi * 440 * t) + 0.25 * np.sin(2 * np.pi * 3000 * t + 0.3) \
        + 0.01 * rng.standard_normal(t.size)
    x = x.astype(np.float32)
    window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(WIN) / WIN)
    n_frames = 1 + (x.size - WIN) // HOP
    frames = np.stack([x[f * HOP:f * HOP + WIN].astype(np.float64) * window for f in range(n_frames)])
    power = np.abs(np.fft.rfft(frames, n=NFFT, axis=1)) ** 2
    logmel = np.log(np.maximum(power @ filterbank().T, FLOOR))
    n = np.arange(NMELS)
    dct = np.array([np.sqrt(2.0 / NMELS) * (1 / np.sqrt(2) if k == 0 else 1.0)
                    * np.cos(np.pi * k * (2 * n + 1) / (2 * NMELS)) for k in range(NCEPS)])
    mfcc = logmel @ dct.T
    with open(OUT, "w") as f:
        f.write("# written by audio/src/test/python/make_logmel_fixture.py (numpy %s)\n" % np.__version__)
        f.write("signal " + " ".join(repr(float(v)) for v in x) + "\n")
        for row in logmel:
            f.write("logmel " + " ".join("%.9g" % v for v in row) + "\n")
        for row in mfcc:
            f.write("mfcc " + " ".join("%.9g" % v for v in row) + "\n")


if __name__ == "__main__":
    main()
