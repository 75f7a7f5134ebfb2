package org.vaak.training.am;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv1d;

/**
 * Conformer convolution: LayerNorm {@code ln}, pointwise Linear {@code pw1} (d to 2d), GLU (first half times
 * sigmoid of the second), depthwise Conv1d {@code dw} (kernel k, padding (k-1)/2, groups d) over frames with
 * padding frames zeroed, LayerNorm {@code dwln} over channels, SiLU, pointwise Linear {@code pw2}.
 */
final class ConvModule extends AmModule {
    private final int d;
    private final int kernel;
    private final Parameter lnW;
    private final Parameter lnB;
    private final Parameter pw1W;
    private final Parameter pw1B;
    private final Parameter dwW;
    private final Parameter dwB;
    private final Parameter dwlnW;
    private final Parameter dwlnB;
    private final Parameter pw2W;
    private final Parameter pw2B;

    ConvModule(long seed, String path, int d, int kernel) {
        super(seed, path);
        this.d = d;
        this.kernel = kernel;
        lnW = constant("ln.weight", 1f, d);
        lnB = constant("ln.bias", 0f, d);
        pw1W = weight("pw1.weight", d, 2L * d, d);
        pw1B = constant("pw1.bias", 0f, 2L * d);
        dwW = weight("dw.weight", kernel, d, 1, kernel);
        dwB = constant("dw.bias", 0f, d);
        dwlnW = constant("dwln.weight", 1f, d);
        dwlnB = constant("dwln.bias", 0f, d);
        pw2W = weight("pw2.weight", d, d, d);
        pw2B = constant("pw2.bias", 0f, d);
    }

    @Override
    NDArray apply(NDArray x, AmContext ctx) {
        NDArray h = linear(layerNorm(x, lnW, lnB), pw1W, pw1B);
        NDArray glu = h.get("..., :" + d).mul(ai.djl.nn.Activation.sigmoid(h.get("..., " + d + ":")));
        NDArray masked = glu.mul(ctx.timeMask).transpose(0, 2, 1); // [B, d, T]
        NDArray conv = Conv1d.conv1d(masked, dwW.getArray(), dwB.getArray(), new Shape(1),
                new Shape((kernel - 1) / 2), new Shape(1), d).singletonOrThrow().transpose(0, 2, 1);
        return linear(silu(layerNorm(conv, dwlnW, dwlnB)), pw2W, pw2B);
    }
}
