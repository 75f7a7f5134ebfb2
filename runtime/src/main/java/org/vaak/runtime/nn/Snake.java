package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;

/** Snake activation on {@code [C, T]}: {@code x + sin^2(alpha_c x) / alpha_c} (BigVGAN-style, per channel). */
public final class Snake implements Layer {
    private final float[] alpha;

    public Snake(float[] alpha) {
        this.alpha = alpha;
    }

    @Override
    public Tensor forward(Tensor x) {
        int c = x.dim(0);
        int t = x.dim(1);
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int ch = 0; ch < c; ch++) {
            float a = alpha[ch];
            float inv = 1f / (a + 1e-9f);
            for (int i = ch * t; i < ch * t + t; i++) {
                float s = (float) Math.sin(a * in[i]);
                out[i] = in[i] + inv * s * s;
            }
        }
        return new Tensor(out, c, t);
    }
}
