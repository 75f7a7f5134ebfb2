package org.vaak.runtime.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vaak.runtime.Rand;
import org.vaak.runtime.Tensor;
import org.vaak.runtime.quant.Fp32Matrix;

/** Local-window attention against a dense reference, window edges, and rotary position offsets. */
class LocalAttentionTest {
    private static final int D = 16;
    private static final int H = 4;

    private static Linear[] projections(SplittableRandom r) {
        Linear[] p = new Linear[4];
        for (int i = 0; i < 4; i++) {
            p[i] = new Linear(new Fp32Matrix(Rand.gaussian(r, D * D, 0.3), D, D), Rand.gaussian(r, D, 0.1));
        }
        return p;
    }

    /** Dense attention in double precision with an explicit window mask. */
    private static float[] reference(Linear[] p, float[] x, int t, int left, int right, int offset) {
        return reference(p, x, t, left, right, offset, null, 0, false, t);
    }

    private static float[] reference(Linear[] p, float[] x, int t, int left, int right, int offset, float[] relBias, int maxRel,
                                     boolean causal, int validKeys) {
        float[] q = p[0].forward(new Tensor(x, t, D)).data();
        float[] k = p[1].forward(new Tensor(x, t, D)).data();
        float[] v = p[2].forward(new Tensor(x, t, D)).data();
        int dh = D / H;
        for (float[] a : new float[][] {q, k}) {
            for (int pos = 0; pos < t; pos++) {
                for (int h = 0; h < H; h++) {
                    for (int i = 0; i < dh / 2; i++) {
                        double ang = (pos + offset) * Math.pow(10000, -2.0 * i / dh);
                        int b = pos * D + h * dh;
                        double x1 = a[b + i];
                        double x2 = a[b + i + dh / 2];
                        a[b + i] = (float) (x1 * Math.cos(ang) - x2 * Math.sin(ang));
                        a[b + i + dh / 2] = (float) (x2 * Math.cos(ang) + x1 * Math.sin(ang));
                    }
                }
            }
        }
        float[] ctx = new float[t * D];
        for (int h = 0; h < H; h++) {
            for (int i = 0; i < t; i++) {
                double[] s = new double[t];
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < t; j++) {
                    if (j < (long) i - left || j > (long) i + right || (causal && j > i) || j >= validKeys) {
                        s[j] = Double.NEGATIVE_INFINITY;
                        continue;
                    }
                    double dot = 0;
                    for (int c = 0; c < dh; c++) {
                        dot += (double) q[i * D + h * dh + c] * k[j * D + h * dh + c];
                    }
                    s[j] = dot / Math.sqrt(dh) + (relBias == null ? 0 : relBias[h * (2 * maxRel + 1) + Math.max(-maxRel, Math.min(maxRel, j - i)) + maxRel]);
                    max = Math.max(max, s[j]);
                }
                if (max == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                double sum = 0;
                for (int j = 0; j < t; j++) {
                    s[j] = Math.exp(s[j] - max);
                    sum += s[j];
                }
                for (int j = 0; j < t; j++) {
                    for (int c = 0; c < dh; c++) {
                        ctx[i * D + h * dh + c] += (float) (s[j] / sum * v[j * D + h * dh + c]);
                    }
                }
            }
        }
        return p[3].forward(new Tensor(ctx, t, D)).data();
    }

    @Test
    void windowMatchesMaskedDenseAttention() {
        SplittableRandom r = new SplittableRandom(7);
        Linear[] p = projections(r);
        int t = 23;
        float[] x = Rand.gaussian(r, t * D, 1);
        for (int[] w : new int[][] {{3, 1}, {0, 0}, {5, 0}, {0, 4}, {30, 30}}) {
            MultiHeadAttention att = new MultiHeadAttention(p[0], p[1], p[2], p[3], H, true, 10000, null, 0, false, w[0], w[1]);
            float[] got = att.forward(new Tensor(x, t, D)).data();
            assertArrayEquals(reference(p, x, t, w[0], w[1], 0), got, 2e-5f, "window " + w[0] + "," + w[1]);
        }
    }

