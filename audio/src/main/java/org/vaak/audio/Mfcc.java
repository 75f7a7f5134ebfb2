package org.vaak.audio;

/**
 * Mel-frequency cepstral coefficients: the orthonormal DCT-II of a log-mel frame,
 * c[k] = s_k sqrt(2/N) sum_n x[n] cos(pi k (2n + 1) / 2N), s_0 = 1/sqrt(2), s_k = 1 otherwise
 * (scipy's {@code dct(type=2, norm="ortho")}), keeping the first {@code count} coefficients.
 */
public final class Mfcc {
    private final double[][] basis;

    public Mfcc(int nMels, int count) {
        if (count <= 0 || count > nMels) {
            throw new IllegalArgumentException("MFCC count must be in 1.." + nMels + ", got " + count);
        }
        basis = new double[count][nMels];
        for (int k = 0; k < count; k++) {
            double s = Math.sqrt(2.0 / nMels) * (k == 0 ? 1 / Math.sqrt(2) : 1);
            for (int n = 0; n < nMels; n++) {
                basis[k][n] = s * Math.cos(Math.PI * k * (2 * n + 1) / (2.0 * nMels));
            }
        }
    }

    public int count() {
        return basis.length;
    }

    /** The cepstrum of one log-mel frame. */
    public float[] apply(float[] logMel) {
        float[] c = new float[basis.length];
        for (int k = 0; k < basis.length; k++) {
            double acc = 0;
            for (int n = 0; n < logMel.length; n++) {
                acc += basis[k][n] * logMel[n];
            }
            c[k] = (float) acc;
        }
        return c;
    }

    /** The cepstra of all frames. */
    public float[][] apply(float[][] logMel) {
        float[][] out = new float[logMel.length][];
        for (int i = 0; i < logMel.length; i++) {
            out[i] = apply(logMel[i]);
        }
        return out;
    }
}
