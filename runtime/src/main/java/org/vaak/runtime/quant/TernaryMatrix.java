package org.vaak.runtime.quant;

import java.util.List;
import org.vaak.runtime.DType;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.kernel.Kernels;
import org.vaak.runtime.kernel.Parallel;

/**
 * Ternary (1.58-bit) weights {@code w = scale[r] * t}, {@code t in {-1, 0, 1}}, with the absmean scale of
 * BitNet b1.58. Stored as two bit planes in blocks of 16 rows: for row block b and input pair-group p
 * (inputs 8p..8p+7), 16 bytes of the plus plane then 16 bytes of the minus plane; byte lane {@code r} holds
 * row {@code 16b + r}, low nibble = inputs 8p..8p+3 (bit i = input 8p+i), high nibble = inputs 8p+4..8p+7.
 * 2 bits per weight. Multiplied by table look-up ({@link TernaryLutKernel}).
 */
public final class TernaryMatrix implements WeightMatrix {
    private final byte[] planes;
    private final float[] scale;
    private final int rows;
    private final int cols;

    public TernaryMatrix(byte[] planes, float[] scale, int rows, int cols) {
        if (cols % 8 != 0) {
            throw new IllegalArgumentException("ternary needs the input size to be a multiple of 8, got " + cols);
        }
        if (planes.length != blocks(rows) * (cols / 8) * 32 || scale.length != rows) {
            throw new IllegalArgumentException("ternary weights: inconsistent array sizes for [" + rows + ", " + cols + "]");
        }
        this.planes = planes;
        this.scale = scale;
        this.rows = rows;
        this.cols = cols;
    }

    private static int blocks(int rows) {
        return (rows + 15) / 16;
    }

    public static TernaryMatrix quantize(float[] w, int rows, int cols) {
        if (cols % 8 != 0) {
            throw new IllegalArgumentException("ternary needs the input size to be a multiple of 8, got " + cols);
        }
        int pairs = cols / 8;
        byte[] planes = new byte[blocks(rows) * pairs * 32];
        float[] s = new float[rows];
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int c = 0; c < cols; c++) {
                sum += Math.abs(w[r * cols + c]);
            }
            s[r] = sum == 0 ? 1f : (float) (sum / cols);
            for (int c = 0; c < cols; c++) {
                int t = Math.max(-1, Math.min(1, Math.round(w[r * cols + c] / s[r])));
                if (t != 0) {
                    int o = ((r / 16) * pairs + c / 8) * 32 + (t < 0 ? 16 : 0) + r % 16;
                    planes[o] |= (byte) (1 << (c % 8));
                }
            }
        }
        return new TernaryMatrix(planes, s, rows, cols);
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public String format() {
        return "ternary";
    }

    @Override
    public void matmul(float[] x, int m, float[] y, Kernels k) {
        byte[] tables = new byte[cols * 4];
        float[] scratch = new float[cols * 4];
        for (int t = 0; t < m; t++) {
            float ts = TernaryLutKernel.buildTables(x, t * cols, cols, tables, 0, scratch);
            int yo = t * rows;
            Parallel.forRange(blocks(rows), Math.max(1, 2048 / cols),
                    (b0, b1) -> k.ternaryBlocks(planes, scale, rows, cols, tables, ts, y, yo, b0, b1));
        }
    }

    @Override
    public float[] dequantize() {
        int pairs = cols / 8;
        float[] out = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int o = ((r / 16) * pairs + c / 8) * 32 + r % 16;
                int bit = 1 << (c % 8);
                int t = ((planes[o] & bit) != 0 ? 1 : 0) - ((planes[o + 16] & bit) != 0 ? 1 : 0);
                out[r * cols + c] = t * scale[r];
            }
        }
        return out;
    }

    @Override
    public long storageBytes() {
        return planes.length + 4L * rows;
    }

    @Override
    public List<StoredTensor> toStored(String name) {
        return List.of(StoredTensor.ofBytes(name + ".q", DType.U8, planes, blocks(rows), cols / 8, 32),
                StoredTensor.ofFloats(name + ".scale", scale, rows));
    }
}
