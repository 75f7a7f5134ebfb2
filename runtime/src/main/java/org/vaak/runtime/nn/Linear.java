package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;
import org.vaak.runtime.quant.WeightMatrix;

/** {@code y = x W^T + b} on {@code [T, in]} (or a vector {@code [in]}), W in any weight format. */
public final class Linear implements Layer {
    private final WeightMatrix w;
    private final float[] bias;

    public Linear(WeightMatrix w, float[] bias) {
        if (bias != null && bias.length != w.rows()) {
            throw new IllegalArgumentException("linear bias has " + bias.length + " values for " + w.rows() + " outputs");
        }
        this.w = w;
        this.bias = bias;
    }

    public WeightMatrix weights() {
        return w;
    }

    public float[] bias() {
        return bias;
    }

    @Override
    public Tensor forward(Tensor x) {
        int in = x.dim(-1);
        if (in != w.cols()) {
            throw new IllegalArgumentException("linear expects " + w.cols() + " input features, got " + x);
        }
        int m = x.size() / in;
        float[] y = new float[m * w.rows()];
        w.matmul(x.data(), m, y);
        if (bias != null) {
            for (int t = 0; t < m; t++) {
                for (int r = 0; r < bias.length; r++) {
                    y[t * bias.length + r] += bias[r];
                }
            }
        }
        int[] shape = x.shape();
        shape[shape.length - 1] = w.rows();
        return new Tensor(y, shape);
    }
}
