package org.vaak.runtime.kernel;

/**
 * An int8 weight matrix W[n, k] in column panels of {@code nr} output channels, each stored k-major
 * ({@code data[p*k*nr + kk*nr + j] = W[p*nr + j, kk]}), zero-padded to a whole panel: the layout of
 * {@link PackedPanels} in bytes, so that one panel is widened to floats with contiguous reads.
 */
public final class Int8Panels {
    private final byte[] data;
    private final int n;
    private final int k;
    private final int nr;

    private Int8Panels(byte[] data, int n, int k, int nr) {
        this.data = data;
        this.n = n;
        this.k = k;
        this.nr = nr;
    }

    /** Packs row-major {@code w[n, k]} with the panel width of the given kernels. */
    public static Int8Panels pack(byte[] w, int n, int k, Kernels kernels) {
        int nr = kernels.panelWidth();
        int panels = (n + nr - 1) / nr;
        byte[] d = new byte[panels * k * nr];
        for (int j = 0; j < n; j++) {
            int base = (j / nr) * k * nr + j % nr;
            for (int kk = 0; kk < k; kk++) {
                d[base + kk * nr] = w[j * k + kk];
            }
        }
        return new Int8Panels(d, n, k, nr);
    }

    /** Widens panel {@code p} (all {@code k} inputs) to floats in {@code out[0, k*nr)}. */
    public void widen(int p, float[] out) {
        int o = p * k * nr;
        int len = k * nr;
        for (int i = 0; i < len; i++) {
            out[i] = data[o + i];
        }
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

    /** Bytes held. */
    public long bytes() {
        return data.length;
    }
}
