package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;

/** Layer norm ({@code rms = false}) or RMS norm over the last axis, with optional weight and bias. */
public final class LayerNorm implements Layer {
    private final float[] weight;
    private final float[] bias;
    private final float eps;
    private final boolean rms;

    public LayerNorm(float[] weight, float[] bias, float eps, boolean rms) {
        this.weight = weight;
        this.bias = bias;
        this.eps = eps;
        this.rms = rms;
    }

    @Override
    public Tensor forward(Tensor x) {
        int n = x.dim(-1);
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int o = 0; o < in.length; o += n) {
            double mean = 0;
            if (!rms) {
                for (int i = 0; i < n; i++) {
                    mean += in[o + i];
                }
                mean /= n;
            }
            double var = 0;
            for (int i = 0; i < n; i++) {
                double d = in[o + i] - mean;
                var += d * d;
            }
            float inv = (float) (1 / Math.sqrt(var / n + eps));
            for (int i = 0; i < n; i++) {
                float v = (float) (in[o + i] - mean) * inv;
                if (weight != null) {
                    v *= weight[i];
                }
                if (bias != null) {
                    v += bias[i];
                }
                out[o + i] = v;
            }
        }
        return new Tensor(out, x.shape());
    }
}
