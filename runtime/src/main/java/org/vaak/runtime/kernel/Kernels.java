package org.vaak.runtime.kernel;

/**
 * The compute kernels every layer and weight format runs on. Two implementations: {@link ScalarKernels}
 * (plain Java, the reference) and a Vector API one picked by {@link #get()} when {@code jdk.incubator.vector}
 * is present. Row-range methods compute {@code y[yo + r]} for rows {@code r0 <= r < r1} of one token,
 * so that {@link Parallel} can split the rows.
 */
public interface Kernels {

    /** The kernels in use (Vector API when available, otherwise scalar); logged once. */
    static Kernels get() {
        return KernelSelector.SELECTED;
    }

    /** The scalar reference kernels. */
    static Kernels scalar() {
        return ScalarKernels.INSTANCE;
    }

    String name();

    /** Width of the packed weight panels used by {@link #gemmPanels}. */
    int panelWidth();

    float dot(float[] a, int ao, float[] b, int bo, int n);

    /** {@code y[yo..yo+n) += alpha * x[xo..xo+n)}. */
    void axpy(float alpha, float[] x, int xo, float[] y, int yo, int n);

    /**
     * {@code c[i, j] = sum_k a[ao + i*k + kk] * W[j, kk]} for rows {@code m0 <= i < m1} and the columns of panels
     * {@code p0 <= p < p1}; {@code c} has row stride {@code b.n()}.
     */
    void gemmPanels(float[] a, int ao, int m0, int m1, PackedPanels b, int p0, int p1, float[] c, int co);

    /**
     * One packed panel ({@code k} rows of {@link #panelWidth} floats at {@code panel[po]}, as in {@link PackedPanels}):
     * {@code c[co + i*ldc + j] = sum_kk a[ao + i*k + kk] * panel[po + kk*nr + j]} for rows {@code m0 <= i < m1} and
     * columns {@code j < cols <= nr}. Lets a caller pack one panel at a time into a small buffer.
     */
    void gemmPanel(float[] a, int ao, int m0, int m1, int k, float[] panel, int po, int cols, float[] c, int co, int ldc);

    /**
     * Packed rows times one packed panel: {@code c[co + i*ldc + j] = sum_kk A[i, kk] * panel[po + kk*nr + j]} for the
     * rows {@code i} of row blocks {@code b0 <= b < b1} of {@code a} ({@code i < a.m()}) and columns {@code j < cols}.
     */
    void gemmPackedRows(PackedRows a, int b0, int b1, float[] panel, int po, int cols, float[] c, int co, int ldc);

    /**
     * As {@link #gemmPackedRows}, summing only over the inputs {@code kStart <= kk < kEnd} (the panel still holds all
     * {@code a.k()} inputs); the sums are formed in the order of increasing {@code kk} within blocks of inputs, so that
     * integer-valued operands whose partial sums stay below 2^24 give exact results.
     */
    void gemmPackedRowsRange(PackedRows a, int b0, int b1, int kStart, int kEnd, float[] panel, int po, int cols,
                             float[] c, int co, int ldc);

    /**
     * Symmetric int8 quantization of one token for the int8 GEMM: {@code s = absmax / 127} (1 when all are zero),
     * {@code out[oo + i] = clamp(round(x[xo + i] / s), -127, 127)} as integer-valued floats ({@code round} is
     * {@link Math#round(float)}, applied to {@code x * (1 / s)}); returns {@code s}. Same codes as
     * {@code Int8Matrix.quantizeRow}.
     */
    float quantizeInt8(float[] x, int xo, int n, float[] out, int oo);

    /** fp32 rows: {@code y[r] = W[r, :] . x}. */
    void f32Rows(float[] w, int k, float[] x, int xo, float[] y, int yo, int r0, int r1);

    /** bf16 ({@code bf16 = true}) or IEEE fp16 rows. */
    void halfRows(short[] w, boolean bf16, int k, float[] x, int xo, float[] y, int yo, int r0, int r1);

    /**
     * int8 rows times an int8-quantized token: {@code y[r] = wScale[r] * xScale * sum(w*xq)}. The token's codes
     * must lie in [-127, 127] (as {@code Int8Matrix.quantizeRow} writes them); weights may use all of [-128, 127].
     */
    void int8Rows(byte[] w, float[] wScale, int k, byte[] xq, int xo, float xScale, float[] y, int yo, int r0, int r1);

    /**
     * Group-wise 4-bit rows, two codes per byte (see {@code Int4Matrix} for the layout):
     * {@code y[r] = sum_g scale[r,g] * (codes_g . x_g - zero[r,g] * xGroupSum[g])}; {@code zero == null} means 8.
     */
    void int4Rows(byte[] w, float[] scale, byte[] zero, int group, int k, float[] x, int xo, float[] xGroupSum, int gso,
                  float[] y, int yo, int r0, int r1);

    /**
     * Group-wise 4-bit rows times an int8-quantized token (W4A8), integer dot products per group:
     * {@code y[r] = xScale * sum_g scale[r,g] * (codes_g . xq_g - zero[r,g] * xqGroupSum[g])}; {@code zero == null}
     * means 8. {@code xq} holds the token's codes in [-127, 127] in input order, {@code xp} the same codes in the
     * layout of {@link Int4Activations#permute} (both from offset {@code xo}).
     */
    void int4RowsQ8(byte[] w, float[] scale, byte[] zero, int group, int k, byte[] xq, short[] xp, int xo,
                    int[] xqGroupSum, int gso, float xScale, float[] y, int yo, int r0, int r1);

    /** MXINT8 rows: blocks of 32 int8 elements (scaled by 2^-6) sharing an E8M0 exponent. */
    void mxInt8Rows(byte[] w, byte[] exp, int k, float[] x, int xo, float[] y, int yo, int r0, int r1);

    /** MXFP4 rows: blocks of 32 E2M1 codes (two per byte) sharing an E8M0 exponent. */
    void mxFp4Rows(byte[] w, byte[] exp, int k, float[] x, int xo, float[] y, int yo, int r0, int r1);

    /** FP8 E4M3 rows with an fp32 scale per row. */
    void fp8Rows(byte[] w, float[] rowScale, int k, float[] x, int xo, float[] y, int yo, int r0, int r1);

    /**
     * Ternary rows by table look-up (see {@code TernaryLutKernel}): row blocks {@code b0 <= b < b1} of 16 rows;
     * {@code tables} holds 16 int8 entries per group of 4 activations.
     */
    void ternaryBlocks(byte[] planes, float[] rowScale, int rows, int k, byte[] tables, float tableScale,
                       float[] y, int yo, int b0, int b1);
}
