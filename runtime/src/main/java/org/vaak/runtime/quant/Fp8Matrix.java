package org.vaak.runtime.quant;

import java.util.List;
import org.vaak.runtime.DType;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.kernel.Codes;
import org.vaak.runtime.kernel.Kernels;

/** FP8 E4M3 weights with an fp32 scale per output channel mapping the row's absmax to 448. */
public final class Fp8Matrix extends RowwiseMatrix {
    private final byte[] q;
    private final float[] scale;

    public Fp8Matrix(byte[] q, float[] scale, int rows, int cols) {
        super(rows, cols);
        if (q.length != rows * cols || scale.length != rows) {
            throw new IllegalArgumentException("fp8 weights: expected " + rows * cols + " codes and " + rows + " scales");
        }
        this.q = q;
        this.scale = scale;
    }

    public static Fp8Matrix quantize(float[] w, int rows, int cols) {
        byte[] q = new byte[w.length];
        float[] s = new float[rows];
        for (int r = 0; r < rows; r++) {
            float amax = 0;
            for (int c = 0; c < cols; c++) {
                amax = Math.max(amax, Math.abs(w[r * cols + c]));
            }
            s[r] = amax == 0 ? 1f : amax / Codes.FP8_MAX;
            for (int c = 0; c < cols; c++) {
                q[r * cols + c] = Codes.toFp8(w[r * cols + c] / s[r]);
            }
        }
        return new Fp8Matrix(q, s, rows, cols);
    }

    @Override
    void rows(Kernels k, Object prep, float[] x, int t, float[] y, int r0, int r1) {
        k.fp8Rows(q, scale, cols, x, t * cols, y, t * rows, r0, r1);
    }

    @Override
    public String format() {
        return "fp8";
    }

    @Override
    public float[] dequantize() {
        float[] out = new float[q.length];
        for (int i = 0; i < q.length; i++) {
            out[i] = Codes.fp8(q[i]) * scale[i / cols];
        }
        return out;
    }

    @Override
    public long storageBytes() {
        return q.length + 4L * rows;
    }

    @Override
    public List<StoredTensor> toStored(String name) {
        return List.of(StoredTensor.ofBytes(name + ".q", DType.F8_E4M3, q, rows, cols),
                StoredTensor.ofFloats(name + ".scale", scale, rows));
    }
}
