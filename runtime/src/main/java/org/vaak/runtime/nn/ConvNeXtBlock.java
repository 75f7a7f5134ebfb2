package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;

/**
 * ConvNeXt block on {@code [C, T]} (as in Vocos): depthwise conv, layer norm over channels, pointwise
 * expansion, GELU, pointwise projection, per-channel scale {@code gamma}, residual.
 */
public final class ConvNeXtBlock implements Layer {
    private final Conv1d depthwise;
    private final LayerNorm norm;
    private final Linear expand;
    private final Linear project;
    private final float[] gamma;

    public ConvNeXtBlock(Conv1d depthwise, LayerNorm norm, Linear expand, Linear project, float[] gamma) {
        this.depthwise = depthwise;
        this.norm = norm;
        this.expand = expand;
        this.project = project;
        this.gamma = gamma;
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor h = depthwise.forward(x).transpose2d();
        h = expand.forward(norm.forward(h));
        h = Activation.GELU.forward(h);
        h = project.forward(h);
        float[] d = h.data();
        int c = h.dim(1);
        if (gamma != null) {
            for (int i = 0; i < d.length; i++) {
                d[i] *= gamma[i % c];
            }
        }
        float[] out = h.transpose2d().data();
        float[] in = x.data();
        for (int i = 0; i < out.length; i++) {
            out[i] += in[i];
        }
        return new Tensor(out, x.shape());
    }
}
