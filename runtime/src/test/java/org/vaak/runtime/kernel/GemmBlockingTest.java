package org.vaak.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vaak.runtime.Rand;
import org.vaak.runtime.quant.Fp32Matrix;

/**
 * The register-blocked GEMM (12-row blocks, K blocks of 256 accumulated into C) against the scalar reference:
 * row counts around multiples of 12, K below, at and well above one block, full and partial panels.
 */
class GemmBlockingTest {
    private static final Kernels V = Kernels.get();
    private static final Kernels S = Kernels.scalar();

    @Test
    void blockedProductsMatchTheReference() {
        SplittableRandom r = new SplittableRandom(51);
        int[][] shapes = {{12, 32, 1}, {13, 64, 255}, {24, 96, 256}, {25, 64, 511}, {36, 33, 512}, {37, 100, 513},
            {11, 64, 700}, {60, 70, 1283}, {96, 128, 300}, {101, 17, 600}};
        for (int[] s : shapes) {
            int m = s[0];
            int n = s[1];
            int k = s[2];
            float[] x = Rand.gaussian(r, m * k + 3, 1);
            float[] w = Rand.gaussian(r, n * k, 1);
            float[] want = new float[m * n];
            S.gemmPanels(x, 3, 0, m, PackedPanels.pack(w, n, k, S), 0, (n + S.panelWidth() - 1) / S.panelWidth(), want, 0);
            PackedPanels p = PackedPanels.pack(w, n, k, V);
            float[] y = new float[m * n + 5];
            java.util.Arrays.fill(y, Float.NaN);
            V.gemmPanels(x, 3, 0, m, p, 0, p.panels(), y, 5);
            float[] got = java.util.Arrays.copyOfRange(y, 5, 5 + m * n);
            double tol = 1e-5 * Math.sqrt(k) * 4;
            assertTrue(Rand.maxAbsDiff(got, want) < tol, m + "x" + n + "x" + k + " diff " + Rand.maxAbsDiff(got, want));
            // split into row ranges and panels the way Parallel hands them out
            float[] y2 = new float[m * n];
            for (int p0 = 0; p0 < p.panels(); p0++) {
                for (int m0 = 0; m0 < m; m0 += 7) {
                    V.gemmPanels(x, 3, m0, Math.min(m, m0 + 7), p, p0, p0 + 1, y2, 0);
                }
            }
            assertTrue(Rand.maxAbsDiff(y2, want) < tol, "split " + m + "x" + n + "x" + k);
            float[] y3 = new float[m * n];
            float[] xs = java.util.Arrays.copyOfRange(x, 3, 3 + m * k);
            Fp32Matrix.gemm(xs, m, p, y3, V);
            assertTrue(Rand.maxAbsDiff(y3, want) < tol, "gemm " + m + "x" + n + "x" + k);
        }
    }

    @Test
    void packedRowsTimesOnePanelMatchTheReference() {
        SplittableRandom r = new SplittableRandom(52);
        int[][] shapes = {{1, 5, 3}, {12, 32, 256}, {13, 31, 257}, {25, 32, 600}, {40, 17, 1000}, {24, 32, 7}};
        for (int[] s : shapes) {
            int m = s[0];
            int cols = s[1];
            int k = s[2];
            float[] a = Rand.gaussian(r, m * k + 2, 1);
            PackedRows pa = PackedRows.pack(a, 2, m, k);
            for (Kernels kk : new Kernels[] {S, V}) {
                int nr = kk.panelWidth();
                if (cols > nr) {
                    continue;
                }
                float[] panel = Rand.gaussian(r, k * nr + 4, 1);
                int ldc = cols + 9;
                float[] want = new float[m * ldc + 3];
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < cols; j++) {
                        double acc = 0;
                        for (int q = 0; q < k; q++) {
                            acc += (double) a[2 + i * k + q] * panel[4 + q * nr + j];
                        }
                        want[3 + i * ldc + j] = (float) acc;
                    }
                }
                float[] y = new float[m * ldc + 3];
                java.util.Arrays.fill(y, 7f);
                kk.gemmPackedRows(pa, 0, pa.blocks(), panel, 4, cols, y, 3, ldc);
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < ldc; j++) {
                        float got = y[3 + i * ldc + j];
                        if (j < cols) {
                            org.junit.jupiter.api.Assertions.assertEquals(want[3 + i * ldc + j], got, 1e-5 * Math.sqrt(k) * 4,
                                    kk.name() + " " + m + "x" + cols + "x" + k + " at " + i + "," + j);
                        } else {
                            org.junit.jupiter.api.Assertions.assertEquals(7f, got, kk.name() + " wrote outside the columns");
                        }
                    }
                }
                org.junit.jupiter.api.Assertions.assertEquals(7f, y[0]);
            }
        }
    }
}
