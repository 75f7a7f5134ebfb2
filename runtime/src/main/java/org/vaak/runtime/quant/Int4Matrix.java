package org.vaak.runtime.quant;

import java.util.ArrayList;
import java.util.List;
import org.vaak.runtime.DType;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.kernel.Int4Activations;
import org.vaak.runtime.kernel.Kernels;
import org.vaak.runtime.kernel.ThreadBuffers;

/**
 * Group-wise 4-bit weights: groups of 32, 64 or 128 inputs share an fp32 scale and, when asymmetric, a uint8
 * zero point ({@code w = scale * (code - zero)}; symmetric uses zero 8). Codes are packed two per byte in
 * blocks of 32 inputs: byte {@code j} of a block holds input {@code j} in its low and input {@code j + 16}
 * in its high nibble. An optional per-input {@code inputScale} (from {@link AwqScaleSearch}) means the codes
 * encode {@code W * diag(inputScale)}, and activations are divided by it before the product.
 * <p>With {@code int8Activations} (spec suffix {@code :a8}) each token is quantized to int8 (absmax / 127) and the
 * product runs as integer dot products per group (W4A8); otherwise activations stay fp32. The stored tensors
 * are the same either way.
 */
public final class Int4Matrix extends RowwiseMatrix {
    private final byte[] packed;
    private final float[] scale;
    private final byte[] zero;
    private final int group;
    private final float[] inputScale;
    private final boolean int8Activations;

    public Int4Matrix(byte[] packed, float[] scale, byte[] zero, int group, float[] inputScale, int rows, int cols) {
        this(packed, scale, zero, group, inputScale, rows, cols, false);
    }

    public Int4Matrix(byte[] packed, float[] scale, byte[] zero, int group, float[] inputScale, int rows, int cols,
                      boolean int8Activations) {
        super(rows, cols);
        if (group != 32 && group != 64 && group != 128) {
            throw new IllegalArgumentException("int4 group size must be 32, 64 or 128, got " + group);
        }
        checkDivisible(cols, group, "int4 with group " + group);
        int groups = rows * (cols / group);
        if (packed.length != rows * cols / 2 || scale.length != groups || (zero != null && zero.length != groups)
                || (inputScale != null && inputScale.length != cols)) {
            throw new IllegalArgumentException("int4 weights: inconsistent array sizes for [" + rows + ", " + cols + "]");
        }
        this.packed = packed;
        this.scale = scale;
        this.zero = zero;
        this.group = group;
        this.inputScale = inputScale;
        this.int8Activations = int8Activations;
    }

    /** The same weights multiplied with int8 ({@code true}) or fp32 activations. */
    public Int4Matrix withInt8Activations(boolean on) {
        return on == int8Activations ? this : new Int4Matrix(packed, scale, zero, group, inputScale, rows, cols, on);
    }

    public boolean int8Activations() {
        return int8Activations;
    }

    /** Round-to-nearest quantization (min/max per group when asymmetric, absmax when symmetric). */
    public static Int4Matrix quantize(float[] w, int rows, int cols, int group, boolean asymmetric) {
        return quantize(w, rows, cols, group, asymmetric, null);
    }

