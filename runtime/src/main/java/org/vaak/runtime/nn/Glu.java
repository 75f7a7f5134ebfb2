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
            int a = r * c;
            int o = r * n;
            for (int i = 0; i < n; i++) {
                out[o + i] = in[a + i] * (float) (1 / (1 + Math.exp(-in[a + n + i])));
            }
        }
        int[] shape = x.shape();
        shape[shape.length - 1] = n;
        return new Tensor(out, shape);
    }
}
