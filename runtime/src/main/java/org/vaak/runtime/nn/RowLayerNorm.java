package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;

/**
 * Layer norm over the last axis with weight and bias, statistics accumulated in float over vector lanes
 * ({@link Elementwise#layerNorm}); agrees with {@link LayerNorm} (double accumulation) to float rounding for
 * rows of moderate width. For inference paths where the norm is a measurable share of the time.
 */
public final class RowLayerNorm implements Layer {
    private final float[] weight;
    private final float[] bias;
    private final float eps;

    public RowLayerNorm(float[] weight, float[] bias, float eps) {
        if (weight.length != bias.length) {
            throw new IllegalArgumentException("layer norm: " + weight.length + " weights but " + bias.length + " biases");
        }
        this.weight = weight;
        this.bias = bias;
        this.eps = eps;
    }

    @Override
    public Tensor forward(Tensor x) {
        int n = x.dim(-1);
        if (n != weight.length) {
            throw new IllegalArgumentException("layer norm over " + weight.length + " features, got " + x);
        }
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int o = 0; o < in.length; o += n) {
            Elementwise.layerNorm(in, o, out, o, n, weight, bias, eps);
        }
        return new Tensor(out, x.shape());
    }
}
