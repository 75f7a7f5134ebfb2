package org.vaak.training.am;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.nn.Parameter;

/**
 * Multi-head self-attention over a local window with rotary positions: LayerNorm {@code ln}, projections
 * {@code q, k, v}, each head's queries and keys rotated (pairs {@code i, i + dh/2}, angle
 * {@code t * 10000^(-2i/dh)}), scores {@code q.k / sqrt(dh)} plus the context's window and padding mask,
 * softmax over keys, output projection {@code o}.
 */
final class SelfAttentionModule extends AmModule {
    private final int heads;
    private final Parameter lnW;
    private final Parameter lnB;
    private final Parameter[] w = new Parameter[4];
    private final Parameter[] b = new Parameter[4];

    SelfAttentionModule(long seed, String path, int d, int heads) {
        super(seed, path);
        this.heads = heads;
        lnW = constant("ln.weight", 1f, d);
        lnB = constant("ln.bias", 0f, d);
        String[] names = {"q", "k", "v", "o"};
        for (int i = 0; i < 4; i++) {
            w[i] = weight(names[i] + ".weight", d, d, d);
            b[i] = constant(names[i] + ".bias", 0f, d);
        }
    }

    @Override
    NDArray apply(NDArray x, AmContext ctx) {
        long bsz = x.getShape().get(0);
        long t = x.getShape().get(1);
        long d = x.getShape().get(2);
        int dh = (int) (d / heads);
        NDArray h = layerNorm(x, lnW, lnB);
        NDArray q = rotate(split(linear(h, w[0], b[0]), bsz, t, dh), ctx);
        NDArray k = rotate(split(linear(h, w[1], b[1]), bsz, t, dh), ctx);
        NDArray v = split(linear(h, w[2], b[2]), bsz, t, dh);
        NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).mul(1.0 / Math.sqrt(dh)).add(ctx.attnMask);
        NDArray att = scores.softmax(-1).matMul(v); // [B, H, T, dh]
        NDArray merged = att.transpose(0, 2, 1, 3).reshape(bsz, t, d);
        return linear(merged, w[3], b[3]);
    }

    /** {@code [B, T, d]} to {@code [B, H, T, dh]}. */
    private NDArray split(NDArray x, long bsz, long t, int dh) {
        return x.reshape(bsz, t, heads, dh).transpose(0, 2, 1, 3);
    }

    /** Rotary positions: {@code x cos + rotateHalf(x) sin}, rotateHalf(x) = (-x2, x1). */
    private static NDArray rotate(NDArray x, AmContext ctx) {
        long dh = x.getShape().get(3);
        NDArray x1 = x.get("..., :" + dh / 2);
        NDArray x2 = x.get("..., " + dh / 2 + ":");
        NDArray rot = NDArrays.concat(new ai.djl.ndarray.NDList(x2.neg(), x1), -1);
        return x.mul(ctx.cos).add(rot.mul(ctx.sin));
    }
}
