package org.vaak.runtime.quant;

import org.vaak.runtime.kernel.Int8Panels;
import org.vaak.runtime.kernel.Kernels;
import org.vaak.runtime.kernel.PackedRows;
import org.vaak.runtime.kernel.Parallel;
import org.vaak.runtime.kernel.ThreadBuffers;

/**
 * W8A8 GEMM for several tokens: each token is quantized to int8 (absmax / 127, as {@link Int8Matrix#quantizeRow}),
 * the integer codes are multiplied on the fp32 GEMM micro-kernel (12 tokens x one panel of output channels), and
 * the per-row and per-token scales are applied at the end. Every product of two codes is an integer of magnitude
 * at most 128 * 127, so a sum over at most {@link #SLICE} of them stays below 2^24 and every fp32 partial sum is
 * exact; longer rows are summed in slices of {@link #SLICE} inputs whose exact sums are added as int32. The int32
 * sums therefore equal those of the per-token kernel bit for bit, and so do the outputs (same scaling order).
 * Each weight panel is widened to floats once per task and reused by all its tokens.
 */
final class Int8Gemm {
    /** Writes panel {@code p} of the weights ({@code k} rows of {@code nr} floats, k-major, zero-padded) to {@code out}. */
    @FunctionalInterface
    interface Panels {
        void widen(int p, float[] out);
    }

    /** Inputs per exact fp32 slice: 1024 * 128 * 127 < 2^24. */
    static final int SLICE = 1024;
    /** Row blocks (12 tokens each) per parallel chunk. */
    private static final int BLOCKS_PER_CHUNK = 8;

    private Int8Gemm() {
    }

    static void multiply(Int8Panels w, float[] wScale, float[] x, int m, float[] y, Kernels k) {
        multiply(w.n(), w.k(), w.nr(), w::widen, wScale, true, x, m, y, k);
    }

    /**
     * {@code y[t, r] = xScale[t] * rowScale[r] * sum_c q(x)[t, c] * W[r, c]} with the tokens {@code x} quantized to
     * int8 and the weights given as widened panels: integer-valued ({@code exact}: summed in exact slices, as
     * above) or any floats (one fp32 sum per output; {@code rowScale} may then be null, meaning 1).
     */
    static void multiply(int rows, int cols, int nr, Panels w, float[] rowScale, boolean exact, float[] x, int m,
                         float[] y, Kernels k) {
        // each token is quantized into a row buffer that stays in L1 and written straight into the packed blocks
        final int mr = PackedRows.MR;
        float[] row = ThreadBuffers.floats(ThreadBuffers.TOKENS, cols);
        float[] xs = ThreadBuffers.floats(ThreadBuffers.TOKEN_SCALES, m);
        float[] d = ThreadBuffers.floats(ThreadBuffers.ROWS, PackedRows.size(m, cols));
        int blocks = (m + mr - 1) / mr;
        if (m % mr != 0) {
            java.util.Arrays.fill(d, (blocks - 1) * cols * mr, blocks * cols * mr, 0f);
        }
        for (int t = 0; t < m; t++) {
            xs[t] = k.quantizeInt8(x, t * cols, cols, row, 0);
            int base = (t / mr) * cols * mr + t % mr;
            for (int c = 0; c < cols; c++) {
                d[base + c * mr] = row[c];
            }
        }
        PackedRows a = PackedRows.wrap(d, m, cols);
        final int panels = (rows + nr - 1) / nr;
        final int chunks = (a.blocks() + BLOCKS_PER_CHUNK - 1) / BLOCKS_PER_CHUNK;
        // a task takes one panel with all its token chunks (the panel is widened once), unless there are too few
        // panels to keep the threads busy
        int grain = panels >= 2 * Parallel.threads() ? chunks : 1;
        Parallel.forRange(panels * chunks, grain, (from, to) -> {
            float[] panel = ThreadBuffers.floats(ThreadBuffers.INT8_PANEL, cols * nr);
            int widened = -1;
            for (int c = from; c < to; c++) {
                int p = c / chunks;
                int b0 = (c % chunks) * BLOCKS_PER_CHUNK;
                int b1 = Math.min(a.blocks(), b0 + BLOCKS_PER_CHUNK);
                if (p != widened) {
                    w.widen(p, panel);
                    widened = p;
                }
                chunk(k, a, b0, b1, panel, p, nr, rows, cols, rowScale, exact, xs, y);
            }
        });
    }

    private static void chunk(Kernels k, PackedRows a, int b0, int b1, float[] panel, int p, int nr, int rows, int cols,
                              float[] wScale, boolean exact, float[] xs, float[] y) {
        final int r0 = p * nr;
        final int nc = Math.min(nr, rows - r0);
        final int i0 = b0 * PackedRows.MR;
        final int i1 = Math.min(a.m(), b1 * PackedRows.MR);
        if (cols <= SLICE || !exact) {
            // sums straight into y, then scaled in place
            k.gemmPackedRows(a, b0, b1, panel, 0, nc, y, r0, rows);
            for (int i = i0; i < i1; i++) {
                float s = xs[i];
                int o = i * rows + r0;
                if (wScale == null) {
                    for (int j = 0; j < nc; j++) {
                        y[o + j] *= s;
                    }
                } else {
                    for (int j = 0; j < nc; j++) {
                        y[o + j] = y[o + j] * wScale[r0 + j] * s;
                    }
                }
            }
            return;
        }
        int n = (i1 - i0) * nr;
        float[] tile = ThreadBuffers.floats(ThreadBuffers.TILE, n);
        int[] sums = ThreadBuffers.ints(ThreadBuffers.SUMS, n);
        java.util.Arrays.fill(sums, 0, n, 0);
        for (int k0 = 0; k0 < cols; k0 += SLICE) {
            // tile row i - i0 holds token i: the kernel writes c[co + i * ldc + j] for the absolute token i
            k.gemmPackedRowsRange(a, b0, b1, k0, Math.min(cols, k0 + SLICE), panel, 0, nc, tile, -i0 * nr, nr);
            for (int e = 0; e < n; e++) {
                sums[e] += (int) tile[e];
            }
        }
        for (int i = i0; i < i1; i++) {
            float s = xs[i];
            int o = i * rows + r0;
            int to = (i - i0) * nr;
            for (int j = 0; j < nc; j++) {
                y[o + j] = sums[to + j] * wScale[r0 + j] * s;
            }
        }
    }
}
