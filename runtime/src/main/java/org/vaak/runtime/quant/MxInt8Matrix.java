package org.vaak.runtime.quant;

import java.util.List;
import org.vaak.runtime.DType;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.kernel.Codes;
import org.vaak.runtime.kernel.Kernels;

/**
 * MXINT8 (OCP microscaling): blocks of 32 inputs share a power-of-two E8M0 scale {@code X = 2^(e-127)};
 * elements are int8 fixed-point with 6 fraction bits, {@code w = X * q / 64}.
 */
public final class MxInt8Matrix extends RowwiseMatrix {
    private final byte[] q;
    private final byte[] exp;

    public MxInt8Matrix(byte[] q, byte[] exp, int rows, int cols) {
        super(rows, cols);
        checkDivisible(cols, 32, "mxint8");
        if (q.length != rows * cols || exp.length != rows * cols / 32) {
            throw new IllegalArgumentException("mxint8 weights: inconsistent array sizes for [" + rows + ", " + cols + "]");
        }
        this.q = q;
        this.exp = exp;
    }

    public static MxInt8Matrix quantize(float[] w, int rows, int cols) {
        checkDivisible(cols, 32, "mxint8");
        byte[] q = new byte[w.length];
        byte[] e = new byte[w.length / 32];
        for (int b = 0; b < e.length; b++) {
            int shared = sharedExponent(w, b * 32, 0);
            e[b] = (byte) (shared + 127);
            float inv = Math.scalb(1f, 6 - shared);
            for (int i = b * 32; i < b * 32 + 32; i++) {
                q[i] = (byte) Math.max(-127, Math.min(127, Math.round(w[i] * inv)));
            }
        }
        return new MxInt8Matrix(q, e, rows, cols);
    }

    /** floor(log2(max |w| of the block)) - emaxElement, clamped to the E8M0 range. */
    static int sharedExponent(float[] w, int o, int emaxElement) {
        float amax = 0;
        for (int i = o; i < o + 32; i++) {
            amax = Math.max(amax, Math.abs(w[i]));
        }
        int e = amax == 0 ? -127 : Math.getExponent(amax) - emaxElement;
        return Math.max(-127, Math.min(127, e));
    }

    @Override
    void rows(Kernels k, Object prep, float[] x, int t, float[] y, int r0, int r1) {
        k.mxInt8Rows(q, exp, cols, x, t * cols, y, t * rows, r0, r1);
    }

    @Override
    public String format() {
        return "mxint8";
    }

    @Override
    public float[] dequantize() {
        float[] out = new float[q.length];
        for (int i = 0; i < q.length; i++) {
            out[i] = q[i] * Codes.e8m0(exp[i / 32]) * 0x1p-6f;
        }
        return out;
    }

    @Override
    public long storageBytes() {
        return q.length + exp.length;
    }

    @Override
    public List<StoredTensor> toStored(String name) {
        return List.of(StoredTensor.ofBytes(name + ".q", DType.I8, q, rows, cols),
                StoredTensor.ofBytes(name + ".e8m0", DType.U8, exp, rows, cols / 32));
    }
}
