package org.vaak.runtime.nn;

import java.util.Locale;

/** How a convolution extends its input past the edges, as PyTorch's {@code padding_mode}. */
public enum Padding {
    ZEROS, REFLECT, REPLICATE, CIRCULAR;

    public static Padding parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown padding mode '" + s + "' (zeros, reflect, replicate, circular)");
        }
    }

    /** Copies {@code x[C, T]} into {@code [C, left + T + right]} with this mode. */
    public float[] pad(float[] x, int c, int t, int left, int right) {
        int tp = left + t + right;
        if (this == REFLECT && (left >= t || right >= t)) {
            throw new IllegalArgumentException("reflect padding " + left + "/" + right + " needs more than " + t + " steps");
        }
        float[] out = new float[c * tp];
        for (int ch = 0; ch < c; ch++) {
            System.arraycopy(x, ch * t, out, ch * tp + left, t);
            if (this == ZEROS) {
                continue;
            }
            for (int i = -left; i < 0; i++) {
                out[ch * tp + left + i] = x[ch * t + source(i, t)];
            }
            for (int i = t; i < t + right; i++) {
                out[ch * tp + left + i] = x[ch * t + source(i, t)];
            }
        }
        return out;
    }

    private int source(int i, int t) {
        return switch (this) {
            case REFLECT -> i < 0 ? -i : 2 * (t - 1) - i;
            case REPLICATE -> i < 0 ? 0 : t - 1;
            case CIRCULAR -> Math.floorMod(i, t);
            case ZEROS -> throw new IllegalStateException();
        };
    }
}
