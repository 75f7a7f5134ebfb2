package org.vaak.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vaak.runtime.Rand;
import org.vaak.runtime.quant.TernaryLutKernel;

/** Every Vector API kernel against the scalar reference on random shapes, odd sizes and tails. */
class VectorVsScalarTest {
    private static final Kernels V = Kernels.get();
    private static final Kernels S = Kernels.scalar();
    private static final int[] SIZES = {1, 3, 7, 15, 16, 17, 31, 33, 63, 64, 65, 100, 129, 257, 1000};

    @Test
    void vectorKernelsAreSelectedWhenTheModuleIsPresent() {
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        assertEquals(present, V.name().startsWith("Vector API"), V.name());
    }

    @Test
    void dotAndAxpy() {
        SplittableRandom r = new SplittableRandom(1);
        for (int n : SIZES) {
            float[] a = Rand.gaussian(r, n + 5, 1);
            float[] b = Rand.gaussian(r, n + 3, 1);
            float ref = S.dot(a, 5, b, 3, n);
            assertEquals(ref, V.dot(a, 5, b, 3, n), 1e-5 * Math.sqrt(n) * 4, "dot n=" + n);
            float[] y1 = Rand.gaussian(r, n + 2, 1);
            float[] y2 = y1.clone();
            S.axpy(0.7f, a, 1, y1, 2, n);
            V.axpy(0.7f, a, 1, y2, 2, n);
            assertArrayEquals(y1, y2, 1e-6f, "axpy n=" + n);
        }
    }

    @Test
    void gemmPanelsOnOddShapes() {
        SplittableRandom r = new SplittableRandom(2);
        int[][] shapes = {{1, 1, 1}, {5, 7, 3}, {6, 32, 16}, {13, 33, 17}, {7, 65, 100}, {48, 31, 64}, {1, 300, 9}};
        for (int[] s : shapes) {
            int m = s[0];
            int n = s[1];
            int k = s[2];
            float[] x = Rand.gaussian(r, m * k, 1);
            float[] w = Rand.gaussian(r, n * k, 1);
            float[] want = Rand.matmulRef(x, m, w, n, k);
            for (Kernels kk : new Kernels[] {S, V}) {
                PackedPanels p = PackedPanels.pack(w, n, k, kk);
                float[] y = new float[m * n];
                kk.gemmPanels(x, 0, 0, m, p, 0, p.panels(), y, 0);
                assertTrue(Rand.maxAbsDiff(y, want) < 1e-4 * Math.sqrt(k) * 4, kk.name() + " " + m + "x" + n + "x" + k);
            }
        }
    }

    @Test
    void fp32AndHalfRows() {
        SplittableRandom r = new SplittableRandom(3);
        for (int k : SIZES) {
            int n = 5;
            float[] w = Rand.gaussian(r, n * k, 1);
            float[] x = Rand.gaussian(r, k + 1, 1);
            float[] ys = new float[n + 1];
            float[] yv = new float[n + 1];
            S.f32Rows(w, k, x, 1, ys, 1, 0, n);
            V.f32Rows(w, k, x, 1, yv, 1, 0, n);
            assertArrayEquals(ys, yv, (float) (1e-5 * Math.sqrt(k) * 4), "f32 k=" + k);
            short[] h = new short[n * k];
            for (boolean bf : new boolean[] {true, false}) {
                for (int i = 0; i < h.length; i++) {
                    h[i] = bf ? (short) (Float.floatToIntBits(w[i]) >>> 16) : Float.floatToFloat16(w[i]);
                }
                h[0] = bf ? (short) 0x8001 : (short) 0x8001; // a negative subnormal
                S.halfRows(h, bf, k, x, 1, ys, 1, 0, n);
                V.halfRows(h, bf, k, x, 1, yv, 1, 0, n);
                assertArrayEquals(ys, yv, (float) (1e-5 * Math.sqrt(k) * 4), (bf ? "bf16" : "f16") + " k=" + k);
            }
        }
    }

    @Test
    void int8RowsAreExact() {
        SplittableRandom r = new SplittableRandom(4);
        for (int k : SIZES) {
            int n = 4;
            byte[] w = Rand.bytes(r, n * k, -127, 127);
            byte[] x = Rand.bytes(r, k + 2, -127, 127);
            float[] sc = Rand.gaussian(r, n, 1);
            float[] ys = new float[n];
            float[] yv = new float[n];
            S.int8Rows(w, sc, k, x, 2, 0.03f, ys, 0, 0, n);
            V.int8Rows(w, sc, k, x, 2, 0.03f, yv, 0, 0, n);
            assertArrayEquals(ys, yv, "int8 k=" + k);
        }
    }

