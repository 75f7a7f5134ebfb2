#!/usr/bin/env python3
"""Times a numpy log-mel with the same definition as vaak's FeatureExtractor (vectorised over all frames),
best of 5 runs after 2 warm-up runs, on SECONDS of seeded noise:  python3 bench/audio/logmel_speed.py [SECONDS]"""
import sys
import time

import numpy as np

sys.path.insert(0, __file__.rsplit("/", 3)[0] + "/audio/src/test/python")
from make_logmel_fixture import HOP, NFFT, WIN, filterbank  # noqa: E402

seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
x = (0.1 * np.random.default_rng(1).standard_normal(seconds * 16000)).astype(np.float32)
fb = filterbank().T
window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(WIN) / WIN)


def logmel():
    n = 1 + (x.size - WIN) // HOP
    idx = np.arange(WIN)[None, :] + HOP * np.arange(n)[:, None]
    power = np.abs(np.fft.rfft(x[idx] * window, n=NFFT, axis=1)) ** 2
    return np.log(np.maximum(power @ fb, 1e-10))


times = []
for i in range(7):
    t = time.perf_counter()
    logmel()
    if i >= 2:
        times.append(time.perf_counter() - t)
best = min(times)
print("numpy log-mel (80 bins, 25/10 ms): %.3f s for %d s of audio = %.0fx real time" % (best, seconds, seconds / best))
