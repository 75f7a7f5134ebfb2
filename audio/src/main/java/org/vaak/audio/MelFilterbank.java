package org.vaak.audio;

/**
 * Triangular mel filters on the power spectrum, HTK mel scale: mel(f) = 2595 log10(1 + f / 700).
 *
 * <p>The nMels + 2 edge frequencies are equally spaced in mel from fMin to fMax; filter m rises linearly
 * (in Hz) from edge m to a peak of 1 at edge m+1 and falls to 0 at edge m+2. Filters are not area
 * normalised (as HTK, Kaldi and torchaudio's {@code melscale_fbanks(norm=None, mel_scale="htk")}).
 */
public final class MelFilterbank {
    private final int[] first; // first FFT bin with a non-zero weight, per filter
    private final double[][] weights;

    public MelFilterbank(int sampleRate, int nFft, int nMels, double fMin, double fMax) {
        if (nMels <= 0 || fMin < 0 || fMax <= fMin || fMax > sampleRate / 2.0 + 1e-9) {
            throw new IllegalArgumentException("bad mel filterbank: " + nMels + " filters from " + fMin + " to "
                    + fMax + " Hz at " + sampleRate + " Hz");
        }
        int bins = nFft / 2 + 1;
        double lo = hzToMel(fMin);
        double hi = hzToMel(fMax);
        double[] edges = new double[nMels + 2];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = melToHz(lo + (hi - lo) * i / (nMels + 1));
        }
        first = new int[nMels];
        weights = new double[nMels][];
        for (int m = 0; m < nMels; m++) {
            double left = edges[m];
            double centre = edges[m + 1];
            double right = edges[m + 2];
            double[] w = new double[bins];
            int a = bins;
            int b = -1;
            for (int k = 0; k < bins; k++) {
                double f = k * (double) sampleRate / nFft;
                double up = (f - left) / (centre - left);
                double down = (right - f) / (right - centre);
                w[k] = Math.max(0, Math.min(up, down));
                if (w[k] > 0) {
                    a = Math.min(a, k);
                    b = k;
                }
            }
            first[m] = b < 0 ? 0 : a;
            weights[m] = b < 0 ? new double[0] : java.util.Arrays.copyOfRange(w, a, b + 1);
        }
    }

    public static double hzToMel(double hz) {
        return 2595 * Math.log10(1 + hz / 700);
    }

    public static double melToHz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }

    public int size() {
        return weights.length;
    }

    /** The weight of FFT bin {@code k} in filter {@code m}. */
    public double weight(int m, int k) {
        int i = k - first[m];
        return i >= 0 && i < weights[m].length ? weights[m][i] : 0;
    }

    /** Filter energies of a power spectrum into {@code out}. */
    public void apply(double[] power, double[] out) {
        for (int m = 0; m < weights.length; m++) {
            double[] w = weights[m];
            int k0 = first[m];
            double acc = 0;
            for (int i = 0; i < w.length; i++) {
                acc += w[i] * power[k0 + i];
            }
            out[m] = acc;
        }
    }
}