    @Test
    void windowWithRelativeBiasCausalMaskAndKeyLength() {
        SplittableRandom r = new SplittableRandom(17);
        Linear[] p = projections(r);
        int t = 40;
        float[] x = Rand.gaussian(r, t * D, 1);
        float[] rel = Rand.gaussian(r, H * 7, 1);
        for (boolean causal : new boolean[] {false, true}) {
            for (int valid : new int[] {40, 25, 3}) {
                for (int[] w : new int[][] {{5, 2}, {0, 6}, {Integer.MAX_VALUE, Integer.MAX_VALUE}}) {
                    MultiHeadAttention att = new MultiHeadAttention(p[0], p[1], p[2], p[3], H, true, 10000, rel, 3, causal, w[0], w[1]);
                    float[] got = att.forward(new Tensor(x, t, D), valid).data();
                    float[] want = reference(p, x, t, w[0], w[1], 0, rel, 3, causal, valid);
                    assertArrayEquals(want, got, 2e-5f, "causal " + causal + " valid " + valid + " window " + w[0] + "," + w[1]);
                }
            }
        }
    }

    @Test
    void unlimitedWindowIsTheDenseLayer() {
        SplittableRandom r = new SplittableRandom(8);
        Linear[] p = projections(r);
        float[] x = Rand.gaussian(r, 9 * D, 1);
        MultiHeadAttention dense = new MultiHeadAttention(p[0], p[1], p[2], p[3], H, true, 10000, null, 0, false);
        MultiHeadAttention wide = new MultiHeadAttention(p[0], p[1], p[2], p[3], H, true, 10000, null, 0, false, 100, 100);
        // equal up to float summation order (reduceLanes(ADD) sums in an unspecified order that differs between
        // interpreted and compiled code)
        assertArrayEquals(dense.forward(new Tensor(x, 9, D)).data(), wide.forward(new Tensor(x, 9, D)).data(), 1e-6f);
    }

    @Test
    void keysJustOutsideTheWindowDoNotMatterAndJustInsideDo() {
        SplittableRandom r = new SplittableRandom(9);
        Linear[] p = projections(r);
        int t = 20;
        int left = 4;
        int right = 2;
        MultiHeadAttention att = new MultiHeadAttention(p[0], p[1], p[2], p[3], H, true, 10000, null, 0, false, left, right);
        float[] x = Rand.gaussian(r, t * D, 1);
        float[] base = att.forward(new Tensor(x, t, D)).data();
        int query = 10;
        for (int key : new int[] {query - left - 1, query - left, query + right, query + right + 1}) {
            float[] changed = x.clone();
            for (int c = 0; c < D; c++) {
                changed[key * D + c] += 2;
            }
            float[] y = att.forward(new Tensor(changed, t, D)).data();
            double diff = 0;
            for (int c = 0; c < D; c++) {
                diff = Math.max(diff, Math.abs(y[query * D + c] - base[query * D + c]));
            }
            boolean inside = key >= query - left && key <= query + right;
            assertEquals(inside, diff > 1e-4, "key " + key + " changed query " + query + " by " + diff);
        }
    }

    @Test
    void positionOffsetShiftsRotaryPositions() {
        SplittableRandom r = new SplittableRandom(10);
        Linear[] p = projections(r);
        int t = 12;
        float[] x = Rand.gaussian(r, t * D, 1);
        MultiHeadAttention att = new MultiHeadAttention(p[0], p[1], p[2], p[3], H, true, 10000, null, 0, false, 3, 3);
        float[] shifted = att.forward(new Tensor(x, t, D), t, 1000).data();
        assertArrayEquals(reference(p, x, t, 3, 3, 1000), shifted, 2e-5f);
        // rotary scores depend on relative positions only: the offset changes the output by rounding alone
        float[] plain = att.forward(new Tensor(x, t, D)).data();
        assertTrue(Rand.maxAbsDiff(plain, shifted) < 1e-4);
    }
}
