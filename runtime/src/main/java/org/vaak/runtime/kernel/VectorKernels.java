package org.vaak.runtime.kernel;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API kernels. Loaded only by {@link KernelSelector} when {@code jdk.incubator.vector} is present.
 * Every vector loop ends in a scalar tail; the results agree with {@link ScalarKernels} up to the order of
 * floating-point additions (exactly, for the integer kernels).
 */
final class VectorKernels implements Kernels {
    static final VectorKernels INSTANCE = new VectorKernels();

    private static final VectorSpecies<Float> FS = FloatVector.SPECIES_PREFERRED;
    private static final int L = FS.length();
    private static final VectorSpecies<Integer> IS = VectorSpecies.of(int.class, FS.vectorShape());
    private static final VectorSpecies<Byte> BS = L >= 8 ? VectorSpecies.of(byte.class, VectorShape.forBitSize(L * 8)) : null;
    private static final VectorSpecies<Short> SS = L >= 8 ? VectorSpecies.of(short.class, VectorShape.forBitSize(L * 16)) : null;
    /** Bytes and shorts with 2L lanes (half and full width), bytes with 4L lanes (full width). */
    private static final VectorSpecies<Byte> BH = L >= 4 ? VectorSpecies.of(byte.class, VectorShape.forBitSize(L * 16)) : null;
    private static final VectorSpecies<Short> SW = VectorSpecies.of(short.class, FS.vectorShape());
    private static final VectorSpecies<Byte> BW = VectorSpecies.of(byte.class, FS.vectorShape());
    /** 16 byte lanes, for the 16-entry byte look-up tables (one shuffle each). */
    private static final VectorSpecies<Byte> B16 = ByteVector.SPECIES_128;
    private static final VectorSpecies<Short> S16 = ShortVector.SPECIES_256;
    private static final VectorSpecies<Integer> I16 = IntVector.SPECIES_512;

    private VectorKernels() {
    }

    @Override
    public String name() {
        return "Vector API (" + FS.vectorBitSize() + "-bit, " + L + " float lanes)";
    }

    @Override
    public int panelWidth() {
        return 2 * L;
    }