    /** Quantizes {@code W * diag(inputScale)} (when given) and records the input scale. */
    public static Int4Matrix quantize(float[] w, int rows, int cols, int group, boolean asymmetric, float[] inputScale) {
        checkDivisible(cols, group, "int4 with group " + group);
        int groups = cols / group;
        byte[] packed = new byte[rows * cols / 2];
        float[] scale = new float[rows * groups];
        byte[] zero = asymmetric ? new byte[rows * groups] : null;
        int[] codes = new int[group];
        for (int r = 0; r < rows; r++) {
            for (int g = 0; g < groups; g++) {
                int o = r * cols + g * group;
                float lo = Float.MAX_VALUE;
                float hi = -Float.MAX_VALUE;
                float amax = 0;
                for (int i = 0; i < group; i++) {
                    float v = value(w, o + i, inputScale, g * group + i);
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                    amax = Math.max(amax, Math.abs(v));
                }
                float s;
                int z;
                if (asymmetric) {
                    lo = Math.min(lo, 0);
                    hi = Math.max(hi, 0);
                    s = hi > lo ? (hi - lo) / 15f : 1f;
                    z = Math.max(0, Math.min(15, Math.round(-lo / s)));
                } else {
                    s = amax > 0 ? amax / 7.5f : 1f;
                    z = 8;
                }
                for (int i = 0; i < group; i++) {
                    float v = value(w, o + i, inputScale, g * group + i);
                    codes[i] = Math.max(0, Math.min(15, Math.round(v / s) + z));
                }
                for (int c = 0; c < group; c += 32) {
                    for (int j = 0; j < 16; j++) {
                        packed[(o + c) / 2 + j] = (byte) (codes[c + j] | (codes[c + 16 + j] << 4));
                    }
                }
                scale[r * groups + g] = s;
                if (zero != null) {
                    zero[r * groups + g] = (byte) z;
                }
            }
        }
        return new Int4Matrix(packed, scale, zero, group, inputScale == null ? null : inputScale.clone(), rows, cols);
    }

    private static float value(float[] w, int i, float[] inputScale, int c) {
        return inputScale == null ? w[i] : w[i] * inputScale[c];
    }

    public int group() {
        return group;
    }

    public boolean asymmetric() {
        return zero != null;
    }

    /**
     * With int8 activations and at least {@link Int8Matrix#GEMM_TOKENS} tokens: the tokens are quantized as for the
     * GEMV and multiplied as a GEMM ({@link Int8Gemm}) with the weights widened per call, one panel at a time, to
     * {@code scale * (code - zero)}; equals the GEMV up to fp32 rounding (the group scales are applied to the
     * weights instead of to integer group sums).
     */
    @Override
    public void matmul(float[] x, int m, float[] y, Kernels k) {
        if (!int8Activations || m < Int8Matrix.GEMM_TOKENS) {
            super.matmul(x, m, y, k);
            return;
        }
        if (x.length < (long) m * cols || y.length < (long) m * rows) {
            throw new IllegalArgumentException("matmul: x needs " + m + "x" + cols + ", y needs " + m + "x" + rows);
        }
        float[] xs = x;
        if (inputScale != null) {
            xs = ThreadBuffers.floats(ThreadBuffers.SCALED_INPUT, m * cols);
            for (int i = 0; i < m * cols; i++) {
                xs[i] = x[i] / inputScale[i % cols];
            }
        }
        int nr = k.panelWidth();
        Int8Gemm.multiply(rows, cols, nr, (p, out) -> widen(p, nr, out), null, false, xs, m, y, k);
    }

    /** Panel {@code p} of {@code nr} rows as dequantized floats, k-major ({@code out[c*nr + j]}), zero-padded. */
    private void widen(int p, int nr, float[] out) {
        int groups = cols / group;
        for (int j = 0; j < nr; j++) {
            int r = p * nr + j;
            if (r >= rows) {
                for (int c = 0; c < cols; c++) {
                    out[c * nr + j] = 0f;
                }
                continue;
            }
            for (int c = 0; c < cols; c += 32) {
                int gi = r * groups + c / group;
                float s = scale[gi];
                int z = zero == null ? 8 : zero[gi] & 0xff;
                int bo = (r * cols + c) / 2;
                for (int jj = 0; jj < 16; jj++) {
                    int b = packed[bo + jj];
                    out[(c + jj) * nr + j] = s * ((b & 15) - z);
                    out[(c + 16 + jj) * nr + j] = s * (((b >> 4) & 15) - z);
                }
            }
        }
    }

    private record Prepared(float[] x, float[] groupSums) {
    }

    /** int8 tokens: codes in input order and in the kernel's layout, per-group code sums, one scale per token. */
    private record Quantized(byte[] q, short[] permuted, int[] groupSums, float[] scale) {
    }

