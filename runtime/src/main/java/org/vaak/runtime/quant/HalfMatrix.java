package org.vaak.runtime.quant;

import java.util.List;
import org.vaak.runtime.DType;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.kernel.Kernels;

/** 16-bit float weights, bf16 or IEEE fp16, widened to fp32 in the kernel. */
public final class HalfMatrix extends RowwiseMatrix {
    private final short[] w;
    private final boolean bf16;

    public HalfMatrix(short[] w, boolean bf16, int rows, int cols) {
        super(rows, cols);
        if (w.length != rows * cols) {
            throw new IllegalArgumentException("half weights: expected " + rows * cols + " values, got " + w.length);
        }
        this.w = w;
        this.bf16 = bf16;
    }

    /** Rounds to nearest even (bf16) or converts with IEEE rounding (fp16). */
    public static HalfMatrix quantize(float[] w, int rows, int cols, boolean bf16) {
        short[] q = new short[w.length];
        for (int i = 0; i < w.length; i++) {
            q[i] = bf16 ? toBf16(w[i]) : Float.floatToFloat16(w[i]);
        }
        return new HalfMatrix(q, bf16, rows, cols);
    }

    static short toBf16(float v) {
        int b = Float.floatToRawIntBits(v);
        if (Float.isNaN(v)) {
            return (short) ((b >>> 16) | 0x40);
        }
        return (short) ((b + 0x7fff + ((b >>> 16) & 1)) >>> 16);
    }

    @Override
    public String format() {
        return bf16 ? "bf16" : "f16";
    }

    @Override
    void rows(Kernels k, Object prep, float[] x, int t, float[] y, int r0, int r1) {
        k.halfRows(w, bf16, cols, x, t * cols, y, t * rows, r0, r1);
    }

    @Override
    public float[] dequantize() {
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = bf16 ? Float.intBitsToFloat((w[i] & 0xffff) << 16) : Float.float16ToFloat(w[i]);
        }
        return out;
    }

    @Override
    public long storageBytes() {
        return 2L * w.length;
    }

    @Override
    public List<StoredTensor> toStored(String name) {
        return List.of(StoredTensor.ofShorts(name, bf16 ? DType.BF16 : DType.F16, w, rows, cols));
    }
}
