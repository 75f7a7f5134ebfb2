package org.vaak.runtime.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vaak.runtime.Rand;
import org.vaak.runtime.kernel.Kernels;

/** The multi-token W8A8 GEMM against the per-token scalar reference: same int32 sums, same outputs, bit for bit. */
class Int8GemmTest {
    private static final int[] TOKENS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 25, 100};
    private static final int[] INPUTS = {1, 17, 33, 63, 145, 577, 1023, 1024, 1025, 2053};
    private static final int[] OUTPUTS = {1, 5, 33, 47};

    /** The per-token path on the scalar kernels: quantize each token to bytes, then int8Rows. */
    private static float[] reference(Int8Matrix w, byte[] q, float[] scale, float[] x, int m) {
        int k = w.cols();
        int n = w.rows();
        float[] y = new float[m * n];
        byte[] xq = new byte[k];
        for (int t = 0; t < m; t++) {
            float xs = Int8Matrix.quantizeRow(x, t * k, k, xq, 0);
            Kernels.scalar().int8Rows(q, scale, k, xq, 0, xs, y, t * n, 0, n);
        }
        return y;
    }

    @Test
    void outputsEqualPerTokenReferenceBitForBit() {
        SplittableRandom r = new SplittableRandom(7);
        for (int k : INPUTS) {
            for (int n : OUTPUTS) {
                byte[] q = Rand.bytes(r, n * k, -128, 127);
                float[] scale = new float[n];
                for (int i = 0; i < n; i++) {
                    scale[i] = 0.001f + (float) r.nextDouble() * 0.01f;
                }
                Int8Matrix w = new Int8Matrix(q, scale, n, k);
                for (int m : TOKENS) {
                    float[] x = Rand.gaussian(r, m * k, 2);
                    if (m > 1) {
                        Arrays.fill(x, k, 2 * k, 0f); // a token of zeros (scale 1)
                    }
                    float[] expected = reference(w, q, scale, x, m);
                    for (Kernels kernels : new Kernels[] {Kernels.get(), Kernels.scalar()}) {
                        float[] y = new float[m * n];
                        w.matmul(x, m, y, kernels);
                        for (int e = 0; e < y.length; e++) {
                            assertEquals(Float.floatToRawIntBits(expected[e]), Float.floatToRawIntBits(y[e]),
                                    kernels.name() + " m=" + m + " n=" + n + " k=" + k + " at " + e);
                        }
                    }
                }
            }
        }
    }

    @Test
    void int32SumsAreExactIncludingExtremeCodes() {
        // unit weight scales and tokens whose absmax is 127 (token scale exactly 1): outputs are the int32 sums
        SplittableRandom r = new SplittableRandom(11);
        for (int k : INPUTS) {
            for (int n : new int[] {3, 34}) {
                for (int m : new int[] {4, 9, 30}) {
                    byte[] q = Rand.bytes(r, n * k, -128, 127);
                    float[] x = new float[m * k];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = r.nextInt(-127, 128);
                    }
                    for (int t = 0; t < m; t++) {
                        x[t * k] = t % 2 == 0 ? 127 : -127;
                    }
                    // row 0 all -128 against token 0 all -127: the largest sum, 128 * 127 * k
                    Arrays.fill(q, 0, k, (byte) -128);
                    Arrays.fill(x, 0, k, -127f);
                    float[] ones = new float[n];
                    Arrays.fill(ones, 1f);
                    Int8Matrix w = new Int8Matrix(q, ones, n, k);
                    for (Kernels kernels : new Kernels[] {Kernels.get(), Kernels.scalar()}) {
                        float[] y = new float[m * n];
                        w.matmul(x, m, y, kernels);
                        for (int t = 0; t < m; t++) {
                            for (int j = 0; j < n; j++) {
                                long s = 0;
                                for (int c = 0; c < k; c++) {
                                    s += (long) q[j * k + c] * (long) x[t * k + c];
                                }
                                assertEquals((float) s, y[t * n + j], kernels.name() + " m=" + m + " n=" + n + " k=" + k
                                        + " token " + t + " row " + j);
                            }
                        }
                        assertEquals((float) (128L * 127 * k), y[0]);
                    }
                }
            }
        }
    }

    @Test
    void tokenQuantizationAgreesWithMathRoundIncludingTies() {
        SplittableRandom r = new SplittableRandom(3);
        for (int n : new int[] {1, 7, 16, 144, 577, 4099}) {
            for (int rep = 0; rep < 20; rep++) {
                float[] v = Rand.gaussian(r, n, 3);
                // values that land on and next to ties after scaling by 127 / absmax (absmax = 127)
                v[0] = rep % 2 == 0 ? 127f : -127f;
                for (int i = 1; i < n; i++) {
                    if (i % 3 == 0) {
                        v[i] = r.nextInt(-127, 127) + 0.5f;
                    } else if (i % 3 == 1) {
                        v[i] = Math.nextAfter(r.nextInt(-127, 127) + 0.5f, r.nextBoolean() ? 200 : -200);
                    }
                }
                if (rep == 5) {
                    Arrays.fill(v, 0f);
                }
                float amax = 0;
                for (float e : v) {
                    amax = Math.max(amax, Math.abs(e));
                }
                float s = amax == 0 ? 1f : amax / 127f;
                float inv = 1f / s;
                byte[] b = new byte[n];
                assertEquals(s, Int8Matrix.quantizeRow(v, 0, n, b, 0));
                for (Kernels kernels : new Kernels[] {Kernels.get(), Kernels.scalar()}) {
                    float[] f = new float[n + 2];
                    assertEquals(s, kernels.quantizeInt8(v, 0, n, f, 2), kernels.name());
                    for (int i = 0; i < n; i++) {
                        int expected = Math.max(-127, Math.min(127, Math.round(v[i] * inv)));
                        assertEquals(expected, b[i], "bytes at " + i + " of " + v[i]);
                        assertEquals(expected, f[2 + i], kernels.name() + " at " + i + " of " + v[i]);
                    }
                }
            }
        }
    }
}
