package org.vaak.training.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam with decoupled weight decay (Loshchilov and Hutter 2019) on Java arrays: {@code m = b1 m + (1-b1) g},
 * {@code v = b2 v + (1-b2) g^2}, {@code w -= lr ((m / (1-b1^t)) / (sqrt(v / (1-b2^t)) + eps) + wd w)}. The
 * trainer copies each gradient out of the engine once and writes the new weights back once: a few hundred
 * small engine calls per step would cost more than the arithmetic on a busy machine. The moments are kept
 * by parameter name and saved with a checkpoint, so a resumed run continues with the same moments.
 */
public final class AdamW {
    private final float beta1;
    private final float beta2;
    private final float eps;
    private final float weightDecay;
    private final Map<String, float[]> m = new LinkedHashMap<>();
    private final Map<String, float[]> v = new LinkedHashMap<>();

    public AdamW(float beta1, float beta2, float eps, float weightDecay) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    /**
     * Updates {@code w} in place with gradient {@code g * gradScale}; {@code step} counts from 1; weight decay
     * only when {@code decay} (matrices and kernels, not biases or LayerNorm gains).
     */
    public void update(String name, float[] w, float[] g, float gradScale, float lr, long step, boolean decay) {
        if (w.length != g.length) {
            throw new IllegalArgumentException(name + ": " + w.length + " weights but " + g.length + " gradients");
        }
        float[] mt = m.computeIfAbsent(name, k -> new float[w.length]);
        float[] vt = v.computeIfAbsent(name, k -> new float[w.length]);
        float c1 = (float) (1 / (1 - Math.pow(beta1, step)));
        float c2 = (float) (1 / (1 - Math.pow(beta2, step)));
        float wd = decay ? weightDecay : 0f;
        for (int i = 0; i < w.length; i++) {
            float gi = g[i] * gradScale;
            mt[i] = beta1 * mt[i] + (1 - beta1) * gi;
            vt[i] = beta2 * vt[i] + (1 - beta2) * gi * gi;
            w[i] -= lr * (mt[i] * c1 / ((float) Math.sqrt(vt[i] * c2) + eps) + wd * w[i]);
        }
    }

    /** First moments by parameter name (for checkpoints); null for a parameter not updated yet. */
    public float[] firstMoment(String name) {
        return m.get(name);
    }

    public float[] secondMoment(String name) {
        return v.get(name);
    }

    /** Restores the moments of {@code name}. */
    public void restore(String name, float[] first, float[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException(name + ": moments of different sizes");
        }
        m.put(name, first.clone());
        v.put(name, second.clone());
    }
}
