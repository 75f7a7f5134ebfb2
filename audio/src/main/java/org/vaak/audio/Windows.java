package org.vaak.audio;

/** Analysis windows. */
public final class Windows {
    private Windows() {
    }

    /** The periodic Hann window, w[t] = 0.5 - 0.5 cos(2 pi t / length) (numpy/torch {@code hann_window(periodic=True)}). */
    public static double[] hann(int length) {
        double[] w = new double[length];
        for (int t = 0; t < length; t++) {
            w[t] = 0.5 - 0.5 * Math.cos(2 * Math.PI * t / length);
        }
        return w;
    }
}
