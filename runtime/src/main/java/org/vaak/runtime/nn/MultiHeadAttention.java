package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;
import org.vaak.runtime.kernel.Kernels;

/**
 * Multi-head self-attention on {@code [T, C]}: projections q, k, v, o ({@link Linear}, any weight format),
 * optional rotary position embedding (rotate-half pairing {@code i, i + d/2}, base {@code ropeBase}), optional
 * learned relative position bias {@code relBias[h, clamp(j - i, -R, R) + R]}, causal masking and a key length
 * mask ({@link #forward(Tensor, int)}).
 */
public final class MultiHeadAttention implements Layer {
    private final Linear q;
    private final Linear k;
    private final Linear v;
    private final Linear o;
    private final int heads;
    private final boolean rotary;
    private final float ropeBase;
    private final float[] relBias;
    private final int maxRel;
    private final boolean causal;

    public MultiHeadAttention(Linear q, Linear k, Linear v, Linear o, int heads, boolean rotary, float ropeBase,
                              float[] relBias, int maxRel, boolean causal) {
        if (q.weights().rows() % heads != 0) {
            throw new IllegalArgumentException("attention: " + q.weights().rows() + " features not divisible by " + heads + " heads");
        }
        this.q = q;
        this.k = k;
        this.v = v;
        this.o = o;
        this.heads = heads;
        this.rotary = rotary;
        this.ropeBase = ropeBase;
        this.relBias = relBias;
        this.maxRel = maxRel;
        this.causal = causal;
    }

    @Override
    public Tensor forward(Tensor x) {
        return forward(x, x.dim(0));
    }

    /** Attention where only the first {@code validKeys} positions may be attended to. */
    public Tensor forward(Tensor x, int validKeys) {
        int t = x.dim(0);
        float[] qs = q.forward(x).data();
        float[] ks = k.forward(x).data();
        float[] vs = v.forward(x).data();
        int dim = q.weights().rows();
        int dh = dim / heads;
        if (rotary) {
            rope(qs, t, dim, dh);
            rope(ks, t, dim, dh);
        }
        Kernels kern = Kernels.get();
        float scale = (float) (1 / Math.sqrt(dh));
        float[] ctx = new float[t * dim];
        float[] qh = new float[dh];
        float[] kh = new float[t * dh];
        float[] scores = new float[t];
        for (int h = 0; h < heads; h++) {
            for (int j = 0; j < t; j++) {
                System.arraycopy(ks, j * dim + h * dh, kh, j * dh, dh);
            }
            for (int i = 0; i < t; i++) {
                System.arraycopy(qs, i * dim + h * dh, qh, 0, dh);
                for (int j = 0; j < t; j++) {
                    if ((causal && j > i) || j >= validKeys) {
                        scores[j] = Float.NEGATIVE_INFINITY;
                        continue;
                    }
                    float s = kern.dot(qh, 0, kh, j * dh, dh) * scale;
                    if (relBias != null) {
                        s += relBias[h * (2 * maxRel + 1) + Math.max(-maxRel, Math.min(maxRel, j - i)) + maxRel];
                    }
                    scores[j] = s;
                }
                Softmax.apply(scores, 0, t, false);
                for (int j = 0; j < t; j++) {
                    if (scores[j] != 0) {
                        kern.axpy(scores[j], vs, j * dim + h * dh, ctx, i * dim + h * dh, dh);
                    }
                }
            }
        }
        return o.forward(new Tensor(ctx, t, dim));
    }

    private void rope(float[] a, int t, int dim, int dh) {
        int half = dh / 2;
        for (int p = 0; p < t; p++) {
            for (int i = 0; i < half; i++) {
                double ang = p * Math.pow(ropeBase, -2.0 * i / dh);
                float c = (float) Math.cos(ang);
                float s = (float) Math.sin(ang);
                for (int h = 0; h < dim / dh; h++) {
                    int b = p * dim + h * dh;
                    float x1 = a[b + i];
                    float x2 = a[b + i + half];
                    a[b + i] = x1 * c - x2 * s;
                    a[b + i + half] = x2 * c + x1 * s;
                }
            }
        }
    }
}
