package org.vaak.runtime.kernel;

/**
 * A matrix A[m, k] rearranged for the GEMM micro-kernel's rows: blocks of {@link #MR} rows, each stored k-major
 * ({@code data[(b*k + kk)*MR + j] = A[b*MR + j, kk]}), the last block zero-padded. The 12 values the micro-kernel
 * broadcasts for one {@code kk} are then adjacent, whatever the row stride of A (a weight matrix of a
 * convolution is packed once, when the layer is built).
 */
public final class PackedRows {
    public static final int MR = 12;
    private final float[] data;
    private final int m;
    private final int k;

    private PackedRows(float[] data, int m, int k) {
        this.data = data;
        this.m = m;
        this.k = k;
    }

    /** Packs row-major {@code a[ao + i*k + kk]}, {@code i < m}. */
    public static PackedRows pack(float[] a, int ao, int m, int k) {
        return packInto(a, ao, m, k, new float[size(m, k)]);
    }

    /** Floats needed to pack {@code m x k}. */
    public static int size(int m, int k) {
        return (m + MR - 1) / MR * k * MR;
    }

    /** Packs into {@code d} (at least {@link #size} floats; reused buffers are fine, padding rows are cleared). */
    public static PackedRows packInto(float[] a, int ao, int m, int k, float[] d) {
        int blocks = (m + MR - 1) / MR;
        if (m % MR != 0) {
            java.util.Arrays.fill(d, (blocks - 1) * k * MR, blocks * k * MR, 0f);
        }
        for (int i = 0; i < m; i++) {
            int base = (i / MR) * k * MR + i % MR;
            for (int kk = 0; kk < k; kk++) {
                d[base + kk * MR] = a[ao + i * k + kk];
            }
        }
        return new PackedRows(d, m, k);
    }

    /**
     * Wraps blocks filled by the caller ({@code d.length >= size(m, k)}, layout as above, padding rows zero); lets
     * a caller write each row as it produces it.
     */
    public static PackedRows wrap(float[] d, int m, int k) {
        if (d.length < size(m, k)) {
            throw new IllegalArgumentException("packed rows array too small for m=" + m + " k=" + k);
        }
        return new PackedRows(d, m, k);
    }

    public float[] data() {
        return data;
    }

    public int m() {
        return m;
    }

    public int k() {
        return k;
    }

    public int blocks() {
        return (m + MR - 1) / MR;
    }
}
