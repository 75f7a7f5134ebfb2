package org.vaak.training.am;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.Dropout;

/** Conformer feed-forward: LayerNorm {@code ln}, Linear {@code fc1} (d to ffn), SiLU, Linear {@code fc2}. */
final class FeedForwardModule extends AmModule {
    private final Parameter lnW;
    private final Parameter lnB;
    private final Parameter fc1W;
    private final Parameter fc1B;
    private final Parameter fc2W;
    private final Parameter fc2B;

    FeedForwardModule(long seed, String path, int d, int ffn) {
        super(seed, path);
        lnW = constant("ln.weight", 1f, d);
        lnB = constant("ln.bias", 0f, d);
        fc1W = weight("fc1.weight", d, ffn, d);
        fc1B = constant("fc1.bias", 0f, ffn);
        fc2W = weight("fc2.weight", ffn, d, ffn);
        fc2B = constant("fc2.bias", 0f, d);
    }

    @Override
    NDArray apply(NDArray x, AmContext ctx) {
        NDArray h = silu(linear(layerNorm(x, lnW, lnB), fc1W, fc1B));
        if (ctx.training && ctx.dropout > 0) {
            h = Dropout.dropout(h, ctx.dropout, true).singletonOrThrow();
        }
        return linear(h, fc2W, fc2B);
    }
}
