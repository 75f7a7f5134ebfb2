package org.vaak.runtime.kernel;

/**
 * A weight matrix W[n, k] rearranged for the GEMM micro-kernel: column panels of {@code nr} output channels,
 * each stored k-major ({@code data[p*k*nr + kk*nr + j] = W[p*nr + j, kk]}), zero-padded to a whole panel.
 */
public final class PackedPanels {
    private final float[] data;
    private final int n;
    private final int k;
    private final int nr;

    private PackedPanels(float[] data, int n, int k, int nr) {
        this.data = data;
        this.n = n;
        this.k = k;
        this.nr = nr;
    }

    /** Packs row-major {@code w[n, k]} with the panel width of the given kernels. */
    public static PackedPanels pack(float[] w, int n, int k, Kernels kernels) {
        int nr = kernels.panelWidth();
        int panels = (n + nr - 1) / nr;
        float[] d = new float[panels * k * nr];
        for (int j = 0; j < n; j++) {
            int p = j / nr;
            int jj = j % nr;
            int base = p * k * nr + jj;
            for (int kk = 0; kk < k; kk++) {
                d[base + kk * nr] = w[j * k + kk];
            }
        }
        return new PackedPanels(d, n, k, nr);
    }

    /**
     * Wraps panels filled by the caller ({@code data.length >= panels * k * nr}); used to pack convolution inputs
     * straight from the signal without an im2col copy.
     */
    public static PackedPanels wrap(float[] data, int n, int k, int nr) {
        if (data.length < (long) ((n + nr - 1) / nr) * k * nr) {
            throw new IllegalArgumentException("packed panel array too small for n=" + n + " k=" + k + " nr=" + nr);
        }
        return new PackedPanels(data, n, k, nr);
    }

    public float[] data() {
        return data;
    }

    public int n() {
        return n;
    }

    public int k() {
        return k;
    }

    public int nr() {
        return nr;
    }

    public int panels() {
        return (n + nr - 1) / nr;
    }
}
