#!/usr/bin/env python3
"""PyTorch CPU side of the runtime comparison: the same shapes as GemmBench / GemvBench.
Run once per thread count with the BLAS pools pinned, e.g.
    OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 bench/torch_bench.py --threads 1
Prints one line per case: torch <case> threads=<t> median_us=<..> min_us=<..>
"""
import argparse
import statistics
import time

import torch
import torch.nn.functional as F


def timeit(fn, seconds=3.0):
    for _ in range(3):
        fn()
    samples = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples) * 1e6, min(samples) * 1e6


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=1)
    t = ap.parse_args().threads
    torch.set_num_threads(t)
    torch.manual_seed(0)
    res = {}
    with torch.no_grad():
        a, b = torch.randn(512, 512), torch.randn(512, 512)
        out = torch.empty(512, 512)
        res["gemm512"] = timeit(lambda: torch.mm(a, b, out=out))
        for name, (cin, cout, k, n, g) in {"conv256k3": (256, 256, 3, 1024, 1), "conv512k7": (512, 512, 7, 256, 1),
                                            "dw512k7": (512, 512, 7, 1024, 512)}.items():
            x = torch.randn(1, cin, n)
            w = torch.randn(cout, cin // g, k)
            res[name] = timeit(lambda: F.conv1d(x, w, padding=k // 2, groups=g))
        copies = 24  # 24 x 64 MiB > last-level cache: cold weights
        ws = [torch.randn(4096, 4096) * 0.02 for _ in range(copies)]
        x = torch.randn(4096)
        it = [0]

        def gemv():
            it[0] = (it[0] + 1) % copies
            return torch.mv(ws[it[0]], x)
        res["gemv_f32_cold"] = timeit(gemv)
        try:
            lins = []
            for i in range(copies * 4):  # 96 x 16 MiB int8
                lin = torch.nn.Linear(4096, 4096, bias=False)
                lins.append(torch.ao.quantization.quantize_dynamic(torch.nn.Sequential(lin), {torch.nn.Linear}, dtype=torch.qint8))
            xi = torch.randn(1, 4096)
            j = [0]

            def qgemv():
                j[0] = (j[0] + 1) % len(lins)
                return lins[j[0]](xi)
            res["gemv_int8_dynamic_cold"] = timeit(qgemv)
        except Exception as e:  # quantized engine missing in this build
            print("torch int8 dynamic quantization unavailable:", e)
    for k, (med, mn) in res.items():
        print(f"torch {k} threads={t} median_us={med:.1f} min_us={mn:.1f}")


if __name__ == "__main__":
    main()
