package org.vaak.training.am;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.Dropout;

/**
 * One pre-norm conformer block: {@code x += 0.5 ffn1(x)}, {@code x += mhsa(x)}, {@code x += conv(x)},
 * {@code x += 0.5 ffn2(x)}, LayerNorm {@code out_ln}. Dropout (training only) on each branch's output.
 */
final class ConformerBlock extends AmModule {
    private final FeedForwardModule ffn1;
    private final SelfAttentionModule mhsa;
    private final ConvModule conv;
    private final FeedForwardModule ffn2;
    private final Parameter outW;
    private final Parameter outB;

    ConformerBlock(long seed, String path, AmConfig c) {
        super(seed, path);
        ffn1 = part("ffn1", new FeedForwardModule(seed, path + "ffn1.", c.d(), c.ffn()));
        mhsa = part("mhsa", new SelfAttentionModule(seed, path + "mhsa.", c.d(), c.heads()));
        conv = part("conv", new ConvModule(seed, path + "conv.", c.d(), c.convKernel()));
        ffn2 = part("ffn2", new FeedForwardModule(seed, path + "ffn2.", c.d(), c.ffn()));
        outW = constant("out_ln.weight", 1f, c.d());
        outB = constant("out_ln.bias", 0f, c.d());
    }

    @Override
    NDArray apply(NDArray x, AmContext ctx) {
        x = x.add(drop(ffn1.apply(x, ctx), ctx).mul(0.5f));
        x = x.add(drop(mhsa.apply(x, ctx), ctx));
        x = x.add(drop(conv.apply(x, ctx), ctx));
        x = x.add(drop(ffn2.apply(x, ctx), ctx).mul(0.5f));
        return layerNorm(x, outW, outB);
    }

    private static NDArray drop(NDArray x, AmContext ctx) {
        return ctx.training && ctx.dropout > 0 ? Dropout.dropout(x, ctx.dropout, true).singletonOrThrow() : x;
    }
}
