package org.vaak.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vaak.runtime.Rand;

/** The integer GEMV kernels (W8A8 and W4A8) against the scalar reference on odd shapes, row ranges and tails. */
class IntegerGemvTest {
    private static final Kernels V = Kernels.get();
    private static final Kernels S = Kernels.scalar();

    @Test
    void int8RowsExactOnOddShapesAndExtremeCodes() {
        SplittableRandom r = new SplittableRandom(41);
        int[] ks = {1, 31, 32, 63, 64, 65, 127, 128, 129, 200, 513};
        int[] ns = {1, 3, 4, 5, 9};
        for (int k : ks) {
            for (int n : ns) {
                byte[] w = Rand.bytes(r, n * k, -128, 127);
                byte[] x = Rand.bytes(r, k + 3, -127, 127);
                if (k > 2) {
                    w[0] = -128;
                    w[1] = -128;
                    x[3] = -127;
                    x[4] = -127;
                }
                float[] sc = Rand.gaussian(r, n, 1);
                float[] ys = new float[n + 2];
                float[] yv = new float[n + 2];
                int r0 = n > 2 ? 1 : 0;
                S.int8Rows(w, sc, k, x, 3, 0.011f, ys, 2, r0, n);
                V.int8Rows(w, sc, k, x, 3, 0.011f, yv, 2, r0, n);
                assertArrayEquals(ys, yv, "int8 n=" + n + " k=" + k);
            }
        }
    }

    @Test
    void int8RowsLargestProductsDoNotWrap() {
        int k = 256;
        byte[] w = new byte[2 * k];
        byte[] x = new byte[k];
        java.util.Arrays.fill(w, 0, k, (byte) -128);
        java.util.Arrays.fill(w, k, 2 * k, (byte) 127);
        java.util.Arrays.fill(x, (byte) -127);
        float[] y = new float[2];
        V.int8Rows(w, new float[] {1, 1}, k, x, 0, 1f, y, 0, 0, 2);
        assertEquals(128f * 127 * k, y[0]);
        assertEquals(-127f * 127 * k, y[1]);
    }

    @Test
    void permutedLayoutCoversEachInputOnce() {
        int k = 3 * 128 + 64;
        byte[] xq = new byte[k + 5];
        short[] out = new short[k + 2];
        for (int c = 0; c < k / 128 * 128; c += 128) {
            java.util.Arrays.fill(xq, (byte) 0);
            boolean[] seen = new boolean[128];
            for (int i = 0; i < 128; i++) {
                xq[5 + c + i] = (byte) (i - 64);
            }
            Int4Activations.permute(xq, 5, k, out, 2);
            for (int v = 0; v < 4; v++) {
                for (int i = 0; i < 32; i++) {
                    int in = out[2 + c + 32 * v + i] + 64;
                    assertEquals(Int4Activations.input(v, i), in);
                    seen[in] = true;
                }
            }
            for (boolean s : seen) {
                assertEquals(true, s);
            }
        }
        assertEquals(xq[5 + 3 * 128 + 7], out[2 + 3 * 128 + 7]);
    }

    @Test
    void int4RowsQ8MatchTheScalarReference() {
        SplittableRandom r = new SplittableRandom(42);
        for (int group : new int[] {32, 64, 128}) {
            for (int k : new int[] {group, 2 * group, 3 * group, 5 * group, 4096 / 4 + group, 33 * 128}) {
                if (k % group != 0) {
                    continue;
                }
                for (int n : new int[] {1, 3, 6}) {
                    int groups = k / group;
                    byte[] w = Rand.bytes(r, n * k / 2, -128, 127);
                    float[] sc = Rand.gaussian(r, n * groups, 1);
                    byte[] z = Rand.bytes(r, n * groups, 0, 15);
                    byte[] xq = Rand.bytes(r, k + 3, -127, 127);
                    short[] xp = new short[k + 3];
                    Int4Activations.permute(xq, 3, k, xp, 3);
                    int[] gs = new int[groups + 1];
                    for (int g = 0; g < groups; g++) {
                        for (int i = 0; i < group; i++) {
                            gs[1 + g] += xq[3 + g * group + i];
                        }
                    }
                    for (byte[] zero : new byte[][] {null, z}) {
                        float[] ys = new float[n + 1];
                        float[] yv = new float[n + 1];
                        S.int4RowsQ8(w, sc, zero, group, k, xq, xp, 3, gs, 1, 0.02f, ys, 1, 0, n);
                        V.int4RowsQ8(w, sc, zero, group, k, xq, xp, 3, gs, 1, 0.02f, yv, 1, 0, n);
                        for (int i = 0; i <= n; i++) {
                            // the same integer group dots, summed in another order
                            double tol = 1e-5 * (Math.abs(ys[i]) + 0.02 * 15 * 127 * Math.sqrt(k));
                            assertEquals(ys[i], yv[i], tol, "int4 a8 g" + group + " k=" + k + " n=" + n + " row " + i
                                    + (zero == null ? " sym" : " asym"));
                        }
                    }
                }
            }
        }
    }

    @Test
    void int4RowsQ8ScalarIsTheIntegerFormula() {
        // one row, group 32: codes 0..15 cycling, zero 3, scale 0.5, token scale 2
        int k = 64;
        byte[] w = new byte[k / 2];
        byte[] xq = new byte[k];
        for (int b = 0; b < 2; b++) {
            for (int j = 0; j < 16; j++) {
                w[b * 16 + j] = (byte) ((j & 15) | (((15 - j) & 15) << 4));
                xq[b * 32 + j] = (byte) (j - 5);
                xq[b * 32 + 16 + j] = (byte) (2 * j - 9);
            }
        }
        long want = 0;
        int[] gs = new int[2];
        for (int b = 0; b < 2; b++) {
            long d = 0;
            for (int j = 0; j < 16; j++) {
                d += (long) j * (j - 5) + (long) (15 - j) * (2 * j - 9);
                gs[b] += (j - 5) + (2 * j - 9);
            }
            want += d - 3L * gs[b];
        }
        short[] xp = new short[k];
        Int4Activations.permute(xq, 0, k, xp, 0);
        float[] y = new float[1];
        for (Kernels kk : new Kernels[] {S, V}) {
            kk.int4RowsQ8(w, new float[] {0.5f, 0.5f}, new byte[] {3, 3}, 32, k, xq, xp, 0, gs, 0, 2f, y, 0, 0, 1);
            assertEquals(want, y[0], 1e-3, kk.name());
        }
    }
}