    @Test
    void int4RowsSymmetricAndAsymmetric() {
        SplittableRandom r = new SplittableRandom(5);
        for (int group : new int[] {32, 64, 128}) {
            for (int k : new int[] {group, 3 * group, 8 * group}) {
                int n = 5;
                int groups = k / group;
                byte[] w = Rand.bytes(r, n * k / 2, -128, 127);
                float[] sc = Rand.gaussian(r, n * groups, 1);
                byte[] z = Rand.bytes(r, n * groups, 0, 15);
                float[] x = Rand.gaussian(r, k + 3, 1);
                float[] gs = Rand.gaussian(r, groups, 3);
                for (byte[] zero : new byte[][] {null, z}) {
                    float[] ys = new float[n];
                    float[] yv = new float[n];
                    S.int4Rows(w, sc, zero, group, k, x, 3, gs, 0, ys, 0, 0, n);
                    V.int4Rows(w, sc, zero, group, k, x, 3, gs, 0, yv, 0, 0, n);
                    assertArrayEquals(ys, yv, (float) (2e-4 * Math.sqrt(k) * 4), "int4 g" + group + " k=" + k);
                }
            }
        }
    }

    @Test
    void mxAndFp8Rows() {
        SplittableRandom r = new SplittableRandom(6);
        for (int k : new int[] {32, 64, 96, 320}) {
            int n = 3;
            float[] x = Rand.gaussian(r, k, 1);
            byte[] exp = Rand.bytes(r, n * k / 32, 120, 130);
            float[] ys = new float[n];
            float[] yv = new float[n];
            byte[] q8 = Rand.bytes(r, n * k, -127, 127);
            S.mxInt8Rows(q8, exp, k, x, 0, ys, 0, 0, n);
            V.mxInt8Rows(q8, exp, k, x, 0, yv, 0, 0, n);
            assertArrayEquals(ys, yv, (float) (1e-4 * Rand.maxAbs(ys) + 1e-4), "mxint8 k=" + k);
            byte[] q4 = Rand.bytes(r, n * k / 2, -128, 127);
            S.mxFp4Rows(q4, exp, k, x, 0, ys, 0, 0, n);
            V.mxFp4Rows(q4, exp, k, x, 0, yv, 0, 0, n);
            assertArrayEquals(ys, yv, (float) (1e-4 * Rand.maxAbs(ys) + 1e-4), "mxfp4 k=" + k);
        }
        for (int k : SIZES) {
            int n = 3;
            float[] x = Rand.gaussian(r, k, 1);
            byte[] q = Rand.bytes(r, n * k, -128, 127);
            for (int i = 0; i < q.length; i++) {
                if ((q[i] & 0x7f) == 0x7f) {
                    q[i] = 0x10; // no NaN codes in weights
                }
            }
            float[] sc = {0.5f, 1f, 2f};
            float[] ys = new float[n];
            float[] yv = new float[n];
            S.fp8Rows(q, sc, k, x, 0, ys, 0, 0, n);
            V.fp8Rows(q, sc, k, x, 0, yv, 0, 0, n);
            assertArrayEquals(ys, yv, (float) (1e-5 * Rand.maxAbs(ys) * Math.sqrt(k) + 1e-4), "fp8 k=" + k);
        }
    }

    @Test
    void ternaryLookupsAreExact() {
        SplittableRandom r = new SplittableRandom(7);
        for (int rows : new int[] {1, 16, 17, 40}) {
            for (int k : new int[] {8, 24, 512, 1032}) {
                int blocks = (rows + 15) / 16;
                byte[] planes = new byte[blocks * (k / 8) * 32];
                for (int i = 0; i < planes.length; i += 32) {
                    for (int j = 0; j < 16; j++) {
                        int plus = r.nextInt(256);
                        int minus = r.nextInt(256) & ~plus;
                        planes[i + j] = (byte) plus;
                        planes[i + 16 + j] = (byte) minus;
                    }
                }
                float[] x = Rand.gaussian(r, k, 1);
                byte[] tables = new byte[4 * k];
                float ts = TernaryLutKernel.buildTables(x, 0, k, tables, 0, new float[4 * k]);
                float[] sc = Rand.gaussian(r, rows, 1);
                float[] ys = new float[rows];
                float[] yv = new float[rows];
                S.ternaryBlocks(planes, sc, rows, k, tables, ts, ys, 0, 0, blocks);
                V.ternaryBlocks(planes, sc, rows, k, tables, ts, yv, 0, 0, blocks);
                assertArrayEquals(ys, yv, "ternary rows=" + rows + " k=" + k);
            }
        }
    }
}
