#!/usr/bin/env python3
"""Writes the layer fixtures used by LayerFixtureTest: for each case a small safetensors file holding the
model configuration (metadata "config"), the weights, an input (fixture.input) and PyTorch's output
(fixture.expected). Run from the repository root with Debian's python3-torch:

    /usr/bin/python3 runtime/src/test/python/make_fixtures.py runtime/src/test/resources/fixtures
"""
import json
import math
import os
import struct
import sys

import torch
import torch.nn.functional as F

torch.manual_seed(1234)
torch.set_num_threads(1)


def save(path, tensors, config):
    header = {"__metadata__": {"config": json.dumps(config)}}
    blobs = []
    off = 0
    for name, t in tensors.items():
        data = t.detach().contiguous().to(torch.float32).numpy().tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [off, off + len(data)]}
        blobs.append(data)
        off += len(data)
    h = json.dumps(header).encode()
    h += b" " * ((8 - len(h) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)))
        f.write(h)
        for b in blobs:
            f.write(b)


def case(out, name, layers, weights, x, y):
    tensors = dict(weights)
    tensors["fixture.input"] = x
    tensors["fixture.expected"] = y
    save(os.path.join(out, name + ".safetensors"), tensors, {"layers": layers})


def rnd(*shape, scale=1.0):
    return torch.randn(*shape) * scale


def attention_ref(x, p, heads, rotary=False, causal=False, rel=None, max_rel=0):
    t, d = x.shape
    dh = d // heads
    q = x @ p["a.q.weight"].T + p["a.q.bias"]
    k = x @ p["a.k.weight"].T + p["a.k.bias"]
    v = x @ p["a.v.weight"].T + p["a.v.bias"]
    q, k, v = (z.reshape(t, heads, dh).transpose(0, 1) for z in (q, k, v))
    if rotary:
        half = dh // 2
        inv = 10000.0 ** (-2.0 * torch.arange(half, dtype=torch.float64) / dh)
        ang = torch.arange(t, dtype=torch.float64)[:, None] * inv[None, :]
        cos, sin = torch.cos(ang).float(), torch.sin(ang).float()

        def rope(z):
            a, b = z[..., :half], z[..., half:]
            return torch.cat([a * cos - b * sin, b * cos + a * sin], dim=-1)
        q, k = rope(q), rope(k)
    s = q @ k.transpose(1, 2) / math.sqrt(dh)
    if rel is not None:
        idx = (torch.arange(t)[None, :] - torch.arange(t)[:, None]).clamp(-max_rel, max_rel) + max_rel
        s = s + rel[:, idx]
    if causal:
        s = s.masked_fill(torch.triu(torch.ones(t, t, dtype=torch.bool), 1), float("-inf"))
    a = torch.softmax(s, dim=-1) @ v
    a = a.transpose(0, 1).reshape(t, d)
    return a @ p["a.o.weight"].T + p["a.o.bias"]


