package org.vaak.training.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam with decoupled weight decay (Loshchilov and Hutter 2019): {@code m = b1 m + (1-b1) g},
 * {@code v = b2 v + (1-b2) g^2}, {@code w -= lr (m / (1-b1^t)) / (sqrt(v / (1-b2^t)) + eps) + lr wd w}. Weight
 * decay applies to matrices and convolution kernels only (not to biases or LayerNorm gains). The moments are
 * NDArrays owned by the optimiser's manager and can be saved and restored with a checkpoint, so a resumed run
 * continues with the same moments.
 */
public final class AdamW {
    private final NDManager manager;
    private final float beta1;
    private final float beta2;
    private final float eps;
    private final float weightDecay;
    private final Map<String, NDArray> m = new LinkedHashMap<>();
    private final Map<String, NDArray> v = new LinkedHashMap<>();

    public AdamW(NDManager manager, float beta1, float beta2, float eps, float weightDecay) {
        this.manager = manager;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    /**
     * One update of every parameter with its gradient times {@code gradScale}; {@code step} counts from 1.
     * Must run outside a gradient collector (the engine's grad mode off), as it changes weights in place.
     */
    public void update(Map<String, Parameter> params, float lr, float gradScale, long step) {
        double c1 = 1 - Math.pow(beta1, step);
        double c2 = 1 - Math.pow(beta2, step);
        for (Map.Entry<String, Parameter> e : params.entrySet()) {
            NDArray w = e.getValue().getArray();
            NDArray g = w.getGradient();
            if (gradScale != 1f) {
                g = g.mul(gradScale);
            }
            NDArray mt = m.computeIfAbsent(e.getKey(), k -> detached(w.zerosLike()));
            NDArray vt = v.computeIfAbsent(e.getKey(), k -> detached(w.zerosLike()));
            mt.muli(beta1).addi(g.mul(1 - beta1));
            vt.muli(beta2).addi(g.square().muli(1 - beta2));
            NDArray upd = mt.div(c1).divi(vt.div(c2).sqrt().addi(eps));
            if (weightDecay > 0 && w.getShape().dimension() >= 2) {
                upd.addi(w.mul(weightDecay));
            }
            w.subi(upd.muli(lr));
        }
    }

    private NDArray detached(NDArray a) {
        NDArray d = a.toType(a.getDataType(), true);
        d.attach(manager);
        ai.djl.ndarray.NDScope.unregister(d);
        return d;
    }

    /** First moments by parameter name (for checkpoints). */
    public Map<String, NDArray> firstMoments() {
        return java.util.Collections.unmodifiableMap(m);
    }

    public Map<String, NDArray> secondMoments() {
        return java.util.Collections.unmodifiableMap(v);
    }

    /** Restores the moments of {@code name}. */
    public void restore(String name, float[] first, float[] second, ai.djl.ndarray.types.Shape shape) {
        m.put(name, detached(manager.create(first, shape)));
        v.put(name, detached(manager.create(second, shape)));
    }
}
