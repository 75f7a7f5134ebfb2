package org.vaak.training.am;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv1d;

/**
 * Subsampling front: Conv1d {@code conv1} (mel bins to d, kernel 3, stride 2, padding 1) and GELU; for
 * subsampling 4 also {@code conv2} (d to d, same kernel) and GELU, its input's padding frames zeroed; then
 * Linear {@code proj}. Input {@code [B, T, mel]}, output {@code [B, T', d]}.
 */
final class ConvSubsampling extends AmModule {
    private final Parameter c1W;
    private final Parameter c1B;
    private final Parameter c2W;
    private final Parameter c2B;
    private final Parameter projW;
    private final Parameter projB;

    ConvSubsampling(long seed, String path, AmConfig c) {
        super(seed, path);
        c1W = weight("conv1.weight", 3L * c.melBins(), c.d(), c.melBins(), 3);
        c1B = constant("conv1.bias", 0f, c.d());
        if (c.subsampling() == 4) {
            c2W = weight("conv2.weight", 3L * c.d(), c.d(), c.d(), 3);
            c2B = constant("conv2.bias", 0f, c.d());
        } else {
            c2W = null;
            c2B = null;
        }
        projW = weight("proj.weight", c.d(), c.d(), c.d());
        projB = constant("proj.bias", 0f, c.d());
    }

    /** {@code x} is zero past each utterance; {@code mask1} marks the real frames of conv1's output. */
    NDArray apply(NDArray x, NDArray mask1) {
        NDArray h = Activation.gelu(conv(x.transpose(0, 2, 1), c1W, c1B)); // [B, d, T1]
        if (c2W != null) {
            h = Activation.gelu(conv(h.mul(mask1.transpose(0, 2, 1)), c2W, c2B));
        }
        return linear(h.transpose(0, 2, 1), projW, projB);
    }

    @Override
    NDArray apply(NDArray x, AmContext ctx) {
        throw new UnsupportedOperationException("the subsampling runs before the blocks' context exists");
    }

    private static NDArray conv(NDArray x, Parameter w, Parameter b) {
        return Conv1d.conv1d(x, w.getArray(), b.getArray(), new Shape(2), new Shape(1), new Shape(1), 1)
                .singletonOrThrow();
    }
}
