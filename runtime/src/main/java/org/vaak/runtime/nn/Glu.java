package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;

/**
 * Gated linear unit over the last axis: an input of {@code 2n} features gives {@code n},
 * {@code y[i] = x[i] * sigmoid(x[i + n])} (PyTorch's {@code glu(x, dim=-1)}).
 */
public final class Glu implements Layer {
    @Override
    public Tensor forward(Tensor x) {
        int c = x.dim(-1);
        if (c % 2 != 0) {
            throw new IllegalArgumentException("glu needs an even number of features, got " + x);
        }
        int n = c / 2;
        float[] in = x.data();
        int rows = in.length / c;
        float[] out = new float[rows * n];
        for (int r = 0; r < rows; r++) {
            Elementwise.glu(in, r * c, r * c + n, out, r * n, n);
        }
        int[] shape = x.shape();
        shape[shape.length - 1] = n;
        return new Tensor(out, shape);
    }
}
