package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;

/** Group norm on {@code [C, T]}: statistics over each group of channels and all time steps. */
public final class GroupNorm implements Layer {
    private final int groups;
    private final float[] weight;
    private final float[] bias;
    private final float eps;

    public GroupNorm(int groups, float[] weight, float[] bias, float eps) {
        this.groups = groups;
        this.weight = weight;
        this.bias = bias;
        this.eps = eps;
    }

    @Override
    public Tensor forward(Tensor x) {
        int c = x.dim(0);
        int t = x.dim(1);
        if (c % groups != 0) {
            throw new IllegalArgumentException("group norm: " + c + " channels not divisible into " + groups + " groups");
        }
        int per = c / groups * t;
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int g = 0; g < groups; g++) {
            int o = g * per;
            double mean = 0;
            for (int i = o; i < o + per; i++) {
                mean += in[i];
            }
            mean /= per;
            double var = 0;
            for (int i = o; i < o + per; i++) {
                var += (in[i] - mean) * (in[i] - mean);
            }
            float inv = (float) (1 / Math.sqrt(var / per + eps));
            for (int i = o; i < o + per; i++) {
                int ch = i / t;
                out[i] = (float) (in[i] - mean) * inv * (weight == null ? 1 : weight[ch]) + (bias == null ? 0 : bias[ch]);
            }
        }
        return new Tensor(out, c, t);
    }
}
