package org.vaak.audio;

/**
 * The inverse of {@link Stft} by weighted overlap-add: each frame is inverse-transformed, multiplied by the
 * synthesis window (the analysis window again) and added in place; the sum is divided by the overlapped
 * squared window. Samples where that sum is below 1e-8 (the very first and last samples under a Hann
 * window) cannot be recovered and come out as 0.
 */
public final class InverseStft {
    private final Fft fft;
    private final double[] window;
    private final int hop;
    private final double[] buf;

    public InverseStft(int nFft, double[] window, int hop) {
        this.fft = new Fft(nFft);
        this.window = window.clone();
        this.hop = hop;
        this.buf = new double[nFft];
    }

    /** The signal of {@code length} samples whose STFT is {@code re}, {@code im} ({@code [frames][bins]}). */
    public float[] transform(double[][] re, double[][] im, int length) {
        double[] sum = new double[length];
        double[] norm = new double[length];
        int w = window.length;
        for (int f = 0; f < re.length; f++) {
            fft.inverse(re[f], im[f], buf);
            int start = f * hop;
            for (int t = 0; t < w && start + t < length; t++) {
                sum[start + t] += buf[t] * window[t];
                norm[start + t] += window[t] * window[t];
            }
        }
        float[] out = new float[length];
        for (int t = 0; t < length; t++) {
            out[t] = norm[t] > 1e-8 ? (float) (sum[t] / norm[t]) : 0f;
        }
        return out;
    }
}
