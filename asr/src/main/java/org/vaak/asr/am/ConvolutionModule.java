package org.vaak.asr.am;

import org.vaak.runtime.Tensor;
import org.vaak.runtime.nn.Elementwise;
import org.vaak.runtime.nn.DepthwiseConv1d;
import org.vaak.runtime.nn.Glu;
import org.vaak.runtime.nn.RowLayerNorm;
import org.vaak.runtime.nn.Linear;

/**
 * Conformer convolution module on {@code [T, d]}: RowLayerNorm, pointwise Linear (d -> 2d), GLU, depthwise
 * convolution over time (zero padding (k-1)/2 each side), RowLayerNorm over channels, SiLU, pointwise Linear.
 */
final class ConvolutionModule {
    private static final Glu GLU = new Glu();

    private final RowLayerNorm ln;
    private final Linear pw1;
    private final DepthwiseConv1d dw;
    private final RowLayerNorm dwln;
    private final Linear pw2;

    ConvolutionModule(RowLayerNorm ln, Linear pw1, DepthwiseConv1d dw, RowLayerNorm dwln, Linear pw2) {
        this.ln = ln;
        this.pw1 = pw1;
        this.dw = dw;
        this.dwln = dwln;
        this.pw2 = pw2;
    }

    static ConvolutionModule load(WeightSource w, String p, int d, int kernel) {
        int pad = (kernel - 1) / 2;
        return new ConvolutionModule(ConformerBlock.layerNorm(w, p + ".ln", d),
                new Linear(w.matrix(p + ".pw1.weight", 2 * d, d), w.floats(p + ".pw1.bias", 2 * d)),
                new DepthwiseConv1d(d, kernel, pad, pad, w.floats(p + ".dw.weight", d, 1, kernel), w.floats(p + ".dw.bias", d)),
                ConformerBlock.layerNorm(w, p + ".dwln", d),
                new Linear(w.matrix(p + ".pw2.weight", d, d), w.floats(p + ".pw2.bias", d)));
    }

    Tensor forward(Tensor x) {
        Tensor h = dwln.forward(dw.forward(GLU.forward(pw1.forward(ln.forward(x)))));
        Elementwise.silu(h.data(), 0, h.size());
        return pw2.forward(h);
    }
}
