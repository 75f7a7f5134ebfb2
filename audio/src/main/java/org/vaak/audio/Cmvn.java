package org.vaak.audio;

/**
 * Per-utterance cepstral mean and variance normalisation: each feature dimension is shifted to mean 0 and
 * scaled to standard deviation 1 over the utterance's frames. A dimension whose standard deviation is below
 * {@value #MIN_STD} (e.g. all-silent input) is only centred.
 */
public final class Cmvn {
    static final double MIN_STD = 1e-5;

    private Cmvn() {
    }

    /** Normalises {@code frames} ({@code [frames][dims]}) in place and returns it. */
    public static float[][] normalize(float[][] frames) {
        if (frames.length == 0) {
            return frames;
        }
        int dims = frames[0].length;
        for (int d = 0; d < dims; d++) {
            double sum = 0;
            for (float[] f : frames) {
                sum += f[d];
            }
            double mean = sum / frames.length;
            double sq = 0;
            for (float[] f : frames) {
                sq += (f[d] - mean) * (f[d] - mean);
            }
            double std = Math.sqrt(sq / frames.length);
            double scale = std < MIN_STD ? 1 : 1 / std;
            for (float[] f : frames) {
                f[d] = (float) ((f[d] - mean) * scale);
            }
        }
        return frames;
    }
}
