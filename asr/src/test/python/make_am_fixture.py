#!/usr/bin/python3
"""Reference forward pass of vaak's conformer-CTC acoustic model (docs/acoustic-model.md) in PyTorch.

Builds small networks with seeded random weights, writes each as a model file in the spec's safetensors
format, plus a second file with input features and the expected log-posteriors computed in float64.
Run from the repository root:  /usr/bin/python3 asr/src/test/python/make_am_fixture.py
"""
import json
import math
import os
import struct

import numpy as np
import torch
import torch.nn.functional as F

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "vaak", "asr", "am")
PHONES_TSV = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "lexicons", "src", "main", "resources",
                          "org", "vaak", "lexicons", "ta", "phones.tsv")
FEATURES = {"sampleRate": 16000, "windowLength": 400, "hop": 160, "fftSize": 512, "melBins": 80,
            "fMin": 0.0, "fMax": 8000.0, "floor": 1e-10}


def phones():
    out = []
    with open(PHONES_TSV, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                out.append(line.split("\t")[0])
    return out


def tensor_shapes(c):
    d, m = c["d"], []
    lin = lambda p, o, i: m.extend([(p + ".weight", [o, i]), (p + ".bias", [o])])
    norm = lambda p: m.extend([(p + ".weight", [d]), (p + ".bias", [d])])
    m += [("norm.mean", [c["mel_bins"]]), ("norm.istd", [c["mel_bins"]])]
    m += [("sub.conv1.weight", [d, c["mel_bins"], 3]), ("sub.conv1.bias", [d])]
    if c["subsampling"] == 4:
        m += [("sub.conv2.weight", [d, d, 3]), ("sub.conv2.bias", [d])]
    lin("sub.proj", d, d)
    for i in range(c["blocks"]):
        b = "blocks.%d" % i
        for f in ("ffn1",):
            norm(b + "." + f + ".ln"); lin(b + "." + f + ".fc1", c["ffn"], d); lin(b + "." + f + ".fc2", d, c["ffn"])
        norm(b + ".mhsa.ln")
        for p in "qkvo":
            lin(b + ".mhsa." + p, d, d)
        norm(b + ".conv.ln"); lin(b + ".conv.pw1", 2 * d, d)
        m += [(b + ".conv.dw.weight", [d, 1, c["conv_kernel"]]), (b + ".conv.dw.bias", [d])]
        norm(b + ".conv.dwln"); lin(b + ".conv.pw2", d, d)
        norm(b + ".ffn2.ln"); lin(b + ".ffn2.fc1", c["ffn"], d); lin(b + ".ffn2.fc2", d, c["ffn"])
        norm(b + ".out_ln")
    lin("head", len(c["phones"]) + 1, d)
    return m


def random_weights(c, gen):
    w = {}
    for name, shape in tensor_shapes(c):
        if name == "norm.mean":
            v = torch.randn(shape, generator=gen) * 2 - 8
        elif name == "norm.istd":
            v = 0.3 + 0.3 * torch.rand(shape, generator=gen)
        elif "ln." in name + ".":
            base = 1.0 if name.endswith(".weight") else 0.0
            v = base + 0.1 * torch.randn(shape, generator=gen)
        elif name.endswith(".bias"):
            v = 0.1 * torch.randn(shape, generator=gen)
        else:
            fan_in = int(np.prod(shape[1:]))
            v = torch.randn(shape, generator=gen) / math.sqrt(fan_in)
        w[name] = v.to(torch.float32)
    return w


def rope(x, offset, base=10000.0):
    # x [H, T, dh]; rotate-half pairing (i, i + dh/2), angle (offset + p) * base^(-2i/dh), in float64
    t, dh = x.shape[1], x.shape[2]
    half = dh // 2
    pos = torch.arange(t, dtype=torch.float64) + offset
    inv = base ** (-2.0 * torch.arange(half, dtype=torch.float64) / dh)
    ang = pos[:, None] * inv[None, :]
    cos, sin = torch.cos(ang).to(x.dtype), torch.sin(ang).to(x.dtype)
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1)


def layer_norm(x, w, p):
    return F.layer_norm(x, (x.shape[-1],), w[p + ".weight"], w[p + ".bias"], eps=1e-5)


def linear(x, w, p):
    return F.linear(x, w[p + ".weight"], w[p + ".bias"])


def ffn(x, w, p):
    return linear(F.silu(linear(layer_norm(x, w, p + ".ln"), w, p + ".fc1")), w, p + ".fc2")


