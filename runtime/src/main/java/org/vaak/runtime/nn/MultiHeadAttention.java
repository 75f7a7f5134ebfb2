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
        float[] ctx = new float[t * dim];
        attend(qs, ks, vs, ctx, t, dim, dh, Math.min(t, validKeys));
        return o.forward(new Tensor(ctx, t, dim));
    }

    /** Queries handled together: their windows overlap, so their scores are one small product over a shared key span. */
    private static final int QUERY_BLOCK = 16;

    /**
     * Scaled dot-product attention of every head, in blocks of {@link #QUERY_BLOCK} queries. A block's keys are
     * the union of its queries' windows, padded to a whole number of vectors; with keys and values transposed
     * per head ({@code [dh][T]}), scores are {@code dh} axpys along the keys and each context value one dot
     * product, both over that span. Scores outside a query's own window (or past {@code keys}, or in the
     * future when causal) get zero weight.
     */
    private void attend(float[] qs, float[] ks, float[] vs, float[] ctx, int t, int dim, int dh, int keys) {
        Kernels kern = Kernels.get();
        float scale = (float) (1 / Math.sqrt(dh));
        int lanes = Math.max(1, kern.panelWidth() / 2);
        int maxSpan = (int) Math.min(keys, (long) QUERY_BLOCK + windowLeft + windowRight);
        int spanCap = (maxSpan + lanes - 1) / lanes * lanes;
        int stride = t + spanCap;
        float[] kt = new float[dh * stride];
        float[] vt = new float[dh * stride];
        float[] scores = new float[QUERY_BLOCK * Math.max(spanCap, 1)];
        for (int h = 0; h < heads; h++) {
            for (int j = 0; j < keys; j++) {
                for (int c = 0; c < dh; c++) {
                    kt[c * stride + j] = ks[j * dim + h * dh + c];
                    vt[c * stride + j] = vs[j * dim + h * dh + c];
                }
            }
            for (int i0 = 0; i0 < t; i0 += QUERY_BLOCK) {
                int i1 = Math.min(t, i0 + QUERY_BLOCK);
                int lo0 = (int) Math.max(0, (long) i0 - windowLeft);
                long hiEnd = Math.min(keys - 1L, (long) i1 - 1 + windowRight);
                if (causal) {
                    hiEnd = Math.min(hiEnd, i1 - 1);
                }
                if (hiEnd < lo0) {
                    continue;
                }
                int span = (int) ((hiEnd - lo0 + 1 + lanes - 1) / lanes * lanes);
                java.util.Arrays.fill(scores, 0, (i1 - i0) * span, 0f);
                for (int c = 0; c < dh; c++) {
                    for (int i = i0; i < i1; i++) {
                        kern.axpy(qs[i * dim + h * dh + c] * scale, kt, c * stride + lo0, scores, (i - i0) * span, span);
                    }
                }
                for (int i = i0; i < i1; i++) {
                    int row = (i - i0) * span;
                    int lo = (int) Math.max(0, (long) i - windowLeft);
                    int hi = (int) Math.min(keys - 1L, (long) i + windowRight);
                    if (causal) {
                        hi = Math.min(hi, i);
                    }
                    if (hi < lo) {
                        continue;
                    }
                    if (relBias != null) {
                        for (int j = lo; j <= hi; j++) {
                            scores[row + j - lo0] += relBias[h * (2 * maxRel + 1) + Math.max(-maxRel, Math.min(maxRel, j - i)) + maxRel];
                        }
                    }
                    java.util.Arrays.fill(scores, row, row + lo - lo0, 0f);
                    java.util.Arrays.fill(scores, row + hi - lo0 + 1, row + span, 0f);
                    Softmax.apply(scores, row + lo - lo0, hi - lo + 1, false);
                    for (int c = 0; c < dh; c++) {
                        ctx[i * dim + h * dh + c] = kern.dot(scores, row, vt, c * stride + lo0, span);
                    }
                }
            }
        }
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
