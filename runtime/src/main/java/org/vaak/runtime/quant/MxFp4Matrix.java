package org.vaak.runtime.quant;

import java.util.List;
import org.vaak.runtime.DType;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.kernel.Codes;
import org.vaak.runtime.kernel.Kernels;

/**
 * MXFP4 (OCP microscaling): blocks of 32 inputs share an E8M0 scale {@code X = 2^(floor(log2 amax) - 2)};
 * elements are E2M1 codes, packed two per byte like {@link Int4Matrix} (input j low nibble, j + 16 high).
 */
public final class MxFp4Matrix extends RowwiseMatrix {
    private final byte[] packed;
    private final byte[] exp;

    public MxFp4Matrix(byte[] packed, byte[] exp, int rows, int cols) {
        super(rows, cols);
        checkDivisible(cols, 32, "mxfp4");
        if (packed.length != rows * cols / 2 || exp.length != rows * cols / 32) {
            throw new IllegalArgumentException("mxfp4 weights: inconsistent array sizes for [" + rows + ", " + cols + "]");
        }
        this.packed = packed;
        this.exp = exp;
    }

    public static MxFp4Matrix quantize(float[] w, int rows, int cols) {
        checkDivisible(cols, 32, "mxfp4");
        byte[] packed = new byte[w.length / 2];
        byte[] e = new byte[w.length / 32];
        for (int b = 0; b < e.length; b++) {
            int shared = MxInt8Matrix.sharedExponent(w, b * 32, 2);
            e[b] = (byte) (shared + 127);
            float inv = Math.scalb(1f, -shared);
            for (int j = 0; j < 16; j++) {
                int lo = Codes.toE2M1(w[b * 32 + j] * inv);
                int hi = Codes.toE2M1(w[b * 32 + 16 + j] * inv);
                packed[b * 16 + j] = (byte) (lo | hi << 4);
            }
        }
        return new MxFp4Matrix(packed, e, rows, cols);
    }

    @Override
    void rows(Kernels k, Object prep, float[] x, int t, float[] y, int r0, int r1) {
        k.mxFp4Rows(packed, exp, cols, x, t * cols, y, t * rows, r0, r1);
    }

    @Override
    public String format() {
        return "mxfp4";
    }

    @Override
    public float[] dequantize() {
        float[] out = new float[rows * cols];
        for (int i = 0; i < out.length; i++) {
            int j = i % 32;
            int b = packed[i / 32 * 16 + j % 16];
            int code = j < 16 ? b & 15 : (b >> 4) & 15;
            out[i] = Codes.E2M1[code] * Codes.e8m0(exp[i / 32]);
        }
        return out;
    }

    @Override
    public long storageBytes() {
        return packed.length + exp.length;
    }

    @Override
    public List<StoredTensor> toStored(String name) {
        return List.of(StoredTensor.ofBytes(name + ".q", DType.U8, packed, rows, cols / 2),
                StoredTensor.ofBytes(name + ".e8m0", DType.U8, exp, rows, cols / 32));
    }
}
