package org.vaak.asr.am;

import org.vaak.runtime.Tensor;
import org.vaak.runtime.nn.Activation;
import org.vaak.runtime.nn.Conv1d;
import org.vaak.runtime.nn.Linear;
import org.vaak.runtime.nn.Padding;
import org.vaak.runtime.quant.Fp32Matrix;
import org.vaak.runtime.quant.WeightMatrix;

/**
 * Convolutional subsampling of normalised features {@code [T, mel]} to {@code [ceil(T / s), d]}: one (s = 2)
 * or two (s = 4) Conv1d(k 3, stride 2, padding 1) + GELU, then a Linear projection.
 */
final class Subsampling {
    private final Conv1d conv1;
    private final Conv1d conv2;
    private final Linear proj;

    Subsampling(Conv1d conv1, Conv1d conv2, Linear proj) {
        this.conv1 = conv1;
        this.conv2 = conv2;
        this.proj = proj;
    }

    static Subsampling load(WeightSource w, ConformerConfig c) {
        int d = c.d();
        Conv1d conv1 = conv(w, "sub.conv1", c.melBins(), d);
        Conv1d conv2 = c.subsampling() == 4 ? conv(w, "sub.conv2", d, d) : null;
        return new Subsampling(conv1, conv2, new Linear(w.matrix("sub.proj.weight", d, d), w.floats("sub.proj.bias", d)));
    }

    /** A stride-2 convolution; fp32 weights run as grouped GEMM, a quantized stored weight as a matrix. */
    private static Conv1d conv(WeightSource w, String p, int in, int out) {
        WeightMatrix m = w.matrix(p + ".weight", out, in * 3, out, in, 3);
        float[] bias = w.floats(p + ".bias", out);
        if (m instanceof Fp32Matrix f) {
            return new Conv1d(in, out, 3, 2, 1, 1, 1, Padding.ZEROS, 1, f.weights(), bias);
        }
        return new Conv1d(in, 3, 2, 1, 1, 1, Padding.ZEROS, m, bias);
    }

    /** {@code [T, mel]} (already normalised) to {@code [ceil(T / s), d]}. */
    Tensor forward(Tensor x) {
        Tensor h = conv1.forward(x.transpose2d());
        Activation.GELU.applyInPlace(h.data(), 0, h.size());
        if (conv2 != null) {
            h = conv2.forward(h);
            Activation.GELU.applyInPlace(h.data(), 0, h.size());
        }
        return proj.forward(h.transpose2d());
    }
}
