#!/usr/bin/env python3
"""Turns bench/results/{jmh.json,torch.txt,errors.md} into the Markdown tables of docs/benchmarks-runtime.md."""
import json
import os
import re
import sys

FLOPS = {"gemm512": 2 * 512 ** 3, "conv256k3": 2 * 256 * 256 * 3 * 1024, "conv512k7": 2 * 512 * 512 * 7 * 256,
         "dw512k7": 2 * 512 * 7 * 1024}
BYTES = {"f32": 4, "bf16": 2, "f16": 2, "int8": 1 + 4 / 4096, "fp8": 1 + 4 / 4096, "mxint8": 1 + 1 / 32,
         "int4:g32:sym": 0.5 + 4 / 32, "int4:g128:asym": 0.5 + 5 / 128, "mxfp4": 0.5 + 1 / 32, "ternary": 0.25 + 4 / 4096}


def main(d):
    jmh = json.load(open(os.path.join(d, "jmh.json")))
    ours, ort = {}, {}
    for r in jmh:
        name = r["benchmark"].split(".")[-2]
        p = r["params"]
        pct = r["primaryMetric"]["scorePercentiles"]
        key = (p.get("shape") or p.get("format"), int(p["threads"]))
        val = (pct["50.0"], pct["0.0"])
        (ort if name == "OrtBench" else ours)[key] = val
    torch = {}
    for line in open(os.path.join(d, "torch.txt")):
        m = re.match(r"torch (\S+) threads=(\d+) median_us=([\d.]+) min_us=([\d.]+)", line)
        if m:
            torch[(m.group(1), int(m.group(2)))] = (float(m.group(3)), float(m.group(4)))
    print("### fp32 GEMM and conv1d (median / best of the samples, microseconds; GFLOP/s from the median)\n")
    print("| shape | threads | vaak | GFLOP/s | ORT | PyTorch | vaak/ORT speed | vaak/PyTorch speed |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for s in FLOPS:
        for t in (1, 2):
            v = ours.get((s, t))
            o = ort.get((s, t))
            pt = torch.get((s, t))
            if not v:
                continue
            g = FLOPS[s] / v[0] / 1e3
            print(f"| {s} | {t} | {v[0]:.0f} / {v[1]:.0f} | {g:.1f} | "
                  + (f"{o[0]:.0f} / {o[1]:.0f}" if o else "-") + " | "
                  + (f"{pt[0]:.0f} / {pt[1]:.0f}" if pt else "-") + " | "
                  + (f"{o[0] / v[0]:.2f}" if o else "-") + " | " + (f"{pt[0] / v[0]:.2f}" if pt else "-") + " |")
    print("\n### Batch-1 GEMV 4096x4096, cold weights (median / best, microseconds; GB/s of weight bytes from the median)\n")
    print("| format | bytes/weight | threads | vaak | GB/s | reference | reference time | vaak/reference speed |")
    print("|---|---:|---:|---:|---:|---|---:|---:|")
    refs = {"f32": [("ORT MatMul (warm)", ort, "gemv_f32"), ("PyTorch mv (cold)", torch, "gemv_f32_cold")],
            "int8": [("PyTorch dynamic int8 (cold)", torch, "gemv_int8_dynamic_cold")],
            "int4:g32:sym": [("ORT MatMulNBits b32 (warm)", ort, "nbits4_b32"),
                             ("ORT MatMulNBits b32 acc4 (warm)", ort, "nbits4_b32_acc4")],
            "int4:g128:asym": [("ORT MatMulNBits b128 (warm)", ort, "nbits4_b128")]}
    for f, bpw in BYTES.items():
        for t in (1, 2):
            v = ours.get((f, t))
            if not v:
                continue
            gbs = 4096 * 4096 * bpw / v[0] / 1e3
            rows = refs.get(f, [("-", None, None)])
            for label, table, key in rows:
                ref = table.get((key, t)) if table is not None else None
                print(f"| {f} | {bpw:.3f} | {t} | {v[0]:.0f} / {v[1]:.0f} | {gbs:.1f} | {label} | "
                      + (f"{ref[0]:.0f} / {ref[1]:.0f}" if ref else "-") + " | "
                      + (f"{ref[0] / v[0]:.2f}" if ref else "-") + " |")
    print("\n### End-to-end relative error per format\n")
    print(open(os.path.join(d, "errors.md")).read())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bench/results")
