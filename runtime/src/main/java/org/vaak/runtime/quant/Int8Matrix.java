package org.vaak.runtime.quant;

import java.util.List;
import org.vaak.runtime.DType;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.kernel.Int8Panels;
import org.vaak.runtime.kernel.Kernels;

/**
 * W8A8: int8 weights with one fp32 scale per output channel (symmetric, absmax / 127); activations are
 * quantized per token to int8 at run time (absmax / 127) and the dot products run in int32. One token runs the
 * int8 GEMV; {@link #GEMM_TOKENS} or more run {@link Int8Gemm} on a k-major copy of the weights made at the first
 * such call (one more byte per weight).
 */
public final class Int8Matrix extends RowwiseMatrix {
    /** Tokens from which a product runs as a GEMM (fewer run the per-token GEMV). */
    public static final int GEMM_TOKENS = 4;
    private final byte[] q;
    private final float[] scale;
    private volatile Int8Panels packed;
    private volatile Kernels packedFor;

    public Int8Matrix(byte[] q, float[] scale, int rows, int cols) {
        super(rows, cols);
        if (q.length != rows * cols || scale.length != rows) {
            throw new IllegalArgumentException("int8 weights: expected " + rows * cols + " codes and " + rows + " scales");
        }
        this.q = q;
        this.scale = scale;
    }

    public static Int8Matrix quantize(float[] w, int rows, int cols) {
        byte[] q = new byte[w.length];
        float[] s = new float[rows];
        for (int r = 0; r < rows; r++) {
            s[r] = quantizeRow(w, r * cols, cols, q, r * cols);
        }
        return new Int8Matrix(q, s, rows, cols);
    }

    /** Symmetric int8 quantization of {@code n} values; returns the scale. */
    public static float quantizeRow(float[] v, int vo, int n, byte[] out, int oo) {
        float amax = 0;
        for (int i = 0; i < n; i++) {
            amax = Math.max(amax, Math.abs(v[vo + i]));
        }
        float s = amax == 0 ? 1f : amax / 127f;
        float inv = 1f / s;
        for (int i = 0; i < n; i++) {
            // Math.round of the value clamped to [-127, 127], without its slow path: floor(f + 1/2) from the
            // truncation (exact here) and the fraction
            float f = Math.max(-127f, Math.min(127f, v[vo + i] * inv));
            int q = (int) f;
            float frac = f - q;
            out[oo + i] = (byte) (q + (frac >= 0.5f ? 1 : 0) - (frac < -0.5f ? 1 : 0));
        }
        return s;
    }

    @Override
    public void matmul(float[] x, int m, float[] y, Kernels k) {
        if (m < GEMM_TOKENS) {
            super.matmul(x, m, y, k);
            return;
        }
        if (x.length < (long) m * cols || y.length < (long) m * rows) {
            throw new IllegalArgumentException("matmul: x needs " + m + "x" + cols + ", y needs " + m + "x" + rows);
        }
        Int8Gemm.multiply(panels(k), scale, x, m, y, k);
    }

    /** The k-major panels for {@code k}, packed once. */
    private Int8Panels panels(Kernels k) {
        Int8Panels p = packed;
        if (p == null || packedFor != k) {
            p = Int8Panels.pack(q, rows, cols, k);
            packed = p;
            packedFor = k;
        }
        return p;
    }

    private record Tokens(byte[] q, float[] scale) {
    }

    @Override
    Object prepare(float[] x, int m) {
        byte[] xq = new byte[m * cols];
        float[] xs = new float[m];
        for (int t = 0; t < m; t++) {
            xs[t] = quantizeRow(x, t * cols, cols, xq, t * cols);
        }
        return new Tokens(xq, xs);
    }

    @Override
    void rows(Kernels k, Object prep, float[] x, int t, float[] y, int r0, int r1) {
        Tokens tk = (Tokens) prep;
        k.int8Rows(q, scale, cols, tk.q, t * cols, tk.scale[t], y, t * rows, r0, r1);
    }

    @Override
    public String format() {
        return "int8";
    }

    @Override
    public float[] dequantize() {
        float[] out = new float[q.length];
        for (int i = 0; i < q.length; i++) {
            out[i] = q[i] * scale[i / cols];
        }
        return out;
    }

    @Override
    public long storageBytes() {
        return q.length + 4L * rows;
    }

    @Override
    public List<StoredTensor> toStored(String name) {
        return List.of(StoredTensor.ofBytes(name + ".q", DType.I8, q, rows, cols),
                StoredTensor.ofFloats(name + ".scale", scale, rows));
    }
}
