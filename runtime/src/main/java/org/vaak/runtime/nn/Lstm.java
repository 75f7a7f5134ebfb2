package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;
import org.vaak.runtime.quant.Fp32Matrix;

/**
 * One-direction, one-layer LSTM on {@code [T, I]} -> {@code [T, H]}, PyTorch gate order (i, f, g, o) and
 * weights {@code W_ih [4H, I]}, {@code W_hh [4H, H]}, biases {@code b_ih, b_hh}; zero initial state.
 */
public final class Lstm implements Layer {
    private final Linear input;
    private final Fp32Matrix hidden;
    private final float[] hiddenBias;
    private final int h;

    public Lstm(Linear input, Fp32Matrix hidden, float[] hiddenBias) {
        this.input = input;
        this.hidden = hidden;
        this.hiddenBias = hiddenBias;
        this.h = hidden.cols();
    }

    @Override
    public Tensor forward(Tensor x) {
        int t = x.dim(0);
        float[] gx = input.forward(x).data();
        float[] out = new float[t * h];
        float[] hs = new float[h];
        float[] cs = new float[h];
        float[] gh = new float[4 * h];
        for (int s = 0; s < t; s++) {
            hidden.matmul(hs, 1, gh);
            int b = s * 4 * h;
            for (int j = 0; j < h; j++) {
                float bi = hiddenBias == null ? 0 : hiddenBias[j];
                float bf = hiddenBias == null ? 0 : hiddenBias[h + j];
                float bg = hiddenBias == null ? 0 : hiddenBias[2 * h + j];
                float bo = hiddenBias == null ? 0 : hiddenBias[3 * h + j];
                float ig = sigmoid(gx[b + j] + gh[j] + bi);
                float fg = sigmoid(gx[b + h + j] + gh[h + j] + bf);
                float gg = (float) Math.tanh(gx[b + 2 * h + j] + gh[2 * h + j] + bg);
                float og = sigmoid(gx[b + 3 * h + j] + gh[3 * h + j] + bo);
                cs[j] = fg * cs[j] + ig * gg;
                hs[j] = og * (float) Math.tanh(cs[j]);
            }
            System.arraycopy(hs, 0, out, s * h, h);
        }
        return new Tensor(out, t, h);
    }

    private static float sigmoid(float v) {
        return (float) (1 / (1 + Math.exp(-v)));
    }
}