    @Override
    Object prepare(float[] x, int m) {
        if (int8Activations) {
            return prepareInt8(x, m);
        }
        float[] xs = x;
        if (inputScale != null) {
            xs = new float[m * cols];
            for (int i = 0; i < m * cols; i++) {
                xs[i] = x[i] / inputScale[i % cols];
            }
        }
        int groups = cols / group;
        float[] sums = new float[m * groups];
        for (int t = 0; t < m; t++) {
            for (int g = 0; g < groups; g++) {
                float s = 0;
                for (int i = 0; i < group; i++) {
                    s += xs[t * cols + g * group + i];
                }
                sums[t * groups + g] = s;
            }
        }
        return new Prepared(xs, sums);
    }

    private Quantized prepareInt8(float[] x, int m) {
        int groups = cols / group;
        byte[] q = new byte[m * cols];
        short[] permuted = new short[m * cols];
        int[] sums = new int[m * groups];
        float[] sc = new float[m];
        float[] row = inputScale == null ? null : new float[cols];
        for (int t = 0; t < m; t++) {
            if (row == null) {
                sc[t] = Int8Matrix.quantizeRow(x, t * cols, cols, q, t * cols);
            } else {
                for (int c = 0; c < cols; c++) {
                    row[c] = x[t * cols + c] / inputScale[c];
                }
                sc[t] = Int8Matrix.quantizeRow(row, 0, cols, q, t * cols);
            }
            Int4Activations.permute(q, t * cols, cols, permuted, t * cols);
            for (int g = 0; g < groups; g++) {
                int s = 0;
                for (int i = 0; i < group; i++) {
                    s += q[t * cols + g * group + i];
                }
                sums[t * groups + g] = s;
            }
        }
        return new Quantized(q, permuted, sums, sc);
    }

    @Override
    void rows(Kernels k, Object prep, float[] x, int t, float[] y, int r0, int r1) {
        if (prep instanceof Quantized p) {
            k.int4RowsQ8(packed, scale, zero, group, cols, p.q, p.permuted, t * cols, p.groupSums, t * (cols / group),
                    p.scale[t], y, t * rows, r0, r1);
            return;
        }
        Prepared p = (Prepared) prep;
        k.int4Rows(packed, scale, zero, group, cols, p.x, t * cols, p.groupSums, t * (cols / group), y, t * rows, r0, r1);
    }

    @Override
    public String format() {
        return "int4:g" + group + (zero != null ? ":asym" : ":sym") + (inputScale != null ? ":awq" : "")
                + (int8Activations ? ":a8" : "");
    }

    @Override
    public float[] dequantize() {
        int groups = cols / group;
        float[] out = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int block = c / 32 * 32;
                int j = c % 32;
                int b = packed[(r * cols + block) / 2 + (j % 16)];
                int code = j < 16 ? b & 15 : (b >> 4) & 15;
                int gi = r * groups + c / group;
                float z = zero == null ? 8 : zero[gi] & 0xff;
                float v = scale[gi] * (code - z);
                out[r * cols + c] = inputScale == null ? v : v / inputScale[c];
            }
        }
        return out;
    }

    @Override
    public long storageBytes() {
        return packed.length + 4L * scale.length + (zero == null ? 0 : zero.length) + (inputScale == null ? 0 : 4L * cols);
    }

    @Override
    public List<StoredTensor> toStored(String name) {
        int groups = cols / group;
        List<StoredTensor> out = new ArrayList<>();
        out.add(StoredTensor.ofBytes(name + ".q", DType.U8, packed, rows, cols / 2));
        out.add(StoredTensor.ofFloats(name + ".scale", scale, rows, groups));
        if (zero != null) {
            out.add(StoredTensor.ofBytes(name + ".zero", DType.U8, zero, rows, groups));
        }
        if (inputScale != null) {
            out.add(StoredTensor.ofFloats(name + ".input_scale", inputScale, cols));
        }
        return out;
    }
}
