package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;
import org.vaak.runtime.kernel.Kernels;

/**
 * Multi-head self-attention on {@code [T, C]}: projections q, k, v, o ({@link Linear}, any weight format),
 * optional rotary position embedding (rotate-half pairing {@code i, i + d/2}, base {@code ropeBase}), optional
 * learned relative position bias {@code relBias[h, clamp(j - i, -R, R) + R]}, causal masking, a key length
 * mask ({@link #forward(Tensor, int)}) and an optional local window: query {@code i} attends only keys
 * {@code [i - windowLeft, i + windowRight]}, and only those keys are visited (cost {@code T * window}, not
 * {@code T^2}).
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
    private final int windowLeft;
    private final int windowRight;

    public MultiHeadAttention(Linear q, Linear k, Linear v, Linear o, int heads, boolean rotary, float ropeBase,
                              float[] relBias, int maxRel, boolean causal) {
        this(q, k, v, o, heads, rotary, ropeBase, relBias, maxRel, causal, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /**
     * Attention restricted to a local window: query {@code i} attends keys {@code i - windowLeft} to
     * {@code i + windowRight} ({@link Integer#MAX_VALUE} for no limit on that side).
     */
    public MultiHeadAttention(Linear q, Linear k, Linear v, Linear o, int heads, boolean rotary, float ropeBase,
                              float[] relBias, int maxRel, boolean causal, int windowLeft, int windowRight) {
        if (windowLeft < 0 || windowRight < 0) {
            throw new IllegalArgumentException("attention: window sides must be >= 0, got " + windowLeft + " and " + windowRight);
        }
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
        this.windowLeft = windowLeft;
        this.windowRight = windowRight;
    }

    public int windowLeft() {
        return windowLeft;
    }

    public int windowRight() {
        return windowRight;
    }

    @Override
    public Tensor forward(Tensor x) {
        return forward(x, x.dim(0));
    }

    /** Attention where only the first {@code validKeys} positions may be attended to. */
    public Tensor forward(Tensor x, int validKeys) {
        return forward(x, validKeys, 0);
    }

    /**
     * Attention where only the first {@code validKeys} positions may be attended to and row {@code p} of
     * {@code x} has rotary position {@code positionOffset + p} (for processing a long sequence in pieces).
     */
    public Tensor forward(Tensor x, int validKeys, int positionOffset) {
        int t = x.dim(0);
        float[] qs = q.forward(x).data();
        float[] ks = k.forward(x).data();
        float[] vs = v.forward(x).data();
        int dim = q.weights().rows();
        int dh = dim / heads;
        if (rotary) {
            float[][] cs = ropeTables(t, dh, positionOffset);
            rope(qs, t, dim, dh, cs);
            rope(ks, t, dim, dh, cs);
        }
        Kernels kern = Kernels.get();
        float scale = (float) (1 / Math.sqrt(dh));
        float[] ctx = new float[t * dim];
        float[] qh = new float[dh];
        float[] kh = new float[t * dh];
        int span = (int) Math.min(t, (long) windowLeft + windowRight + 1);
        float[] scores = new float[span];
        int keys = Math.min(t, validKeys);
        for (int h = 0; h < heads; h++) {
            for (int j = 0; j < t; j++) {
                System.arraycopy(ks, j * dim + h * dh, kh, j * dh, dh);
            }
            for (int i = 0; i < t; i++) {
                int lo = (int) Math.max(0, (long) i - windowLeft);
                int hi = (int) Math.min(keys - 1L, (long) i + windowRight);
                if (causal) {
                    hi = Math.min(hi, i);
                }
                if (hi < lo) {
                    continue;
                }
                int n = hi - lo + 1;
                System.arraycopy(qs, i * dim + h * dh, qh, 0, dh);
                for (int j = lo; j <= hi; j++) {
                    float s = kern.dot(qh, 0, kh, j * dh, dh) * scale;
                    if (relBias != null) {
                        s += relBias[h * (2 * maxRel + 1) + Math.max(-maxRel, Math.min(maxRel, j - i)) + maxRel];
                    }
                    scores[j - lo] = s;
                }
                Softmax.apply(scores, 0, n, false);
                for (int j = lo; j <= hi; j++) {
                    float a = scores[j - lo];
                    if (a != 0) {
                        kern.axpy(a, vs, j * dim + h * dh, ctx, i * dim + h * dh, dh);
                    }
                }
            }
        }
        return o.forward(new Tensor(ctx, t, dim));
    }

    /** cos and sin of {@code (offset + p) * base^(-2i/dh)} for positions {@code p < t}, pairs {@code i < dh/2}. */
    private float[][] ropeTables(int t, int dh, int offset) {
        int half = dh / 2;
        double[] freq = new double[half];
        for (int i = 0; i < half; i++) {
            freq[i] = Math.pow(ropeBase, -2.0 * i / dh);
        }
        float[] cos = new float[t * half];
        float[] sin = new float[t * half];
        for (int p = 0; p < t; p++) {
            for (int i = 0; i < half; i++) {
                double ang = ((long) offset + p) * freq[i];
                cos[p * half + i] = (float) Math.cos(ang);
                sin[p * half + i] = (float) Math.sin(ang);
            }
        }
        return new float[][] {cos, sin};
    }

    private static void rope(float[] a, int t, int dim, int dh, float[][] cs) {
        int half = dh / 2;
        float[] cos = cs[0];
        float[] sin = cs[1];
        for (int p = 0; p < t; p++) {
            for (int h = 0; h < dim / dh; h++) {
                int b = p * dim + h * dh;
                for (int i = 0; i < half; i++) {
                    float c = cos[p * half + i];
                    float s = sin[p * half + i];
                    float x1 = a[b + i];
                    float x2 = a[b + i + half];
                    a[b + i] = x1 * c - x2 * s;
                    a[b + i + half] = x2 * c + x1 * s;
                }
            }
        }
    }
}
