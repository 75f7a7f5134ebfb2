#!/usr/bin/env python3
"""Writes the parameters of an acoustic-model training checkpoint (vaak.kind am-checkpoint: param.* next to
the optimizer's adam_m.* / adam_v.*) as an acoustic-model file, for speed measurements of a model whose
posteriors look like a trained one's. The feature metadata is copied from FEATURES_FROM (any acoustic-model
file with vaak's default features, e.g. one written by bench/asr/RandomAm.java). A checkpoint without
norm.mean / norm.istd gets them from the trainer's feature cache FEATURE_CACHE (features [N, 80] F16).
    checkpoint-to-am.py CHECKPOINT FEATURES_FROM OUT.safetensors [FEATURE_CACHE]"""
import json, struct, sys


def read(path):
    f = open(path, 'rb')
    n = struct.unpack('<Q', f.read(8))[0]
    return f, json.loads(f.read(n)), 8 + n


ck, head, base = read(sys.argv[1])
_, ref, _ = read(sys.argv[2])
meta = head['__metadata__']
if meta.get('vaak.kind') != 'am-checkpoint':
    sys.exit(sys.argv[1] + ': not an acoustic-model checkpoint')
out_meta = {'vaak.kind': 'acoustic-model', 'vaak.version': '1', 'vaak.am': meta['vaak.am'],
            'vaak.features': ref['__metadata__']['vaak.features'],
            'vaak.training': json.dumps({'note': 'parameters of checkpoint ' + sys.argv[1], 'state': meta.get('state')})}
tensors, blobs, off = {}, [], 0
for name, t in sorted(head.items()):
    if not name.startswith('param.'):
        continue
    s, e = t['data_offsets']
    ck.seek(base + s)
    b = ck.read(e - s)
    tensors[name[len('param.'):]] = {'dtype': t['dtype'], 'shape': t['shape'], 'data_offsets': [off, off + len(b)]}
    blobs.append(b)
    off += len(b)
if 'norm.mean' not in tensors and len(sys.argv) > 4:
    import numpy as np
    fc, fh, fbase = read(sys.argv[4])
    s, e = fh['features']['data_offsets']
    fc.seek(fbase + s)
    x = np.frombuffer(fc.read(e - s), dtype=np.float16).reshape(fh['features']['shape']).astype(np.float64)
    for name, v in (('norm.mean', x.mean(0)), ('norm.istd', 1 / np.maximum(x.std(0), 1e-5))):
        b = v.astype(np.float32).tobytes()
        tensors[name] = {'dtype': 'F32', 'shape': [x.shape[1]], 'data_offsets': [off, off + len(b)]}
        blobs.append(b)
        off += len(b)
tensors['__metadata__'] = out_meta
h = json.dumps(tensors).encode()
h += b' ' * ((8 - len(h) % 8) % 8)
with open(sys.argv[3], 'wb') as o:
    o.write(struct.pack('<Q', len(h)))
    o.write(h)
    for b in blobs:
        o.write(b)
