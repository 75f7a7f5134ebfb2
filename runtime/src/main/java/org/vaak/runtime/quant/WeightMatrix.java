package org.vaak.runtime.quant;

import java.util.List;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.kernel.Kernels;

/**
 * A weight matrix W[rows, cols] in some storage format, multiplied as {@code y[m, rows] = x[m, cols] . W^T}.
 * Each format is its own class with a quantizer ({@code quantize}), a kernel and its stored form.
 */
public interface WeightMatrix {
    int rows();

    int cols();

    /** Format spec, e.g. {@code f32}, {@code int4:g64:asym}; see {@link WeightFormats}. */
    String format();

    /** {@code y[t*rows + r] = sum_c x[t*cols + c] * W[r, c]} for tokens {@code t < m}, with the given kernels. */
    void matmul(float[] x, int m, float[] y, Kernels kernels);

    default void matmul(float[] x, int m, float[] y) {
        matmul(x, m, y, Kernels.get());
    }

    /** The weights as fp32 (what the kernel multiplies by, up to activation quantization). */
    float[] dequantize();

    /** Bytes of weight storage (packed values plus scales). */
    long storageBytes();

    /** Tensors that store this matrix under base name {@code name} (see docs/runtime-formats.md). */
    List<StoredTensor> toStored(String name);

    default double bitsPerWeight() {
        return 8.0 * storageBytes() / ((double) rows() * cols());
    }
}
