package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;

/** Softmax or log-softmax over the last axis, computed stably (max subtracted). */
public final class Softmax implements Layer {
    private final boolean log;

    public Softmax(boolean log) {
        this.log = log;
    }

    @Override
    public Tensor forward(Tensor x) {
        float[] out = x.data().clone();
        int n = x.dim(-1);
        for (int o = 0; o < out.length; o += n) {
            apply(out, o, n, log);
        }
        return new Tensor(out, x.shape());
    }

    /** In place on {@code v[o, o+n)}. */
    public static void apply(float[] v, int o, int n, boolean log) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = o; i < o + n; i++) {
            max = Math.max(max, v[i]);
        }
        if (max == Float.NEGATIVE_INFINITY) {
            for (int i = o; i < o + n; i++) {
                v[i] = log ? Float.NEGATIVE_INFINITY : 0;
            }
            return;
        }
        double sum = 0;
        for (int i = o; i < o + n; i++) {
            sum += Math.exp(v[i] - max);
        }
        if (log) {
            float lse = (float) (max + Math.log(sum));
            for (int i = o; i < o + n; i++) {
                v[i] -= lse;
            }
        } else {
            for (int i = o; i < o + n; i++) {
                v[i] = (float) (Math.exp(v[i] - max) / sum);
            }
        }
    }
}
