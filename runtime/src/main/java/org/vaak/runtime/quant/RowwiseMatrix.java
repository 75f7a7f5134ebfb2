package org.vaak.runtime.quant;

import org.vaak.runtime.kernel.Kernels;
import org.vaak.runtime.kernel.Parallel;

/** Shared driver: per-call activation preparation, then output rows split across threads in small chunks. */
abstract class RowwiseMatrix implements WeightMatrix {
    protected final int rows;
    protected final int cols;

    RowwiseMatrix(int rows, int cols) {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("weight matrix needs positive shape, got [" + rows + ", " + cols + "]");
        }
        this.rows = rows;
        this.cols = cols;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    /** Per-call data derived from the activations (quantized tokens, group sums, tables); may be null. */
    Object prepare(float[] x, int m) {
        return null;
    }

    /** Rows {@code r0 <= r < r1} of token {@code t}. */
    abstract void rows(Kernels k, Object prep, float[] x, int t, float[] y, int r0, int r1);

    /** Rows handed out per chunk: about 64 KiB of weights, a multiple of 4 (the kernels run four rows at a time). */
    int grain() {
        return Math.max(4, (int) (65536 * 8 / (bitsPerWeight() * cols)) / 4 * 4);
    }

    @Override
    public void matmul(float[] x, int m, float[] y, Kernels k) {
        if (x.length < (long) m * cols || y.length < (long) m * rows) {
            throw new IllegalArgumentException("matmul: x needs " + m + "x" + cols + ", y needs " + m + "x" + rows);
        }
        Object prep = prepare(x, m);
        Parallel.forRange(rows, grain(), (r0, r1) -> {
            for (int t = 0; t < m; t++) {
                rows(k, prep, x, t, y, r0, r1);
            }
        });
    }

    static void checkDivisible(int cols, int by, String format) {
        if (cols % by != 0) {
            throw new IllegalArgumentException(format + " needs the input size to be a multiple of " + by + ", got " + cols);
        }
    }
}