def main(out):
    os.makedirs(out, exist_ok=True)
    with torch.no_grad():
        lin = torch.nn.Linear(12, 7)
        x = rnd(5, 12)
        case(out, "linear", [{"type": "linear", "name": "fc", "in": 12, "out": 7}],
             {"fc.weight": lin.weight, "fc.bias": lin.bias}, x, lin(x))

        convs = [
            ("conv1d_stride", dict(i=6, o=5, k=3, s=2, d=1, p=2, g=1, mode="zeros")),
            ("conv1d_dilated_reflect", dict(i=4, o=6, k=3, s=1, d=2, p=2, g=1, mode="reflect")),
            ("conv1d_grouped_replicate", dict(i=8, o=4, k=5, s=1, d=1, p=2, g=2, mode="replicate")),
            ("conv1d_depthwise_circular", dict(i=6, o=6, k=7, s=1, d=1, p=3, g=6, mode="circular")),
            ("conv1d_depthwise_stride", dict(i=5, o=10, k=4, s=2, d=2, p=1, g=5, mode="zeros")),
            ("conv1d_wide", dict(i=40, o=33, k=3, s=1, d=1, p=1, g=1, mode="zeros")),
        ]
        for name, c in convs:
            conv = torch.nn.Conv1d(c["i"], c["o"], c["k"], stride=c["s"], dilation=c["d"], padding=c["p"],
                                   groups=c["g"], padding_mode=c["mode"])
            x = rnd(c["i"], 23)
            cfg = {"type": "conv1d", "name": "c", "in": c["i"], "out": c["o"], "kernel": c["k"], "stride": c["s"],
                   "dilation": c["d"], "padding": c["p"], "groups": c["g"], "padding_mode": c["mode"]}
            case(out, name, [cfg], {"c.weight": conv.weight, "c.bias": conv.bias}, x, conv(x[None])[0])

        ct = torch.nn.ConvTranspose1d(6, 4, 4, stride=2, padding=1, output_padding=1)
        x = rnd(6, 9)
        case(out, "conv_transpose1d",
             [{"type": "conv_transpose1d", "name": "u", "in": 6, "out": 4, "kernel": 4, "stride": 2, "padding": 1,
               "output_padding": 1}], {"u.weight": ct.weight, "u.bias": ct.bias}, x, ct(x[None])[0])

        ln = torch.nn.LayerNorm(10)
        ln.weight.copy_(rnd(10))
        ln.bias.copy_(rnd(10))
        x = rnd(4, 10) * 3 + 1
        case(out, "layer_norm", [{"type": "layer_norm", "name": "n", "dim": 10}],
             {"n.weight": ln.weight, "n.bias": ln.bias}, x, ln(x))
        g = rnd(10)
        y = x / torch.sqrt((x * x).mean(-1, keepdim=True) + 1e-6) * g
        case(out, "rms_norm", [{"type": "rms_norm", "name": "n", "dim": 10, "eps": 1e-6}], {"n.weight": g}, x, y)
        gn = torch.nn.GroupNorm(2, 6)
        gn.weight.copy_(rnd(6))
        gn.bias.copy_(rnd(6))
        x = rnd(6, 11) * 2
        case(out, "group_norm", [{"type": "group_norm", "name": "n", "groups": 2, "channels": 6}],
             {"n.weight": gn.weight, "n.bias": gn.bias}, x, gn(x[None])[0])

        x = rnd(3, 17) * 3
        acts = {"relu": F.relu(x), "gelu": F.gelu(x), "gelu_tanh": F.gelu(x, approximate="tanh"), "silu": F.silu(x),
                "elu": F.elu(x), "tanh": torch.tanh(x), "sigmoid": torch.sigmoid(x)}
        for fn, y in acts.items():
            case(out, "act_" + fn, [{"type": "activation", "fn": fn}], {}, x, y)
        case(out, "softmax", [{"type": "softmax"}], {}, x, torch.softmax(x, -1))
        case(out, "log_softmax", [{"type": "log_softmax"}], {}, x, torch.log_softmax(x, -1))

        alpha = rnd(3).abs() + 0.5
        y = x + 1.0 / (alpha[:, None] + 1e-9) * torch.sin(alpha[:, None] * x) ** 2
        case(out, "snake", [{"type": "snake", "name": "s", "channels": 3}], {"s.alpha": alpha}, x, y)

        emb = torch.nn.Embedding(11, 6)
        ids = torch.tensor([3, 0, 10, 3, 7])
        case(out, "embedding", [{"type": "embedding", "name": "e", "vocab": 11, "dim": 6}],
             {"e.weight": emb.weight}, ids.float(), emb(ids))

        d, heads, t = 16, 4, 7
        p = {}
        for n in "qkvo":
            p[f"a.{n}.weight"] = rnd(d, d, scale=0.3)
            p[f"a.{n}.bias"] = rnd(d, scale=0.1)
        x = rnd(t, d)
        case(out, "attention", [{"type": "attention", "name": "a", "dim": d, "heads": heads}], p, x,
             attention_ref(x, p, heads))
        case(out, "attention_rotary_causal",
             [{"type": "attention", "name": "a", "dim": d, "heads": heads, "rotary": True, "causal": True}], p, x,
             attention_ref(x, p, heads, rotary=True, causal=True))
        rel = rnd(heads, 7)
        p2 = dict(p)
        p2["a.rel_bias"] = rel
        case(out, "attention_relative",
             [{"type": "attention", "name": "a", "dim": d, "heads": heads, "max_rel": 3}], p2, x,
             attention_ref(x, p, heads, rel=rel, max_rel=3))

        lstm = torch.nn.LSTM(5, 8)
        x = rnd(6, 5)
        case(out, "lstm", [{"type": "lstm", "name": "r", "in": 5, "hidden": 8}],
             {"r.weight_ih": lstm.weight_ih_l0, "r.weight_hh": lstm.weight_hh_l0,
              "r.bias_ih": lstm.bias_ih_l0, "r.bias_hh": lstm.bias_hh_l0}, x, lstm(x[:, None, :])[0][:, 0, :])

        c, hid = 12, 24
        dw = torch.nn.Conv1d(c, c, 7, padding=3, groups=c)
        nrm = torch.nn.LayerNorm(c, eps=1e-6)
        nrm.weight.copy_(rnd(c))
        pw1, pw2 = torch.nn.Linear(c, hid), torch.nn.Linear(hid, c)
        gamma = rnd(c)
        x = rnd(c, 15)
        h = dw(x[None])[0].T
        h = pw2(F.gelu(pw1(nrm(h)))) * gamma
        y = x + h.T
        case(out, "convnext", [{"type": "convnext", "name": "b", "dim": c, "hidden": hid}],
             {"b.dwconv.weight": dw.weight, "b.dwconv.bias": dw.bias, "b.norm.weight": nrm.weight,
              "b.norm.bias": nrm.bias, "b.pwconv1.weight": pw1.weight, "b.pwconv1.bias": pw1.bias,
              "b.pwconv2.weight": pw2.weight, "b.pwconv2.bias": pw2.bias, "b.gamma": gamma}, x, y)

        l1, l2, ln = torch.nn.Linear(8, 16), torch.nn.Linear(16, 8), torch.nn.LayerNorm(8)
        x = rnd(5, 8)
        y = ln(x + l2(F.silu(l1(x))))
        case(out, "residual_stack",
             [{"type": "residual", "layers": [{"type": "linear", "name": "l1", "in": 8, "out": 16},
                                               {"type": "activation", "fn": "silu"},
                                               {"type": "linear", "name": "l2", "in": 16, "out": 8}]},
              {"type": "layer_norm", "name": "ln", "dim": 8}],
             {"l1.weight": l1.weight, "l1.bias": l1.bias, "l2.weight": l2.weight, "l2.bias": l2.bias,
              "ln.weight": ln.weight, "ln.bias": ln.bias}, x, y)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "runtime/src/test/resources/fixtures")
