#!/usr/bin/env python3
"""Markdown table of Int8GemmBench JSON: median / best sample (us) per shape and tokens, GOP/s and speed-ups."""
import json
import sys

rows = {}
for f in sys.argv[1:]:
    for r in json.load(open(f)):
        p = r["params"]
        pc = r["primaryMetric"]["scorePercentiles"]
        rows.setdefault((p["shape"], int(p["tokens"]), p.get("threads", "1")), {})[p["path"]] = (pc["50.0"], pc["0.0"])

print("| N x K | T | threads | int8 GEMM | int8 GOP/s (median) | per-token int8 | fp32 GEMM | GEMM / per-token speed-up | int8 / fp32 speed | int4 a8 GEMM | int4 a8 per token |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for (shape, t, th), v in sorted(rows.items(), key=lambda kv: (int(kv[0][0].split("x")[0]) * int(kv[0][0].split("x")[1]), kv[0][0], kv[0][1], kv[0][2])):
    n, k = map(int, shape.split("x"))
    ops = 2.0 * n * k * t
    g = v.get("int8")
    pt = v.get("int8_per_token")
    f = v.get("f32")
    cell = lambda x: f"{x[0]:.0f} / {x[1]:.0f}" if x else ""
    gops = f"{ops / g[0] / 1e3:.0f}" if g else ""
    su = f"{pt[0] / g[0]:.1f}x" if g and pt else ""
    vf = f"{f[0] / g[0]:.2f}" if g and f else ""
    print(f"| {shape} | {t} | {th} | {cell(g)} | {gops} | {cell(pt)} | {cell(f)} | {su} | {vf} | {cell(v.get('int4a8'))} | {cell(v.get('int4a8_per_token'))} |")
