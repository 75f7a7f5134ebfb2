package org.vaak.training.am;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * What the parts of the network need to know about a padded batch at the blocks' frame rate: which frames
 * are real (padding is zeroed before every convolution, so a convolution sees zeros past the utterance as
 * the streaming model does), which keys each query may attend to, and the rotary angles.
 */
final class AmContext {
    static final float MASKED = -1e9f;

    final NDArray timeMask; // [B, T, 1], 1 on real frames
    final NDArray attnMask; // [B, 1, T, T] additive: 0 where allowed, MASKED elsewhere
    final NDArray cos; // [1, 1, T, dh]
    final NDArray sin; // [1, 1, T, dh]
    final boolean training;
    final float dropout;

    private AmContext(NDArray timeMask, NDArray attnMask, NDArray cos, NDArray sin, boolean training, float dropout) {
        this.timeMask = timeMask;
        this.attnMask = attnMask;
        this.cos = cos;
        this.sin = sin;
        this.training = training;
        this.dropout = dropout;
    }

    /** The context for {@code lengths} real frames (at the blocks' rate) in a batch padded to {@code frames}. */
    static AmContext of(NDManager m, int[] lengths, int frames, AmConfig c, boolean training, float dropout) {
        int b = lengths.length;
        NDArray time = timeMask(m, lengths, frames);
        float[] band = new float[frames * frames];
        for (int t = 0; t < frames; t++) {
            for (int s = 0; s < frames; s++) {
                band[t * frames + s] = s >= t - c.attnLeft() && s <= t + c.attnRight() ? 0f : MASKED;
            }
        }
        float[] keys = new float[b * frames];
        for (int i = 0; i < b; i++) {
            for (int s = lengths[i]; s < frames; s++) {
                keys[i * frames + s] = MASKED;
            }
        }
        NDArray attn = m.create(band, new Shape(1, 1, frames, frames))
                .add(m.create(keys, new Shape(b, 1, 1, frames)));
        int dh = c.headDim();
        int half = dh / 2;
        float[] cos = new float[frames * dh];
        float[] sin = new float[frames * dh];
        for (int t = 0; t < frames; t++) {
            for (int i = 0; i < half; i++) {
                double angle = t * Math.pow(10000.0, -2.0 * i / dh);
                float cv = (float) Math.cos(angle);
                float sv = (float) Math.sin(angle);
                cos[t * dh + i] = cv;
                cos[t * dh + i + half] = cv;
                sin[t * dh + i] = sv;
                sin[t * dh + i + half] = sv;
            }
        }
        return new AmContext(time, attn, m.create(cos, new Shape(1, 1, frames, dh)),
                m.create(sin, new Shape(1, 1, frames, dh)), training, dropout);
    }

    /** {@code [B, T, 1]}: 1 for frames below each length, else 0. */
    static NDArray timeMask(NDManager m, int[] lengths, int frames) {
        float[] v = new float[lengths.length * frames];
        for (int i = 0; i < lengths.length; i++) {
            java.util.Arrays.fill(v, i * frames, i * frames + Math.min(lengths[i], frames), 1f);
        }
        return m.create(v, new Shape(lengths.length, frames, 1));
    }
}
