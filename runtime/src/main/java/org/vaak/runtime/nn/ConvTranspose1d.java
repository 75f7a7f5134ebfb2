package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;
import org.vaak.runtime.kernel.Kernels;
import org.vaak.runtime.kernel.PackedPanels;
import org.vaak.runtime.quant.Fp32Matrix;

/**
 * Transposed 1-D convolution on {@code [C_in, T]}, PyTorch weight layout {@code [C_in, C_out, K]} (groups 1),
 * with stride, dilation, padding and output padding. Runs as a GEMM to {@code [T, C_out*K]} then col2im.
 */
public final class ConvTranspose1d implements Layer {
    private final int in;
    private final int out;
    private final int kernel;
    private final int stride;
    private final int dilation;
    private final int padding;
    private final int outputPadding;
    private final float[] bias;
    private final PackedPanels panels;

    public ConvTranspose1d(int in, int out, int kernel, int stride, int dilation, int padding, int outputPadding,
                           float[] weight, float[] bias) {
        if (weight.length != in * out * kernel) {
            throw new IllegalArgumentException("conv_transpose1d: weight needs " + in * out * kernel + " values, got " + weight.length);
        }
        this.in = in;
        this.out = out;
        this.kernel = kernel;
        this.stride = stride;
        this.dilation = dilation;
        this.padding = padding;
        this.outputPadding = outputPadding;
        this.bias = bias;
        // B[n = out*K, k = in] = W[in, out*K]^T
        float[] bt = new float[out * kernel * in];
        for (int ci = 0; ci < in; ci++) {
            for (int j = 0; j < out * kernel; j++) {
                bt[j * in + ci] = weight[ci * out * kernel + j];
            }
        }
        this.panels = PackedPanels.pack(bt, out * kernel, in, Kernels.get());
    }

    @Override
    public Tensor forward(Tensor x) {
        if (x.rank() != 2 || x.dim(0) != in) {
            throw new IllegalArgumentException("conv_transpose1d expects [" + in + ", T], got " + x);
        }
        int t = x.dim(1);
        int tout = (t - 1) * stride - 2 * padding + dilation * (kernel - 1) + outputPadding + 1;
        float[] xt = x.transpose2d().data();
        int n = out * kernel;
        float[] cols = new float[t * n];
        Fp32Matrix.gemm(xt, t, panels, cols, Kernels.get());
        float[] y = new float[out * tout];
        for (int i = 0; i < t; i++) {
            for (int o = 0; o < out; o++) {
                for (int j = 0; j < kernel; j++) {
                    int p = i * stride + j * dilation - padding;
                    if (p >= 0 && p < tout) {
                        y[o * tout + p] += cols[i * n + o * kernel + j];
                    }
                }
            }
        }
        if (bias != null) {
            for (int o = 0; o < out; o++) {
                for (int i = 0; i < tout; i++) {
                    y[o * tout + i] += bias[o];
                }
            }
        }
        return new Tensor(y, out, tout);
    }
}
