package org.vaak.runtime.quant;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vaak.runtime.Rand;
import org.vaak.runtime.kernel.Kernels;

/** The multi-token W4A8 product (int4 {@code :a8}) against the per-token GEMV, token by token. */
class Int4GemmTest {

    @Test
    void multiTokenEqualsPerTokenUpToRounding() {
        SplittableRandom r = new SplittableRandom(5);
        int[][] shapes = {{1, 128}, {5, 64}, {33, 160}, {47, 384}, {70, 1152}};
        for (int[] sh : shapes) {
            int n = sh[0];
            int k = sh[1];
            for (int group : new int[] {32, 64, 128}) {
                if (k % group != 0) {
                    continue;
                }
                for (int variant = 0; variant < 3; variant++) {
                    float[] w = Rand.gaussian(r, n * k, 1);
                    float[] inputScale = null;
                    if (variant == 2) {
                        inputScale = new float[k];
                        for (int i = 0; i < k; i++) {
                            inputScale[i] = 0.5f + (float) r.nextDouble();
                        }
                    }
                    Int4Matrix q = Int4Matrix.quantize(w, n, k, group, variant == 1, inputScale).withInt8Activations(true);
                    for (int m : new int[] {4, 5, 9, 13, 30}) {
                        float[] x = Rand.gaussian(r, m * k, 2);
                        for (Kernels kernels : new Kernels[] {Kernels.get(), Kernels.scalar()}) {
                            float[] y = new float[m * n];
                            q.matmul(x, m, y, kernels);
                            for (int t = 0; t < m; t++) {
                                float[] xt = java.util.Arrays.copyOfRange(x, t * k, (t + 1) * k);
                                float[] yt = new float[n];
                                q.matmul(xt, 1, yt, Kernels.scalar());
                                float[] got = java.util.Arrays.copyOfRange(y, t * n, (t + 1) * n);
                                double bound = 1e-5 * Math.max(1, Rand.maxAbs(yt)) * Math.sqrt(k);
                                double d = Rand.maxAbsDiff(yt, got);
                                assertTrue(d <= bound, kernels.name() + " " + q.format() + " n=" + n + " k=" + k + " m=" + m
                                        + " token " + t + ": diff " + d + " > " + bound);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void fp32ActivationsKeepTheirPath() {
        SplittableRandom r = new SplittableRandom(9);
        int n = 9;
        int k = 64;
        Int4Matrix q = Int4Matrix.quantize(Rand.gaussian(r, n * k, 1), n, k, 32, false);
        float[] x = Rand.gaussian(r, 6 * k, 1);
        float[] y = new float[6 * n];
        q.matmul(x, 6, y, Kernels.scalar());
        float[] ref = Rand.matmulRef(x, 6, q.dequantize(), n, k);
        assertTrue(Rand.maxAbsDiff(ref, y) <= 1e-4 * Math.max(1, Rand.maxAbs(ref)));
    }
}
