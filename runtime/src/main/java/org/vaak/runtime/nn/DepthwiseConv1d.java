package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;

/**
 * Depthwise 1-D convolution over time on a time-major sequence {@code [T, C]} (one filter per channel,
 * stride 1, zero padding {@code padLeft}/{@code padRight}), with PyTorch's weight layout {@code [C, 1, K]}:
 * {@code y[t, c] = bias[c] + sum_j w[c, j] * x[t + j - padLeft, c]}. Equals {@link Conv1d} with
 * {@code groups = C} on the transposed input, without the two transposes; the inner loop runs along channels.
 */
public final class DepthwiseConv1d implements Layer {
    private final int channels;
    private final int kernel;
    private final int padLeft;
    private final int padRight;
    /** Weights by tap: {@code taps[j * C + c] = w[c, 0, j]}. */
    private final float[] taps;
    private final float[] bias;

    public DepthwiseConv1d(int channels, int kernel, int padLeft, int padRight, float[] weight, float[] bias) {
        if (weight.length != channels * kernel) {
            throw new IllegalArgumentException("depthwise conv1d: weight needs " + channels * kernel + " values, got " + weight.length);
        }
        if (bias != null && bias.length != channels) {
            throw new IllegalArgumentException("depthwise conv1d: bias needs " + channels + " values, got " + bias.length);
        }
        this.channels = channels;
        this.kernel = kernel;
        this.padLeft = padLeft;
        this.padRight = padRight;
        this.taps = new float[kernel * channels];
        for (int c = 0; c < channels; c++) {
            for (int j = 0; j < kernel; j++) {
                taps[j * channels + c] = weight[c * kernel + j];
            }
        }
        this.bias = bias;
    }

    public int outputLength(int t) {
        return t + padLeft + padRight - kernel + 1;
    }

    @Override
    public Tensor forward(Tensor x) {
        if (x.rank() != 2 || x.dim(1) != channels) {
            throw new IllegalArgumentException("depthwise conv1d expects [T, " + channels + "], got " + x);
        }
        int t = x.dim(0);
        int tout = outputLength(t);
        if (tout <= 0) {
            throw new IllegalArgumentException("depthwise conv1d: input of " + t + " steps is shorter than the kernel span");
        }
        float[] in = x.data();
        float[] y = new float[tout * channels];
        int c = channels;
        for (int i = 0; i < tout; i++) {
            int yo = i * c;
            if (bias != null) {
                System.arraycopy(bias, 0, y, yo, c);
            }
            int j0 = Math.max(0, padLeft - i);
            int j1 = Math.min(kernel, t + padLeft - i);
            for (int j = j0; j < j1; j++) {
                Elementwise.mulAdd(taps, j * c, in, (i + j - padLeft) * c, y, yo, c);
            }
        }
        return new Tensor(y, tout, channels);
    }
}