    @Override
    public float dot(float[] a, int ao, float[] b, int bo, int n) {
        FloatVector s0 = FloatVector.zero(FS);
        FloatVector s1 = FloatVector.zero(FS);
        FloatVector s2 = FloatVector.zero(FS);
        FloatVector s3 = FloatVector.zero(FS);
        int i = 0;
        for (int end = n - 4 * L; i <= end; i += 4 * L) {
            s0 = FloatVector.fromArray(FS, a, ao + i).fma(FloatVector.fromArray(FS, b, bo + i), s0);
            s1 = FloatVector.fromArray(FS, a, ao + i + L).fma(FloatVector.fromArray(FS, b, bo + i + L), s1);
            s2 = FloatVector.fromArray(FS, a, ao + i + 2 * L).fma(FloatVector.fromArray(FS, b, bo + i + 2 * L), s2);
            s3 = FloatVector.fromArray(FS, a, ao + i + 3 * L).fma(FloatVector.fromArray(FS, b, bo + i + 3 * L), s3);
        }
        for (int end = n - L; i <= end; i += L) {
            s0 = FloatVector.fromArray(FS, a, ao + i).fma(FloatVector.fromArray(FS, b, bo + i), s0);
        }
        float s = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            s += a[ao + i] * b[bo + i];
        }
        return s;
    }

    @Override
    public void axpy(float alpha, float[] x, int xo, float[] y, int yo, int n) {
        FloatVector av = FloatVector.broadcast(FS, alpha);
        int i = 0;
        for (int end = n - L; i <= end; i += L) {
            FloatVector.fromArray(FS, x, xo + i).fma(av, FloatVector.fromArray(FS, y, yo + i)).intoArray(y, yo + i);
        }
        for (; i < n; i++) {
            y[yo + i] += alpha * x[xo + i];
        }
    }

    @Override
    public void gemmPanels(float[] a, int ao, int m0, int m1, PackedPanels b, int p0, int p1, float[] c, int co) {
        final int k = b.k();
        final int n = b.n();
        final int nr = b.nr();
        if (nr != 2 * L) {
            ScalarKernels.INSTANCE.gemmPanels(a, ao, m0, m1, b, p0, p1, c, co);
            return;
        }
        for (int p = p0; p < p1; p++) {
            gemmPanel(a, ao, m0, m1, k, b.data(), p * k * nr, Math.min(nr, n - p * nr), c, co + p * nr, n);
        }
    }

    @Override
    public void gemmPanel(float[] a, int ao, int m0, int m1, int k, float[] bd, int bo, int cols, float[] c, int co, int ldc) {
        final int nr = 2 * L;
        final boolean full = cols == nr;
        final VectorMask<Float> m0v = FS.indexInRange(0, cols);
        final VectorMask<Float> m1v = FS.indexInRange(L, cols);
        int i = m0;
        if (full) {
            // whole 12-row blocks, K in blocks of KC so that the panel slice stays in L1 across the row blocks
            int mEnd = m0 + (m1 - m0) / 12 * 12;
            for (int k0 = 0; k0 < k; k0 += KC) {
                int k1 = k - k0 < 2 * KC ? k : k0 + KC;
                for (int ii = m0; ii < mEnd; ii += 12) {
                    micro12(a, ao + ii * k, k, k0, k1, bd, bo, c, co + ii * ldc, ldc, k0 > 0);
                }
                k0 = k1 - KC;
            }
            i = mEnd;
        }
        for (; i + 6 <= m1; i += 6) {
            FloatVector c00 = FloatVector.zero(FS), c01 = FloatVector.zero(FS);
            FloatVector c10 = FloatVector.zero(FS), c11 = FloatVector.zero(FS);
            FloatVector c20 = FloatVector.zero(FS), c21 = FloatVector.zero(FS);
            FloatVector c30 = FloatVector.zero(FS), c31 = FloatVector.zero(FS);
            FloatVector c40 = FloatVector.zero(FS), c41 = FloatVector.zero(FS);
            FloatVector c50 = FloatVector.zero(FS), c51 = FloatVector.zero(FS);
            final int a0 = ao + i * k;
            for (int kk = 0, bi = bo; kk < k; kk++, bi += nr) {
                FloatVector b0 = FloatVector.fromArray(FS, bd, bi);
                FloatVector b1 = FloatVector.fromArray(FS, bd, bi + L);
                FloatVector v = FloatVector.broadcast(FS, a[a0 + kk]);
                c00 = b0.fma(v, c00);
                c01 = b1.fma(v, c01);
                v = FloatVector.broadcast(FS, a[a0 + k + kk]);
                c10 = b0.fma(v, c10);
                c11 = b1.fma(v, c11);
                v = FloatVector.broadcast(FS, a[a0 + 2 * k + kk]);
                c20 = b0.fma(v, c20);
                c21 = b1.fma(v, c21);
                v = FloatVector.broadcast(FS, a[a0 + 3 * k + kk]);
                c30 = b0.fma(v, c30);
                c31 = b1.fma(v, c31);
                v = FloatVector.broadcast(FS, a[a0 + 4 * k + kk]);
                c40 = b0.fma(v, c40);
                c41 = b1.fma(v, c41);
                v = FloatVector.broadcast(FS, a[a0 + 5 * k + kk]);
                c50 = b0.fma(v, c50);
                c51 = b1.fma(v, c51);
            }
            if (full) {
                int o = co + i * ldc;
                c00.intoArray(c, o);
                c01.intoArray(c, o + L);
                c10.intoArray(c, o + ldc);
                c11.intoArray(c, o + ldc + L);
                c20.intoArray(c, o + 2 * ldc);
                c21.intoArray(c, o + 2 * ldc + L);
                c30.intoArray(c, o + 3 * ldc);
                c31.intoArray(c, o + 3 * ldc + L);
                c40.intoArray(c, o + 4 * ldc);
                c41.intoArray(c, o + 4 * ldc + L);
                c50.intoArray(c, o + 5 * ldc);
                c51.intoArray(c, o + 5 * ldc + L);
            } else {
                c00.intoArray(c, co + i * ldc, m0v);
                c01.intoArray(c, co + i * ldc + L, m1v);
                c10.intoArray(c, co + (i + 1) * ldc, m0v);
                c11.intoArray(c, co + (i + 1) * ldc + L, m1v);
                c20.intoArray(c, co + (i + 2) * ldc, m0v);
                c21.intoArray(c, co + (i + 2) * ldc + L, m1v);
                c30.intoArray(c, co + (i + 3) * ldc, m0v);
                c31.intoArray(c, co + (i + 3) * ldc + L, m1v);
                c40.intoArray(c, co + (i + 4) * ldc, m0v);
                c41.intoArray(c, co + (i + 4) * ldc + L, m1v);
                c50.intoArray(c, co + (i + 5) * ldc, m0v);
                c51.intoArray(c, co + (i + 5) * ldc + L, m1v);
            }
        }
        for (; i < m1; i++) {
            FloatVector c00 = FloatVector.zero(FS), c01 = FloatVector.zero(FS);
            final int a0 = ao + i * k;
            for (int kk = 0, bi = bo; kk < k; kk++, bi += nr) {
                FloatVector v = FloatVector.broadcast(FS, a[a0 + kk]);
                c00 = FloatVector.fromArray(FS, bd, bi).fma(v, c00);
                c01 = FloatVector.fromArray(FS, bd, bi + L).fma(v, c01);
            }
            if (full) {
                c00.intoArray(c, co + i * ldc);
                c01.intoArray(c, co + i * ldc + L);
            } else {
                c00.intoArray(c, co + i * ldc, m0v);
                c01.intoArray(c, co + i * ldc + L, m1v);
            }
        }
    }

    /** K block of the fp32 GEMM micro-kernel: 256 x 32 floats of a panel (32 KiB) stay in L1. */
    private static final int KC = 256;

    /**
     * 12 rows x 2 vectors of one full panel over inputs {@code k0 <= kk < k1}: 24 accumulators, two panel loads
     * and 12 broadcasts per 24 FMAs; adds to {@code c} when {@code load}, else overwrites. Takes no vectors as
     * arguments, so nothing is boxed when it is compiled on its own.
     */
    private static void micro12(float[] a, int a0, int k, int k0, int k1, float[] bd, int bo, float[] c, int o, int n,
                                boolean load) {
        FloatVector c00 = load ? FloatVector.fromArray(FS, c, o + 0 * n) : FloatVector.zero(FS);
        FloatVector c01 = load ? FloatVector.fromArray(FS, c, o + 0 * n + L) : FloatVector.zero(FS);
        FloatVector c10 = load ? FloatVector.fromArray(FS, c, o + 1 * n) : FloatVector.zero(FS);
        FloatVector c11 = load ? FloatVector.fromArray(FS, c, o + 1 * n + L) : FloatVector.zero(FS);
        FloatVector c20 = load ? FloatVector.fromArray(FS, c, o + 2 * n) : FloatVector.zero(FS);
        FloatVector c21 = load ? FloatVector.fromArray(FS, c, o + 2 * n + L) : FloatVector.zero(FS);
        FloatVector c30 = load ? FloatVector.fromArray(FS, c, o + 3 * n) : FloatVector.zero(FS);
        FloatVector c31 = load ? FloatVector.fromArray(FS, c, o + 3 * n + L) : FloatVector.zero(FS);
        FloatVector c40 = load ? FloatVector.fromArray(FS, c, o + 4 * n) : FloatVector.zero(FS);
        FloatVector c41 = load ? FloatVector.fromArray(FS, c, o + 4 * n + L) : FloatVector.zero(FS);
        FloatVector c50 = load ? FloatVector.fromArray(FS, c, o + 5 * n) : FloatVector.zero(FS);
        FloatVector c51 = load ? FloatVector.fromArray(FS, c, o + 5 * n + L) : FloatVector.zero(FS);
        FloatVector c60 = load ? FloatVector.fromArray(FS, c, o + 6 * n) : FloatVector.zero(FS);
        FloatVector c61 = load ? FloatVector.fromArray(FS, c, o + 6 * n + L) : FloatVector.zero(FS);
        FloatVector c70 = load ? FloatVector.fromArray(FS, c, o + 7 * n) : FloatVector.zero(FS);
        FloatVector c71 = load ? FloatVector.fromArray(FS, c, o + 7 * n + L) : FloatVector.zero(FS);
        FloatVector c80 = load ? FloatVector.fromArray(FS, c, o + 8 * n) : FloatVector.zero(FS);
        FloatVector c81 = load ? FloatVector.fromArray(FS, c, o + 8 * n + L) : FloatVector.zero(FS);
        FloatVector c90 = load ? FloatVector.fromArray(FS, c, o + 9 * n) : FloatVector.zero(FS);
        FloatVector c91 = load ? FloatVector.fromArray(FS, c, o + 9 * n + L) : FloatVector.zero(FS);
        FloatVector c100 = load ? FloatVector.fromArray(FS, c, o + 10 * n) : FloatVector.zero(FS);
        FloatVector c101 = load ? FloatVector.fromArray(FS, c, o + 10 * n + L) : FloatVector.zero(FS);
        FloatVector c110 = load ? FloatVector.fromArray(FS, c, o + 11 * n) : FloatVector.zero(FS);
        FloatVector c111 = load ? FloatVector.fromArray(FS, c, o + 11 * n + L) : FloatVector.zero(FS);
        final int nr = 2 * L;
        for (int kk = k0, bi = bo + k0 * nr; kk < k1; kk++, bi += nr) {
            FloatVector b0 = FloatVector.fromArray(FS, bd, bi);
            FloatVector b1 = FloatVector.fromArray(FS, bd, bi + L);
            FloatVector v0 = FloatVector.broadcast(FS, a[a0 + kk]);
            c00 = b0.fma(v0, c00);
            c01 = b1.fma(v0, c01);
            FloatVector v1 = FloatVector.broadcast(FS, a[a0 + k + kk]);
            c10 = b0.fma(v1, c10);
            c11 = b1.fma(v1, c11);
            FloatVector v2 = FloatVector.broadcast(FS, a[a0 + 2 * k + kk]);
            c20 = b0.fma(v2, c20);
            c21 = b1.fma(v2, c21);
            FloatVector v3 = FloatVector.broadcast(FS, a[a0 + 3 * k + kk]);
            c30 = b0.fma(v3, c30);
            c31 = b1.fma(v3, c31);
            FloatVector v4 = FloatVector.broadcast(FS, a[a0 + 4 * k + kk]);
            c40 = b0.fma(v4, c40);
            c41 = b1.fma(v4, c41);
            FloatVector v5 = FloatVector.broadcast(FS, a[a0 + 5 * k + kk]);
            c50 = b0.fma(v5, c50);
            c51 = b1.fma(v5, c51);
            FloatVector v6 = FloatVector.broadcast(FS, a[a0 + 6 * k + kk]);
            c60 = b0.fma(v6, c60);
            c61 = b1.fma(v6, c61);
            FloatVector v7 = FloatVector.broadcast(FS, a[a0 + 7 * k + kk]);
            c70 = b0.fma(v7, c70);
            c71 = b1.fma(v7, c71);
            FloatVector v8 = FloatVector.broadcast(FS, a[a0 + 8 * k + kk]);
            c80 = b0.fma(v8, c80);
            c81 = b1.fma(v8, c81);
            FloatVector v9 = FloatVector.broadcast(FS, a[a0 + 9 * k + kk]);
            c90 = b0.fma(v9, c90);
            c91 = b1.fma(v9, c91);
            FloatVector v10 = FloatVector.broadcast(FS, a[a0 + 10 * k + kk]);
            c100 = b0.fma(v10, c100);
            c101 = b1.fma(v10, c101);
            FloatVector v11 = FloatVector.broadcast(FS, a[a0 + 11 * k + kk]);
            c110 = b0.fma(v11, c110);
            c111 = b1.fma(v11, c111);
        }
        c00.intoArray(c, o + 0 * n);
        c01.intoArray(c, o + 0 * n + L);
        c10.intoArray(c, o + 1 * n);
        c11.intoArray(c, o + 1 * n + L);
        c20.intoArray(c, o + 2 * n);
        c21.intoArray(c, o + 2 * n + L);
        c30.intoArray(c, o + 3 * n);
        c31.intoArray(c, o + 3 * n + L);
        c40.intoArray(c, o + 4 * n);
        c41.intoArray(c, o + 4 * n + L);
        c50.intoArray(c, o + 5 * n);
        c51.intoArray(c, o + 5 * n + L);
        c60.intoArray(c, o + 6 * n);
        c61.intoArray(c, o + 6 * n + L);
        c70.intoArray(c, o + 7 * n);
        c71.intoArray(c, o + 7 * n + L);
        c80.intoArray(c, o + 8 * n);
        c81.intoArray(c, o + 8 * n + L);
        c90.intoArray(c, o + 9 * n);
        c91.intoArray(c, o + 9 * n + L);
        c100.intoArray(c, o + 10 * n);
        c101.intoArray(c, o + 10 * n + L);
        c110.intoArray(c, o + 11 * n);
        c111.intoArray(c, o + 11 * n + L);
    }

    @Override
    public void gemmPackedRows(PackedRows a, int b0, int b1, float[] panel, int po, int cols, float[] c, int co, int ldc) {
        gemmPackedRowsRange(a, b0, b1, 0, a.k(), panel, po, cols, c, co, ldc);
    }

    @Override
    public void gemmPackedRowsRange(PackedRows a, int b0, int b1, int kStart, int kEnd, float[] panel, int po, int cols,
                                    float[] c, int co, int ldc) {
        if (PackedRows.MR != 12) {
            ScalarKernels.INSTANCE.gemmPackedRowsRange(a, b0, b1, kStart, kEnd, panel, po, cols, c, co, ldc);
            return;
        }
        final int k = a.k();
        final int m = a.m();
        for (int k0 = kStart; k0 < kEnd; k0 += KC) {
            int k1 = kEnd - k0 < 2 * KC ? kEnd : k0 + KC;
            for (int b = b0; b < b1; b++) {
                micro12p(a.data(), b * k * 12, k0, k1, panel, po, cols, c, co + b * 12 * ldc, ldc, k0 > kStart,
                        Math.min(12, m - b * 12));
            }
            k0 = k1 - KC;
        }
    }

    /**
     * 12 packed rows x 2 vectors over inputs {@code k0 <= kk < k1}; stores {@code rows} rows and {@code cols} columns
     * (masked), adding to {@code c} when {@code load}.
     */
    private static void micro12p(float[] ap, int apo, int k0, int k1, float[] bd, int bo, int cols, float[] c, int o,
                                 int ldc, boolean load, int rows) {
        final VectorMask<Float> m0 = FS.indexInRange(0, cols);
        final VectorMask<Float> m1 = FS.indexInRange(L, cols);
        FloatVector c00 = load && rows > 0 ? FloatVector.fromArray(FS, c, o + 0 * ldc, m0) : FloatVector.zero(FS);
        FloatVector c01 = load && rows > 0 ? FloatVector.fromArray(FS, c, o + 0 * ldc + L, m1) : FloatVector.zero(FS);
        FloatVector c10 = load && rows > 1 ? FloatVector.fromArray(FS, c, o + 1 * ldc, m0) : FloatVector.zero(FS);
        FloatVector c11 = load && rows > 1 ? FloatVector.fromArray(FS, c, o + 1 * ldc + L, m1) : FloatVector.zero(FS);
        FloatVector c20 = load && rows > 2 ? FloatVector.fromArray(FS, c, o + 2 * ldc, m0) : FloatVector.zero(FS);
        FloatVector c21 = load && rows > 2 ? FloatVector.fromArray(FS, c, o + 2 * ldc + L, m1) : FloatVector.zero(FS);
        FloatVector c30 = load && rows > 3 ? FloatVector.fromArray(FS, c, o + 3 * ldc, m0) : FloatVector.zero(FS);
        FloatVector c31 = load && rows > 3 ? FloatVector.fromArray(FS, c, o + 3 * ldc + L, m1) : FloatVector.zero(FS);
        FloatVector c40 = load && rows > 4 ? FloatVector.fromArray(FS, c, o + 4 * ldc, m0) : FloatVector.zero(FS);
        FloatVector c41 = load && rows > 4 ? FloatVector.fromArray(FS, c, o + 4 * ldc + L, m1) : FloatVector.zero(FS);
        FloatVector c50 = load && rows > 5 ? FloatVector.fromArray(FS, c, o + 5 * ldc, m0) : FloatVector.zero(FS);
        FloatVector c51 = load && rows > 5 ? FloatVector.fromArray(FS, c, o + 5 * ldc + L, m1) : FloatVector.zero(FS);
        FloatVector c60 = load && rows > 6 ? FloatVector.fromArray(FS, c, o + 6 * ldc, m0) : FloatVector.zero(FS);
        FloatVector c61 = load && rows > 6 ? FloatVector.fromArray(FS, c, o + 6 * ldc + L, m1) : FloatVector.zero(FS);
        FloatVector c70 = load && rows > 7 ? FloatVector.fromArray(FS, c, o + 7 * ldc, m0) : FloatVector.zero(FS);
        FloatVector c71 = load && rows > 7 ? FloatVector.fromArray(FS, c, o + 7 * ldc + L, m1) : FloatVector.zero(FS);
        FloatVector c80 = load && rows > 8 ? FloatVector.fromArray(FS, c, o + 8 * ldc, m0) : FloatVector.zero(FS);
        FloatVector c81 = load && rows > 8 ? FloatVector.fromArray(FS, c, o + 8 * ldc + L, m1) : FloatVector.zero(FS);
        FloatVector c90 = load && rows > 9 ? FloatVector.fromArray(FS, c, o + 9 * ldc, m0) : FloatVector.zero(FS);
        FloatVector c91 = load && rows > 9 ? FloatVector.fromArray(FS, c, o + 9 * ldc + L, m1) : FloatVector.zero(FS);
        FloatVector c100 = load && rows > 10 ? FloatVector.fromArray(FS, c, o + 10 * ldc, m0) : FloatVector.zero(FS);
        FloatVector c101 = load && rows > 10 ? FloatVector.fromArray(FS, c, o + 10 * ldc + L, m1) : FloatVector.zero(FS);
        FloatVector c110 = load && rows > 11 ? FloatVector.fromArray(FS, c, o + 11 * ldc, m0) : FloatVector.zero(FS);
        FloatVector c111 = load && rows > 11 ? FloatVector.fromArray(FS, c, o + 11 * ldc + L, m1) : FloatVector.zero(FS);
        final int nr = 2 * L;
        for (int kk = k0, bi = bo + k0 * nr, ai = apo + k0 * 12; kk < k1; kk++, bi += nr, ai += 12) {
            FloatVector b0 = FloatVector.fromArray(FS, bd, bi);
            FloatVector b1 = FloatVector.fromArray(FS, bd, bi + L);
            FloatVector v0 = FloatVector.broadcast(FS, ap[ai + 0]);
            c00 = b0.fma(v0, c00);
            c01 = b1.fma(v0, c01);
            FloatVector v1 = FloatVector.broadcast(FS, ap[ai + 1]);
            c10 = b0.fma(v1, c10);
            c11 = b1.fma(v1, c11);
            FloatVector v2 = FloatVector.broadcast(FS, ap[ai + 2]);
            c20 = b0.fma(v2, c20);
            c21 = b1.fma(v2, c21);
            FloatVector v3 = FloatVector.broadcast(FS, ap[ai + 3]);
            c30 = b0.fma(v3, c30);
            c31 = b1.fma(v3, c31);
            FloatVector v4 = FloatVector.broadcast(FS, ap[ai + 4]);
            c40 = b0.fma(v4, c40);
            c41 = b1.fma(v4, c41);
            FloatVector v5 = FloatVector.broadcast(FS, ap[ai + 5]);
            c50 = b0.fma(v5, c50);
            c51 = b1.fma(v5, c51);
            FloatVector v6 = FloatVector.broadcast(FS, ap[ai + 6]);
            c60 = b0.fma(v6, c60);
            c61 = b1.fma(v6, c61);
            FloatVector v7 = FloatVector.broadcast(FS, ap[ai + 7]);
            c70 = b0.fma(v7, c70);
            c71 = b1.fma(v7, c71);
            FloatVector v8 = FloatVector.broadcast(FS, ap[ai + 8]);
            c80 = b0.fma(v8, c80);
            c81 = b1.fma(v8, c81);
            FloatVector v9 = FloatVector.broadcast(FS, ap[ai + 9]);
            c90 = b0.fma(v9, c90);
            c91 = b1.fma(v9, c91);
            FloatVector v10 = FloatVector.broadcast(FS, ap[ai + 10]);
            c100 = b0.fma(v10, c100);
            c101 = b1.fma(v10, c101);
            FloatVector v11 = FloatVector.broadcast(FS, ap[ai + 11]);
            c110 = b0.fma(v11, c110);
            c111 = b1.fma(v11, c111);
        }
        if (rows > 0) {
            c00.intoArray(c, o + 0 * ldc, m0);
            c01.intoArray(c, o + 0 * ldc + L, m1);
        }
        if (rows > 1) {
            c10.intoArray(c, o + 1 * ldc, m0);
            c11.intoArray(c, o + 1 * ldc + L, m1);
        }
        if (rows > 2) {
            c20.intoArray(c, o + 2 * ldc, m0);
            c21.intoArray(c, o + 2 * ldc + L, m1);
        }
        if (rows > 3) {
            c30.intoArray(c, o + 3 * ldc, m0);
            c31.intoArray(c, o + 3 * ldc + L, m1);
        }
        if (rows > 4) {
            c40.intoArray(c, o + 4 * ldc, m0);
            c41.intoArray(c, o + 4 * ldc + L, m1);
        }
        if (rows > 5) {
            c50.intoArray(c, o + 5 * ldc, m0);
            c51.intoArray(c, o + 5 * ldc + L, m1);
        }
        if (rows > 6) {
            c60.intoArray(c, o + 6 * ldc, m0);
            c61.intoArray(c, o + 6 * ldc + L, m1);
        }
        if (rows > 7) {
            c70.intoArray(c, o + 7 * ldc, m0);
            c71.intoArray(c, o + 7 * ldc + L, m1);
        }
        if (rows > 8) {
            c80.intoArray(c, o + 8 * ldc, m0);
            c81.intoArray(c, o + 8 * ldc + L, m1);
        }
        if (rows > 9) {
            c90.intoArray(c, o + 9 * ldc, m0);
            c91.intoArray(c, o + 9 * ldc + L, m1);
        }
        if (rows > 10) {
            c100.intoArray(c, o + 10 * ldc, m0);
            c101.intoArray(c, o + 10 * ldc + L, m1);
        }
        if (rows > 11) {
            c110.intoArray(c, o + 11 * ldc, m0);
            c111.intoArray(c, o + 11 * ldc + L, m1);
        }
    }

    @Override
    public void f32Rows(float[] w, int k, float[] x, int xo, float[] y, int yo, int r0, int r1) {
        int r = r0;
        // four rows at a time: four weight streams in flight and one activation load for four FMAs
        for (; r + 4 <= r1; r += 4) {
            int o0 = r * k;
            int o1 = o0 + k;
            int o2 = o1 + k;
            int o3 = o2 + k;
            FloatVector s0 = FloatVector.zero(FS);
            FloatVector s1 = FloatVector.zero(FS);
            FloatVector s2 = FloatVector.zero(FS);
            FloatVector s3 = FloatVector.zero(FS);
            int i = 0;
            for (int end = k - L; i <= end; i += L) {
                FloatVector xv = FloatVector.fromArray(FS, x, xo + i);
                s0 = FloatVector.fromArray(FS, w, o0 + i).fma(xv, s0);
                s1 = FloatVector.fromArray(FS, w, o1 + i).fma(xv, s1);
                s2 = FloatVector.fromArray(FS, w, o2 + i).fma(xv, s2);
                s3 = FloatVector.fromArray(FS, w, o3 + i).fma(xv, s3);
            }
            float t0 = s0.reduceLanes(VectorOperators.ADD);
            float t1 = s1.reduceLanes(VectorOperators.ADD);
            float t2 = s2.reduceLanes(VectorOperators.ADD);
            float t3 = s3.reduceLanes(VectorOperators.ADD);
            for (; i < k; i++) {
                float xi = x[xo + i];
                t0 += w[o0 + i] * xi;
                t1 += w[o1 + i] * xi;
                t2 += w[o2 + i] * xi;
                t3 += w[o3 + i] * xi;
            }
            y[yo + r] = t0;
            y[yo + r + 1] = t1;
            y[yo + r + 2] = t2;
            y[yo + r + 3] = t3;
        }
        for (; r < r1; r++) {
            y[yo + r] = dot(w, r * k, x, xo, k);
        }
    }

    @Override
    public void halfRows(short[] w, boolean bf16, int k, float[] x, int xo, float[] y, int yo, int r0, int r1) {
        for (int r = r0; r < r1; r++) {
            int o = r * k;
            FloatVector s0 = FloatVector.zero(FS);
            FloatVector s1 = FloatVector.zero(FS);
            int i = 0;
            if (bf16) {
                for (int end = k - 2 * L; i <= end; i += 2 * L) {
                    s0 = bf16(w, o + i).fma(FloatVector.fromArray(FS, x, xo + i), s0);
                    s1 = bf16(w, o + i + L).fma(FloatVector.fromArray(FS, x, xo + i + L), s1);
                }
            } else {
                for (int end = k - 2 * L; i <= end; i += 2 * L) {
                    s0 = fp16(w, o + i).fma(FloatVector.fromArray(FS, x, xo + i), s0);
                    s1 = fp16(w, o + i + L).fma(FloatVector.fromArray(FS, x, xo + i + L), s1);
                }
            }
            float s = s0.add(s1).reduceLanes(VectorOperators.ADD);
            for (; i < k; i++) {
                float wv = bf16 ? Float.intBitsToFloat((w[o + i] & 0xffff) << 16) : Float.float16ToFloat(w[o + i]);
                s += wv * x[xo + i];
            }
            y[yo + r] = s;
        }
    }

    private static FloatVector bf16(short[] w, int o) {
        IntVector iv = (IntVector) ShortVector.fromArray(SS, w, o).convertShape(VectorOperators.S2I, IS, 0);
        return iv.lanewise(VectorOperators.LSHL, 16).reinterpretAsFloats();
    }

    private static FloatVector fp16(short[] w, int o) {
        IntVector iv = (IntVector) ShortVector.fromArray(SS, w, o).convertShape(VectorOperators.S2I, IS, 0);
        FloatVector mag = iv.and(0x7fff).lanewise(VectorOperators.LSHL, 13).reinterpretAsFloats().mul(0x1p112f);
        return mag.reinterpretAsInts().or(iv.and(0x8000).lanewise(VectorOperators.LSHL, 16)).reinterpretAsFloats();
    }

    @Override
    public float quantizeInt8(float[] x, int xo, int n, float[] out, int oo) {
        FloatVector m = FloatVector.zero(FS);
        int i = 0;
        for (int end = n - L; i <= end; i += L) {
            m = m.max(FloatVector.fromArray(FS, x, xo + i).abs());
        }
        float amax = m.reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            amax = Math.max(amax, Math.abs(x[xo + i]));
        }
        float s = amax == 0 ? 1f : amax / 127f;
        float inv = 1f / s;
        i = 0;
        // Math.round(f) = floor(f + 1/2): truncate (exact below 2^23, the value is clamped to 127 first), then move
        // up when the fraction is >= 1/2, down when it is < -1/2
        for (int end = n - L; i <= end; i += L) {
            FloatVector f = FloatVector.fromArray(FS, x, xo + i).mul(inv).max(-127f).min(127f);
            FloatVector t = (FloatVector) f.convert(VectorOperators.F2I, 0).convert(VectorOperators.I2F, 0);
            FloatVector frac = f.sub(t);
            t.add(1f, frac.compare(VectorOperators.GE, 0.5f)).sub(1f, frac.compare(VectorOperators.LT, -0.5f))
                    .intoArray(out, oo + i);
        }
        for (; i < n; i++) {
            out[oo + i] = Math.max(-127, Math.min(127, Math.round(x[xo + i] * inv)));
        }
        return s;
    }

    @Override
    public void int8Rows(byte[] w, float[] wScale, int k, byte[] xq, int xo, float xScale, float[] y, int yo, int r0, int r1) {
        if (L < 4) {
            ScalarKernels.INSTANCE.int8Rows(w, wScale, k, xq, xo, xScale, y, yo, r0, r1);
            return;
        }
        final int n2 = 2 * L;
        final int step = 2 * n2;
        final int steps = k / step;
        // The int16 halves are summed as v = sum of the int lanes (mod 2^32) and u = sum of their upper halves: the
        // lower halves add up to v - 65536 u (exact while k < 2^18). Each step adds 2 * 32768 per int lane through
        // the bias (see madd8); removed once per row.
        final int bias = steps * L * 65536;
        int r = r0;
        // four rows at a time: four weight streams in flight, the widened activations shared by all four
        for (; r + 4 <= r1; r += 4) {
            int o0 = r * k;
            int o1 = o0 + k;
            int o2 = o1 + k;
            int o3 = o2 + k;
            IntVector v0 = IntVector.zero(IS), h0 = IntVector.zero(IS);
            IntVector v1 = IntVector.zero(IS), h1 = IntVector.zero(IS);
            IntVector v2 = IntVector.zero(IS), h2 = IntVector.zero(IS);
            IntVector v3 = IntVector.zero(IS), h3 = IntVector.zero(IS);
            int i = 0;
            for (int end = k - step; i <= end; i += step) {
                ShortVector x0 = (ShortVector) ByteVector.fromArray(BH, xq, xo + i).convertShape(VectorOperators.B2S, SW, 0);
                ShortVector x1 = (ShortVector) ByteVector.fromArray(BH, xq, xo + i + n2).convertShape(VectorOperators.B2S, SW, 0);
                IntVector p0 = madd8(w, o0 + i, x0, x1);
                IntVector p1 = madd8(w, o1 + i, x0, x1);
                IntVector p2 = madd8(w, o2 + i, x0, x1);
                IntVector p3 = madd8(w, o3 + i, x0, x1);
                v0 = v0.add(p0);
                h0 = h0.add(p0.lanewise(VectorOperators.LSHR, 16));
                v1 = v1.add(p1);
                h1 = h1.add(p1.lanewise(VectorOperators.LSHR, 16));
                v2 = v2.add(p2);
                h2 = h2.add(p2.lanewise(VectorOperators.LSHR, 16));
                v3 = v3.add(p3);
                h3 = h3.add(p3.lanewise(VectorOperators.LSHR, 16));
            }
            int u0 = h0.reduceLanes(VectorOperators.ADD);
            int t0 = v0.reduceLanes(VectorOperators.ADD) - (u0 << 16) + u0 - bias;
            int u1 = h1.reduceLanes(VectorOperators.ADD);
            int t1 = v1.reduceLanes(VectorOperators.ADD) - (u1 << 16) + u1 - bias;
            int u2 = h2.reduceLanes(VectorOperators.ADD);
            int t2 = v2.reduceLanes(VectorOperators.ADD) - (u2 << 16) + u2 - bias;
            int u3 = h3.reduceLanes(VectorOperators.ADD);
            int t3 = v3.reduceLanes(VectorOperators.ADD) - (u3 << 16) + u3 - bias;
            for (; i < k; i++) {
                int xi = xq[xo + i];
                t0 += w[o0 + i] * xi;
                t1 += w[o1 + i] * xi;
                t2 += w[o2 + i] * xi;
                t3 += w[o3 + i] * xi;
            }
            y[yo + r] = t0 * wScale[r] * xScale;
            y[yo + r + 1] = t1 * wScale[r + 1] * xScale;
            y[yo + r + 2] = t2 * wScale[r + 2] * xScale;
            y[yo + r + 3] = t3 * wScale[r + 3] * xScale;
        }
        for (; r < r1; r++) {
            int o = r * k;
            IntVector v = IntVector.zero(IS);
            IntVector h = IntVector.zero(IS);
            int i = 0;
            for (int end = k - step; i <= end; i += step) {
                ShortVector x0 = (ShortVector) ByteVector.fromArray(BH, xq, xo + i).convertShape(VectorOperators.B2S, SW, 0);
                ShortVector x1 = (ShortVector) ByteVector.fromArray(BH, xq, xo + i + n2).convertShape(VectorOperators.B2S, SW, 0);
                ShortVector w0 = (ShortVector) ByteVector.fromArray(BH, w, o + i).convertShape(VectorOperators.B2S, SW, 0);
                ShortVector w1 = (ShortVector) ByteVector.fromArray(BH, w, o + i + n2).convertShape(VectorOperators.B2S, SW, 0);
                IntVector p = w0.mul(x0).add(w1.mul(x1)).lanewise(VectorOperators.XOR, (short) 0x8000).reinterpretAsInts();
                v = v.add(p);
                h = h.add(p.lanewise(VectorOperators.LSHR, 16));
            }
            int u = h.reduceLanes(VectorOperators.ADD);
            int t = v.reduceLanes(VectorOperators.ADD) - (u << 16) + u - bias;
            for (; i < k; i++) {
                t += w[o + i] * xq[xo + i];
            }
            y[yo + r] = t * wScale[r] * xScale;
        }
    }

    /**
     * Products of {@code w[o..o+4L)} with the widened activations {@code (x0, x1)}: two int16 products summed per
     * lane (|sum| <= 2 * 128 * 127 since the activations lie in [-127, 127]), biased by 32768 to [256, 65280] so
     * that each int16 half is a non-negative 16-bit value, returned as int lanes of two halves each.
     */
    private static IntVector madd8(byte[] w, int o, ShortVector x0, ShortVector x1) {
        ShortVector w0 = (ShortVector) ByteVector.fromArray(BH, w, o).convertShape(VectorOperators.B2S, SW, 0);
        ShortVector w1 = (ShortVector) ByteVector.fromArray(BH, w, o + 2 * L).convertShape(VectorOperators.B2S, SW, 0);
        return w0.mul(x0).add(w1.mul(x1)).lanewise(VectorOperators.XOR, (short) 0x8000).reinterpretAsInts();
    }

    @Override
    public void int4RowsQ8(byte[] w, float[] scale, byte[] zero, int group, int k, byte[] xq, short[] xp, int xo,
                           int[] xqGroupSum, int gso, float xScale, float[] y, int yo, int r0, int r1) {
        if (L < 4 || L > 16) {
            ScalarKernels.INSTANCE.int4RowsQ8(w, scale, zero, group, k, xq, xp, xo, xqGroupSum, gso, xScale, y, yo, r0, r1);
            return;
        }
        final int groups = k / group;
        final int shift = Integer.numberOfTrailingZeros(group / 32);
        final int chunks = k / Int4Activations.CHUNK;
        final int halves = 32 / (2 * L);
        final int perChunk = 4 >> shift;        // groups per chunk
        final int chunksPerLoad = L / perChunk; // chunks served by one load of L scales
        final VectorShuffle<Float>[] shuf = SCALE_SHUFFLES[shift];
        final int sl = 2 * L;
        for (int r = r0; r < r1; r++) {
            final int wb = r * (k / 2);
            final int sb = r * groups;
            FloatVector acc0 = FloatVector.zero(FS);
            for (int c0 = 0; c0 < chunks; c0 += chunksPerLoad) {
                int so = sb + c0 * perChunk;
                FloatVector sv = FloatVector.fromArray(FS, scale, so, FS.indexInRange(so, sb + groups));
                int cEnd = Math.min(chunks, c0 + chunksPerLoad);
                for (int c = c0; c < cEnd; c++) {
                    int q0 = (c - c0) * halves;
                    int xb = xo + c * Int4Activations.CHUNK;
                    int wc = wb + c * 64;
                    for (int h = 0; h < halves; h++) {
                        int xh = xb + h * sl;
                        FloatVector f = dot4(ByteVector.fromArray(BW, w, wc + h * 2 * sl).reinterpretAsShorts(), xp, xh);
                        acc0 = f.fma(sv.rearrange(shuf[q0 + h]), acc0);
                    }
                }
            }
            float tail = 0;
            for (int b = chunks * 4; b < k / 32; b++) {
                int d = 0;
                int bo = wb + b * 16;
                int xb = xo + b * 32;
                for (int j = 0; j < 16; j++) {
                    int q = w[bo + j];
                    d += (q & 15) * xq[xb + j] + ((q >> 4) & 15) * xq[xb + 16 + j];
                }
                tail += scale[sb + (b >> shift)] * d;
            }
            // zero points: sum_g scale[g] * zero[g] * xqGroupSum[g]
            FloatVector zs = FloatVector.zero(FS);
            int g = 0;
            for (int end = BS == null ? -1 : groups - L; g <= end; g += L) {
                FloatVector xs = (FloatVector) IntVector.fromArray(IS, xqGroupSum, gso + g).convert(VectorOperators.I2F, 0);
                FloatVector sc = FloatVector.fromArray(FS, scale, sb + g);
                if (zero == null) {
                    zs = sc.fma(xs, zs);
                } else {
                    FloatVector z = (FloatVector) ByteVector.fromArray(BS, zero, sb + g)
                            .convertShape(VectorOperators.B2I, IS, 0).lanewise(VectorOperators.AND, 0xff)
                            .convert(VectorOperators.I2F, 0);
                    zs = sc.mul(z).fma(xs, zs);
                }
            }
            float zsum = zs.reduceLanes(VectorOperators.ADD) * (zero == null ? 8 : 1);
            for (; g < groups; g++) {
                zsum += scale[sb + g] * (zero == null ? 8 : zero[sb + g] & 0xff) * xqGroupSum[gso + g];
            }
            y[yo + r] = (acc0.reduceLanes(VectorOperators.ADD) + tail - zsum) * xScale;
        }
    }

    /**
     * The four nibbles of each 16-bit word of {@code s} times their activations (runs of {@link Int4Activations}
     * at {@code xp[xh]}, {@code +32}, {@code +64}, {@code +96}), the two int16 halves of each int lane summed and
     * converted to float. |each int16 sum| <= 4 * 15 * 127, so {@code (v + (v << 16)) >> 16} is exact.
     */
    private static FloatVector dot4(ShortVector s, short[] xp, int xh) {
        ShortVector p = s.and((short) 15).mul(ShortVector.fromArray(SW, xp, xh))
                .add(s.lanewise(VectorOperators.ASHR, 4).and((short) 15).mul(ShortVector.fromArray(SW, xp, xh + 32)))
                .add(s.lanewise(VectorOperators.ASHR, 8).and((short) 15).mul(ShortVector.fromArray(SW, xp, xh + 64)))
                .add(s.lanewise(VectorOperators.LSHR, 12).mul(ShortVector.fromArray(SW, xp, xh + 96)));
        IntVector v = p.reinterpretAsInts();
        IntVector d = v.add(v.lanewise(VectorOperators.LSHL, 16)).lanewise(VectorOperators.ASHR, 16);
        return (FloatVector) d.convert(VectorOperators.I2F, 0);
    }

    /**
     * Per group-size shift (g32, g64, g128), per (chunk phase, half): lane {@code i} of the int lanes of a half
     * chunk belongs to block {@code h * L/4 + i/4} of the chunk; the shuffle picks that block's group scale out
     * of a vector of L consecutive group scales.
     */
    @SuppressWarnings("unchecked")
    private static final VectorShuffle<Float>[][] SCALE_SHUFFLES = new VectorShuffle[3][];

    static {
        if (L >= 4 && L <= 16) {
            int halves = 32 / (2 * L);
            for (int shift = 0; shift < 3; shift++) {
                int perChunk = 4 >> shift;
                int phases = L / perChunk;
                @SuppressWarnings("unchecked")
                VectorShuffle<Float>[] s = new VectorShuffle[phases * halves];
                for (int ph = 0; ph < phases; ph++) {
                    for (int h = 0; h < halves; h++) {
                        int[] idx = new int[L];
                        for (int i = 0; i < L; i++) {
                            idx[i] = ph * perChunk + ((h * (L / 4) + i / 4) >> shift);
                        }
                        s[ph * halves + h] = VectorShuffle.fromArray(FS, idx, 0);
                    }
                }
                SCALE_SHUFFLES[shift] = s;
            }
        }
    }

    @Override
    public void int4Rows(byte[] w, float[] scale, byte[] zero, int group, int k, float[] x, int xo, float[] xGroupSum, int gso,
                         float[] y, int yo, int r0, int r1) {
        if (16 % L != 0) {
            ScalarKernels.INSTANCE.int4Rows(w, scale, zero, group, k, x, xo, xGroupSum, gso, y, yo, r0, r1);
            return;
        }
        int groups = k / group;
        int blocks = k / 32;
        int shift = Integer.numberOfTrailingZeros(group / 32);
        for (int r = r0; r < r1; r++) {
            // four independent accumulators (low/high nibbles of two blocks) keep the FMA latency hidden
            FloatVector a0 = FloatVector.zero(FS);
            FloatVector a1 = FloatVector.zero(FS);
            FloatVector a2 = FloatVector.zero(FS);
            FloatVector a3 = FloatVector.zero(FS);
            int wb = r * k / 2;
            int sb = r * groups;
            int c = 0;
            for (; c + 1 < blocks; c += 2) {
                FloatVector s0 = FloatVector.broadcast(FS, scale[sb + (c >> shift)]);
                FloatVector s1 = FloatVector.broadcast(FS, scale[sb + ((c + 1) >> shift)]);
                for (int h = 0; h < 16; h += L) {
                    int xb = xo + c * 32 + h;
                    IntVector b0 = (IntVector) ByteVector.fromArray(BS, w, wb + c * 16 + h).convertShape(VectorOperators.B2I, IS, 0);
                    IntVector b1 = (IntVector) ByteVector.fromArray(BS, w, wb + c * 16 + 16 + h).convertShape(VectorOperators.B2I, IS, 0);
                    a0 = i2f(b0.and(15)).mul(s0).fma(FloatVector.fromArray(FS, x, xb), a0);
                    a1 = i2f(b0.lanewise(VectorOperators.ASHR, 4).and(15)).mul(s0)
                            .fma(FloatVector.fromArray(FS, x, xb + 16), a1);
                    a2 = i2f(b1.and(15)).mul(s1).fma(FloatVector.fromArray(FS, x, xb + 32), a2);
                    a3 = i2f(b1.lanewise(VectorOperators.ASHR, 4).and(15)).mul(s1)
                            .fma(FloatVector.fromArray(FS, x, xb + 48), a3);
                }
            }
            for (; c < blocks; c++) {
                FloatVector s0 = FloatVector.broadcast(FS, scale[sb + (c >> shift)]);
                for (int h = 0; h < 16; h += L) {
                    int xb = xo + c * 32 + h;
                    IntVector b0 = (IntVector) ByteVector.fromArray(BS, w, wb + c * 16 + h).convertShape(VectorOperators.B2I, IS, 0);
                    a0 = i2f(b0.and(15)).mul(s0).fma(FloatVector.fromArray(FS, x, xb), a0);
                    a1 = i2f(b0.lanewise(VectorOperators.ASHR, 4).and(15)).mul(s0)
                            .fma(FloatVector.fromArray(FS, x, xb + 16), a1);
                }
            }
            float zsum = 0;
            for (int g = 0; g < groups; g++) {
                zsum += scale[sb + g] * (zero == null ? 8 : zero[sb + g] & 0xff) * xGroupSum[gso + g];
            }
            y[yo + r] = a0.add(a1).add(a2.add(a3)).reduceLanes(VectorOperators.ADD) - zsum;
        }
    }

    /** Small non-negative ints to floats through the 2^23 exponent trick (exact for values below 2^23). */
    private static FloatVector i2f(IntVector v) {
        return v.or(0x4B000000).reinterpretAsFloats().sub(8388608f);
    }

    @Override
    public void mxInt8Rows(byte[] w, byte[] exp, int k, float[] x, int xo, float[] y, int yo, int r0, int r1) {
        if (32 % L != 0) {
            ScalarKernels.INSTANCE.mxInt8Rows(w, exp, k, x, xo, y, yo, r0, r1);
            return;
        }
        int blocks = k / 32;
        for (int r = r0; r < r1; r++) {
            FloatVector acc = FloatVector.zero(FS);
            for (int b = 0; b < blocks; b++) {
                int o = r * k + b * 32;
                FloatVector d = FloatVector.zero(FS);
                for (int h = 0; h < 32; h += L) {
                    FloatVector q = (FloatVector) ByteVector.fromArray(BS, w, o + h).convertShape(VectorOperators.B2F, FS, 0);
                    d = q.fma(FloatVector.fromArray(FS, x, xo + b * 32 + h), d);
                }
                acc = d.fma(FloatVector.broadcast(FS, Codes.e8m0(exp[r * blocks + b]) * 0x1p-6f), acc);
            }
            y[yo + r] = acc.reduceLanes(VectorOperators.ADD);
        }
    }

    @Override
    public void mxFp4Rows(byte[] w, byte[] exp, int k, float[] x, int xo, float[] y, int yo, int r0, int r1) {
        if (16 % L != 0) {
            ScalarKernels.INSTANCE.mxFp4Rows(w, exp, k, x, xo, y, yo, r0, r1);
            return;
        }
        ByteVector table = ByteVector.fromArray(B16, Codes.E2M1_X2, 0);
        int blocks = k / 32;
        for (int r = r0; r < r1; r++) {
            FloatVector acc = FloatVector.zero(FS);
            for (int b = 0; b < blocks; b++) {
                int o = (r * k + b * 32) / 2;
                int xb = xo + b * 32;
                ByteVector codes = ByteVector.fromArray(B16, w, o);
                ByteVector lo = codes.and((byte) 15).selectFrom(table);
                ByteVector hi = codes.lanewise(VectorOperators.LSHR, 4).and((byte) 15).selectFrom(table);
                FloatVector d = FloatVector.zero(FS);
                for (int part = 0, h = 0; h < 16; part++, h += L) {
                    d = ((FloatVector) lo.convertShape(VectorOperators.B2F, FS, part)).fma(FloatVector.fromArray(FS, x, xb + h), d);
                    d = ((FloatVector) hi.convertShape(VectorOperators.B2F, FS, part)).fma(FloatVector.fromArray(FS, x, xb + 16 + h), d);
                }
                acc = d.fma(FloatVector.broadcast(FS, Codes.e8m0(exp[r * blocks + b]) * 0.5f), acc);
            }
            y[yo + r] = acc.reduceLanes(VectorOperators.ADD);
        }
    }

    @Override
    public void fp8Rows(byte[] w, float[] rowScale, int k, float[] x, int xo, float[] y, int yo, int r0, int r1) {
        for (int r = r0; r < r1; r++) {
            int o = r * k;
            FloatVector s0 = FloatVector.zero(FS);
            FloatVector s1 = FloatVector.zero(FS);
            int i = 0;
            for (int end = k - 2 * L; i <= end; i += 2 * L) {
                s0 = fp8(w, o + i).fma(FloatVector.fromArray(FS, x, xo + i), s0);
                s1 = fp8(w, o + i + L).fma(FloatVector.fromArray(FS, x, xo + i + L), s1);
            }
            float s = s0.add(s1).reduceLanes(VectorOperators.ADD);
            for (; i < k; i++) {
                s += Codes.fp8(w[o + i]) * x[xo + i];
            }
            y[yo + r] = s * rowScale[r];
        }
    }

    private static FloatVector fp8(byte[] w, int o) {
        IntVector iv = (IntVector) ByteVector.fromArray(BS, w, o).convertShape(VectorOperators.B2I, IS, 0);
        FloatVector mag = iv.and(0x7f).lanewise(VectorOperators.LSHL, 20).reinterpretAsFloats().mul(0x1p120f);
        return mag.reinterpretAsInts().or(iv.and(0x80).lanewise(VectorOperators.LSHL, 24)).reinterpretAsFloats();
    }

    @Override
    public void ternaryBlocks(byte[] planes, float[] rowScale, int rows, int k, byte[] tables, float tableScale,
                              float[] y, int yo, int b0, int b1) {
        if (L != 16) {
            ScalarKernels.INSTANCE.ternaryBlocks(planes, rowScale, rows, k, tables, tableScale, y, yo, b0, b1);
            return;
        }
        int pairs = k / 8;
        int[] lanes = new int[16];
        for (int b = b0; b < b1; b++) {
            IntVector acc = IntVector.zero(I16);
            int p = 0;
            while (p < pairs) {
                // int16 partial sums: each pair adds at most 4 * 127, so 64 pairs stay below 32767
                int stop = Math.min(pairs, p + 64);
                ShortVector part = ShortVector.zero(S16);
                for (; p < stop; p++) {
                    int o = (b * pairs + p) * 32;
                    ByteVector plus = ByteVector.fromArray(B16, planes, o);
                    ByteVector minus = ByteVector.fromArray(B16, planes, o + 16);
                    ByteVector t0 = ByteVector.fromArray(B16, tables, 32 * p);
                    ByteVector t1 = ByteVector.fromArray(B16, tables, 32 * p + 16);
                    ByteVector pl = plus.and((byte) 15).selectFrom(t0);
                    ByteVector ph = plus.lanewise(VectorOperators.LSHR, 4).selectFrom(t1);
                    ByteVector ml = minus.and((byte) 15).selectFrom(t0);
                    ByteVector mh = minus.lanewise(VectorOperators.LSHR, 4).selectFrom(t1);
                    part = part.add((ShortVector) pl.convertShape(VectorOperators.B2S, S16, 0))
                            .add((ShortVector) ph.convertShape(VectorOperators.B2S, S16, 0))
                            .sub((ShortVector) ml.convertShape(VectorOperators.B2S, S16, 0))
                            .sub((ShortVector) mh.convertShape(VectorOperators.B2S, S16, 0));
                }
                acc = acc.add((IntVector) part.convertShape(VectorOperators.S2I, I16, 0));
            }
            acc.intoArray(lanes, 0);
            int n = Math.min(16, rows - b * 16);
            for (int lane = 0; lane < n; lane++) {
                y[yo + b * 16 + lane] = lanes[lane] * tableScale * rowScale[b * 16 + lane];
            }
        }
    }
}
