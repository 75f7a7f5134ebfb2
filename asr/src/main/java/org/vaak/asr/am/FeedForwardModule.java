package org.vaak.asr.am;

import org.vaak.runtime.Tensor;
import org.vaak.runtime.nn.Elementwise;
import org.vaak.runtime.nn.RowLayerNorm;
import org.vaak.runtime.nn.Linear;

/** Pre-norm feed-forward module: RowLayerNorm, Linear (d -> ffn), SiLU, Linear (ffn -> d). */
final class FeedForwardModule {
    private final RowLayerNorm ln;
    private final Linear fc1;
    private final Linear fc2;

    FeedForwardModule(RowLayerNorm ln, Linear fc1, Linear fc2) {
        this.ln = ln;
        this.fc1 = fc1;
        this.fc2 = fc2;
    }

    static FeedForwardModule load(WeightSource w, String p, int d, int ffn) {
        return new FeedForwardModule(ConformerBlock.layerNorm(w, p + ".ln", d),
                new Linear(w.matrix(p + ".fc1.weight", ffn, d), w.floats(p + ".fc1.bias", ffn)),
                new Linear(w.matrix(p + ".fc2.weight", d, ffn), w.floats(p + ".fc2.bias", d)));
    }

    Tensor forward(Tensor x) {
        Tensor h = fc1.forward(ln.forward(x));
        Elementwise.silu(h.data(), 0, h.size());
        return fc2.forward(h);
    }
}