def mhsa(x, w, p, c):
    t, d, h = x.shape[0], c["d"], c["heads"]
    dh = d // h
    y = layer_norm(x, w, p + ".ln")
    q, k, v = (linear(y, w, p + "." + n).reshape(t, h, dh).transpose(0, 1) for n in "qkv")
    q, k = rope(q, 0), rope(k, 0)
    scores = q @ k.transpose(1, 2) / math.sqrt(dh)
    i = torch.arange(t)[:, None]
    j = torch.arange(t)[None, :]
    allowed = (j >= i - c["attn_left"]) & (j <= i + c["attn_right"])
    scores = scores.masked_fill(~allowed, float("-inf"))
    ctx = torch.softmax(scores, dim=-1) @ v
    return linear(ctx.transpose(0, 1).reshape(t, d), w, p + ".o")


def conv_module(x, w, p, c):
    y = F.glu(linear(layer_norm(x, w, p + ".ln"), w, p + ".pw1"), dim=-1)
    k = c["conv_kernel"]
    y = F.conv1d(y.t()[None], w[p + ".dw.weight"], w[p + ".dw.bias"], padding=(k - 1) // 2, groups=c["d"])[0].t()
    y = F.silu(layer_norm(y, w, p + ".dwln"))
    return linear(y, w, p + ".pw2")


def forward(feats, w, c):
    x = (feats - w["norm.mean"]) * w["norm.istd"]
    x = F.gelu(F.conv1d(x.t()[None], w["sub.conv1.weight"], w["sub.conv1.bias"], stride=2, padding=1))
    if c["subsampling"] == 4:
        x = F.gelu(F.conv1d(x, w["sub.conv2.weight"], w["sub.conv2.bias"], stride=2, padding=1))
    x = linear(x[0].t(), w, "sub.proj")
    for i in range(c["blocks"]):
        b = "blocks.%d" % i
        x = x + 0.5 * ffn(x, w, b + ".ffn1")
        x = x + mhsa(x, w, b + ".mhsa", c)
        x = x + conv_module(x, w, b + ".conv", c)
        x = x + 0.5 * ffn(x, w, b + ".ffn2")
        x = layer_norm(x, w, b + ".out_ln")
    return torch.log_softmax(linear(x, w, "head"), dim=-1)


def write_safetensors(path, tensors, metadata):
    header, blobs, off = {}, [], 0
    if metadata:
        header["__metadata__"] = metadata
    for name, arr in tensors:
        arr = np.ascontiguousarray(arr, dtype="<f4")
        b = arr.tobytes()
        header[name] = {"dtype": "F32", "shape": list(arr.shape), "data_offsets": [off, off + len(b)]}
        blobs.append(b)
        off += len(b)
    h = json.dumps(header, separators=(",", ":")).encode("utf-8")
    h += b" " * ((8 - (8 + len(h)) % 8) % 8)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(struct.pack("<Q", len(h)))
        f.write(h)
        for b in blobs:
            f.write(b)
    os.replace(tmp, path)


def make(name, c, frames, seed):
    gen = torch.Generator().manual_seed(seed)
    w = random_weights(c, gen)
    feats = (torch.randn(frames, c["mel_bins"], generator=gen) * 2.5 - 8).to(torch.float32)
    meta = {"vaak.kind": "acoustic-model", "vaak.version": "1", "vaak.am": json.dumps(c),
            "vaak.features": json.dumps(FEATURES),
            "vaak.training": json.dumps({"note": "random weights, seed %d, make_am_fixture.py" % seed})}
    order = [n for n, _ in tensor_shapes(c)]
    write_safetensors(os.path.join(OUT, name + ".safetensors"), [(n, w[n].numpy()) for n in order], meta)
    with torch.no_grad():
        w64 = {k: v.to(torch.float64) for k, v in w.items()}
        logp = forward(feats.to(torch.float64), w64, c)
    write_safetensors(os.path.join(OUT, name + ".io.safetensors"),
                      [("features", feats.numpy()), ("log_posteriors", logp.to(torch.float32).numpy())], None)
    print(name, "frames", frames, "->", tuple(logp.shape))


def config(d, heads, ffn, blocks, kernel, left, right, sub):
    return {"architecture": "conformer-ctc", "language": "ta", "d": d, "heads": heads, "ffn": ffn, "blocks": blocks,
            "conv_kernel": kernel, "attn_left": left, "attn_right": right, "subsampling": sub, "mel_bins": 80,
            "phones": phones(), "blank": 0}


if __name__ == "__main__":
    make("am-sub2", config(32, 4, 64, 2, 5, 4, 2, 2), 77, 1234)
    make("am-sub4", config(32, 2, 48, 2, 3, 3, 1, 4), 90, 4321)
