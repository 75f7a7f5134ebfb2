package org.vaak.runtime.kernel;

/**
 * Activation layout for the W4A8 kernel ({@link Kernels#int4RowsQ8}). Codes of four consecutive 32-input blocks
 * (64 bytes) are read as 32 little-endian 16-bit words; word {@code i} holds bytes {@code 2i} and {@code 2i+1}
 * of block {@code i/8}, i.e. four nibbles. The int8 activations of each 128-input chunk are therefore stored
 * as four runs of 32 int16 values, run {@code v} holding, for word {@code i}, the input of nibble {@code v}
 * (low/high nibble of the even byte, then of the odd byte). Inputs past the last whole chunk keep their order.
 */
public final class Int4Activations {
    /** Inputs per chunk. */
    public static final int CHUNK = 128;

    private Int4Activations() {
    }

    /** Input (within its chunk) that run {@code v}, word {@code i} stands for. */
    static int input(int v, int i) {
        return (i / 8) * 32 + 2 * (i % 8) + (v >> 1) + 16 * (v & 1);
    }

    /** Writes {@code k} activations of {@code xq[xo..]} into {@code out[oo..]} in the chunked layout. */
    public static void permute(byte[] xq, int xo, int k, short[] out, int oo) {
        int full = k / CHUNK * CHUNK;
        for (int c = 0; c < full; c += CHUNK) {
            for (int v = 0; v < 4; v++) {
                for (int i = 0; i < 32; i++) {
                    out[oo + c + 32 * v + i] = xq[xo + c + input(v, i)];
                }
            }
        }
        for (int i = full; i < k; i++) {
            out[oo + i] = xq[xo + i];
        }
    }
}
