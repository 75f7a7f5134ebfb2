#!/usr/bin/env python3
"""Tables of the kernel pass (bench/kernels-pass.sh): reads <dir>/{gemm,gemv,warm}.json, torch.txt, load.txt."""
import json
import os
import re
import sys

FLOPS = {"gemm512": 2 * 512 ** 3, "conv256k3": 2 * 256 * 256 * 3 * 1024, "conv512k7": 2 * 512 * 512 * 7 * 256}
NAMES = {"gemm512": "GEMM 512x512x512", "conv256k3": "conv1d 256->256, k3, T1024", "conv512k7": "conv1d 512->512, k7, T256"}
BYTES = {"f32": 4, "int8": 1 + 4 / 4096, "int4:g32:sym": 0.5 + 4 / 32, "int4:g32:sym:a8": 0.5 + 4 / 32}
LABEL = {"f32": "f32", "int8": "int8 (W8A8)", "int4:g32:sym": "int4 g32 sym, fp32 activations",
         "int4:g32:sym:a8": "int4 g32 sym:a8 (W4A8)"}
PEAK = 113.0
N = 4096 * 4096


def load(path):
    out = {}
    if not os.path.exists(path):
        return out
    try:
        rows = json.load(open(path))
    except ValueError:
        return out
    for r in rows:
        name = r["benchmark"].split(".")[-2]
        p = r.get("params") or {}
        pct = r["primaryMetric"]["scorePercentiles"]
        key = (name, p.get("shape") or p.get("format") or "-", int(p.get("threads", 1)), p.get("cold", "-"))
        out[key] = (pct["50.0"], pct["0.0"])
    return out


def fmt(v):
    return f"{v[0]:.0f} / {v[1]:.0f}" if v else "-"


def ratio(ref, v):
    return f"{ref[0] / v[0]:.2f}" if ref and v else "-"


def main(d):
    g = load(os.path.join(d, "gemm.json"))
    c = load(os.path.join(d, "gemv.json"))
    w = load(os.path.join(d, "warm.json"))
    torch = {}
    if os.path.exists(os.path.join(d, "torch.txt")):
        for line in open(os.path.join(d, "torch.txt")):
            m = re.match(r"torch (\S+) threads=(\d+) median_us=([\d.]+) min_us=([\d.]+)", line)
            if m:
                torch[(m.group(1), int(m.group(2)))] = (float(m.group(3)), float(m.group(4)))
    print("| shape | threads | vaak | vaak GFLOP/s (median / best) | % of 113 GFLOP/s per core (median) | ONNX Runtime | PyTorch "
          "| vaak / ORT speed (median) | vaak / ORT (best) | vaak / PyTorch (median) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for s in FLOPS:
        for t in (1, 2):
            v = g.get(("GemmBench", s, t, "-"))
            o = g.get(("OrtBench", s, t, "-"))
            pt = torch.get((s, t))
            if not v:
                continue
            gm, gb = FLOPS[s] / v[0] / 1e3, FLOPS[s] / v[1] / 1e3
            print(f"| {NAMES[s]} | {t} | {fmt(v)} | {gm:.1f} / {gb:.1f} | {100 * gm / (PEAK * t):.0f} % | {fmt(o)} | {fmt(pt)} | "
                  f"{ratio(o, v)} | {(o[1] / v[1]) if o else 0:.2f} | {ratio(pt, v)} |")
    print()
    s = c.get(("StreamBench", "-", 1, "-"))
    if s:
        print(f"Java read ceiling (StreamBench, 16 MiB cold, one thread): {fmt(s)} us = "
              f"{16 * 2 ** 20 / s[0] / 1e3:.1f} / {16 * 2 ** 20 / s[1] / 1e3:.1f} GB/s (median / best)\n")
    print("| format | bytes/weight | threads | vaak cold | GB/s (median / best) | % of 21 GB/s (1 thread) or 37 GB/s (2), median "
          "| % of the Java read ceiling (median) | vaak warm | reference | reference time | vaak cold / reference (median) "
          "| vaak warm / reference (median) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|")
    refs = {"f32": [("ORT MatMul, warm", ("ort", "gemv_f32")), ("PyTorch mv, cold", ("torch", "gemv_f32_cold"))],
            "int8": [("PyTorch dynamic int8 Linear, cold", ("torch", "gemv_int8_dynamic_cold"))],
            "int4:g32:sym": [("ORT MatMulNBits b32, warm", ("ort", "nbits4_b32"))],
            "int4:g32:sym:a8": [("ORT MatMulNBits b32 accuracy_level 4, warm", ("ort", "nbits4_b32_acc4"))]}
    for f, bpw in BYTES.items():
        for t in (1, 2):
            v = c.get(("GemvBench", f, t, "true"))
            if not v:
                continue
            vw = w.get(("GemvBench", f, t, "false"))
            gm, gb = N * bpw / v[0] / 1e3, N * bpw / v[1] / 1e3
            roof = 21.0 if t == 1 else 37.0
            ceil = f"{100 * gm / (16 * 2 ** 20 / s[0] / 1e3):.0f} %" if s and t == 1 else "-"
            for label, (kind, key) in refs.get(f, [("-", (None, None))]):
                ref = c.get(("OrtBench", key, t, "-")) if kind == "ort" else torch.get((key, t)) if kind == "torch" else None
                print(f"| {LABEL[f]} | {bpw:.3f} | {t} | {fmt(v)} | {gm:.1f} / {gb:.1f} | {100 * gm / roof:.0f} % | {ceil} | "
                      f"{fmt(vw)} | {label} | {fmt(ref)} | {ratio(ref, v)} | {ratio(ref, vw)} |")
    lt = os.path.join(d, "load.txt")
    if os.path.exists(lt):
        print("\nLoad average (1, 5, 15 min) at each step:\n")
        for line in open(lt):
            print("    " + line.rstrip())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bench/results/kernels")
