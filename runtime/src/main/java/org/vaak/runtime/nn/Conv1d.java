package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;
import org.vaak.runtime.kernel.Kernels;
import org.vaak.runtime.kernel.PackedRows;
import org.vaak.runtime.kernel.ThreadBuffers;
import org.vaak.runtime.kernel.Parallel;
import org.vaak.runtime.quant.Fp32Matrix;
import org.vaak.runtime.quant.WeightMatrix;

/**
 * 1-D convolution on {@code [C_in, T]} with PyTorch's weight layout {@code [C_out, C_in/groups, K]}, stride,
 * dilation, left/right padding in any {@link Padding} mode, and groups. fp32 convolutions are one GEMM per
 * group, {@code W[C_out/g, C_in/g*K] . X}, with the shifted input rows packed straight into GEMM panels;
 * depthwise ones (one input channel per group) run directly; a groups = 1 weight in any other
 * {@link WeightMatrix} format multiplies an im2col copy of the input.
 */
public final class Conv1d implements Layer {
    private final int in;
    private final int out;
    private final int kernel;
    private final int stride;
    private final int dilation;
    private final int padLeft;
    private final int padRight;
    private final Padding mode;
    private final int groups;
    private final float[] weight;
    private final float[] bias;
    private final WeightMatrix[] mats;
    private final PackedRows[] packedWeights;

    public Conv1d(int in, int out, int kernel, int stride, int dilation, int padLeft, int padRight, Padding mode,
                  int groups, float[] weight, float[] bias) {
        if (in % groups != 0 || out % groups != 0) {
            throw new IllegalArgumentException("conv1d: channels " + in + " -> " + out + " not divisible by groups " + groups);
        }
        if (weight.length != out * (in / groups) * kernel) {
            throw new IllegalArgumentException("conv1d: weight needs " + out * (in / groups) * kernel + " values, got " + weight.length);
        }
        this.in = in;
        this.out = out;
        this.kernel = kernel;
        this.stride = stride;
        this.dilation = dilation;
        this.padLeft = padLeft;
        this.padRight = padRight;
        this.mode = mode;
        this.groups = groups;
        this.weight = weight;
        this.bias = bias;
        int cin = in / groups;
        int og = out / groups;
        mats = null;
        if (cin == 1) {
            packedWeights = null;
        } else {
            packedWeights = new PackedRows[groups];
            for (int g = 0; g < groups; g++) {
                packedWeights[g] = PackedRows.pack(weight, g * og * cin * kernel, og, cin * kernel);
            }
        }
    }

    /** A groups = 1 convolution whose weight {@code [C_out, C_in*K]} is in any format. */
    public Conv1d(int in, int kernel, int stride, int dilation, int padLeft, int padRight, Padding mode,
                  WeightMatrix weight, float[] bias) {
        if (weight.cols() != in * kernel) {
            throw new IllegalArgumentException("conv1d: weight has " + weight.cols() + " columns, expected " + in * kernel);
        }
        this.in = in;
        this.out = weight.rows();
        this.kernel = kernel;
        this.stride = stride;
        this.dilation = dilation;
        this.padLeft = padLeft;
        this.padRight = padRight;
        this.mode = mode;
        this.groups = 1;
        this.weight = null;
        this.bias = bias;
        this.mats = new WeightMatrix[] {weight};
        this.packedWeights = null;
    }

    private void gemmForward(float[] xp, int tp, int tout, float[] y, Kernels k) {
        int cin = in / groups;
        int og = out / groups;
        int kd = cin * kernel;
        int nr = k.panelWidth();
        int panels = (tout + nr - 1) / nr;
        for (int g = 0; g < groups; g++) {
            int gBase = g * cin;
            PackedRows wg = packedWeights[g];
            int yo = g * og * tout;
            // each chunk packs one panel of shifted input rows into a per-thread buffer (fits in L2) and multiplies
            // all output channels with it while it is hot
            Parallel.forRange(panels, 1, (p0, p1) -> {
                float[] bp = ThreadBuffers.floats(ThreadBuffers.PANEL, kd * nr);
                for (int p = p0; p < p1; p++) {
                    int t0 = p * nr;
                    int cnt = Math.min(nr, tout - t0);
                    for (int ci = 0; ci < cin; ci++) {
                        for (int j = 0; j < kernel; j++) {
                            int dst = (ci * kernel + j) * nr;
                            int src = (gBase + ci) * tp + t0 * stride + j * dilation;
                            if (stride == 1) {
                                System.arraycopy(xp, src, bp, dst, cnt);
                            } else {
                                for (int i = 0; i < cnt; i++) {
                                    bp[dst + i] = xp[src + i * stride];
                                }
                            }
                        }
                    }
                    k.gemmPackedRows(wg, 0, wg.blocks(), bp, 0, cnt, y, yo + t0, tout);
                }
            });
        }
    }

    public int outputLength(int t) {
        return (t + padLeft + padRight - dilation * (kernel - 1) - 1) / stride + 1;
    }

    @Override
    public Tensor forward(Tensor x) {
        if (x.rank() != 2 || x.dim(0) != in) {
            throw new IllegalArgumentException("conv1d expects [" + in + ", T], got " + x);
        }
        int t = x.dim(1);
        int tout = outputLength(t);
        if (tout <= 0) {
            throw new IllegalArgumentException("conv1d: input of " + t + " steps is shorter than the kernel span");
        }
        int tp = t + padLeft + padRight;
        float[] xp = padLeft + padRight == 0 ? x.data() : mode.pad(x.data(), in, t, padLeft, padRight);
        float[] y = new float[out * tout];
        int cin = in / groups;
        int og = out / groups;
        Kernels k = Kernels.get();
        if (packedWeights != null) {
            gemmForward(xp, tp, tout, y, k);
        } else if (mats == null) {
            Parallel.forRange(out, Math.max(1, 8192 / Math.max(1, tout * kernel)), (o0, o1) -> {
                for (int o = o0; o < o1; o++) {
                    int src = (o / og) * tp;
                    for (int j = 0; j < kernel; j++) {
                        float w = weight[o * kernel + j];
                        if (stride == 1) {
                            k.axpy(w, xp, src + j * dilation, y, o * tout, tout);
                        } else {
                            for (int i = 0; i < tout; i++) {
                                y[o * tout + i] += w * xp[src + i * stride + j * dilation];
                            }
                        }
                    }
                }
            });
        } else {
            int kd = cin * kernel;
            float[] col = new float[tout * kd];
            float[] yg = new float[tout * og];
            for (int g = 0; g < groups; g++) {
                int gBase = g * cin;
                Parallel.forRange(tout, 64, (t0, t1) -> {
                    for (int i = t0; i < t1; i++) {
                        for (int ci = 0; ci < cin; ci++) {
                            int src = (gBase + ci) * tp + i * stride;
                            int dst = i * kd + ci * kernel;
                            for (int j = 0; j < kernel; j++) {
                                col[dst + j] = xp[src + j * dilation];
                            }
                        }
                    }
                });
                mats[g].matmul(col, tout, yg, k);
                for (int i = 0; i < tout; i++) {
                    for (int o = 0; o < og; o++) {
                        y[(g * og + o) * tout + i] = yg[i * og + o];
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
