package org.vaak.asr.am;

import org.vaak.runtime.Tensor;
import org.vaak.runtime.nn.RowLayerNorm;
import org.vaak.runtime.nn.Linear;
import org.vaak.runtime.nn.MultiHeadAttention;

/**
 * One pre-norm conformer block on {@code [T, d]}: {@code x += ffn1(x) / 2}, {@code x += mhsa(x)} (local-window
 * rotary attention), {@code x += conv(x)}, {@code x += ffn2(x) / 2}, then LayerNorm.
 */
final class ConformerBlock {
    static final float LN_EPS = 1e-5f;

    private final FeedForwardModule ffn1;
    private final RowLayerNorm attnLn;
    private final MultiHeadAttention attn;
    private final ConvolutionModule conv;
    private final FeedForwardModule ffn2;
    private final RowLayerNorm outLn;

    ConformerBlock(FeedForwardModule ffn1, RowLayerNorm attnLn, MultiHeadAttention attn, ConvolutionModule conv,
                   FeedForwardModule ffn2, RowLayerNorm outLn) {
        this.ffn1 = ffn1;
        this.attnLn = attnLn;
        this.attn = attn;
        this.conv = conv;
        this.ffn2 = ffn2;
        this.outLn = outLn;
    }

    static RowLayerNorm layerNorm(WeightSource w, String p, int d) {
        return new RowLayerNorm(w.floats(p + ".weight", d), w.floats(p + ".bias", d), LN_EPS);
    }

    private static Linear linear(WeightSource w, String p, int d) {
        return new Linear(w.matrix(p + ".weight", d, d), w.floats(p + ".bias", d));
    }

    static ConformerBlock load(WeightSource w, String p, ConformerConfig c) {
        int d = c.d();
        FeedForwardModule ffn1 = FeedForwardModule.load(w, p + ".ffn1", d, c.ffn());
        RowLayerNorm ln = layerNorm(w, p + ".mhsa.ln", d);
        MultiHeadAttention attn = new MultiHeadAttention(linear(w, p + ".mhsa.q", d), linear(w, p + ".mhsa.k", d),
                linear(w, p + ".mhsa.v", d), linear(w, p + ".mhsa.o", d), c.heads(), true, 10000f, null, 0, false,
                c.attnLeft(), c.attnRight());
        ConvolutionModule conv = ConvolutionModule.load(w, p + ".conv", d, c.convKernel());
        FeedForwardModule ffn2 = FeedForwardModule.load(w, p + ".ffn2", d, c.ffn());
        return new ConformerBlock(ffn1, ln, attn, conv, ffn2, layerNorm(w, p + ".out_ln", d));
    }

    /** The block's output; row {@code p} of {@code x} is at position {@code offset + p} of the utterance. */
    Tensor forward(Tensor x, int offset) {
        float[] h = x.data().clone();
        add(h, ffn1.forward(x), 0.5f);
        Tensor t = new Tensor(h, x.shape());
        add(h, attn.forward(attnLn.forward(t), x.dim(0), offset), 1f);
        add(h, conv.forward(t), 1f);
        add(h, ffn2.forward(t), 0.5f);
        return outLn.forward(t);
    }

    private static void add(float[] h, Tensor delta, float scale) {
        float[] v = delta.data();
        for (int i = 0; i < h.length; i++) {
            h[i] += scale * v[i];
        }
    }
}
