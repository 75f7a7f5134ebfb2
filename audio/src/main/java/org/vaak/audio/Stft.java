package org.vaak.audio;

/**
 * Short-time Fourier transform without centre padding: frame f covers samples
 * [f hop, f hop + window.length), multiplied by the window and zero-padded to the FFT size. A signal of
 * N samples has {@code 1 + (N - win) / hop} frames (none when N &lt; win), so a frame depends only on
 * samples already seen, which is what streaming needs.
 */
public final class Stft {
    private final Fft fft;
    private final double[] window;
    private final int hop;
    private final double[] buf;

    public Stft(int nFft, double[] window, int hop) {
        if (window.length > nFft) {
            throw new IllegalArgumentException("window (" + window.length + ") longer than the FFT (" + nFft + ")");
        }
        if (hop <= 0) {
            throw new IllegalArgumentException("hop must be positive, got " + hop);
        }
        this.fft = new Fft(nFft);
        this.window = window.clone();
        this.hop = hop;
        this.buf = new double[nFft];
    }

    public int fftSize() {
        return fft.size();
    }

    public int bins() {
        return fft.bins();
    }

    public int hop() {
        return hop;
    }

    public int windowLength() {
        return window.length;
    }

    /** Number of whole frames in {@code samples} samples. */
    public int frames(int samples) {
        return samples < window.length ? 0 : 1 + (samples - window.length) / hop;
    }

    /** The spectrum of the frame starting at {@code start} in {@code x}. */
    public void frame(float[] x, int start, double[] re, double[] im) {
        int w = window.length;
        for (int t = 0; t < w; t++) {
            buf[t] = x[start + t] * window[t];
        }
        java.util.Arrays.fill(buf, w, buf.length, 0);
        fft.forward(buf, re, im);
    }

    /** The power spectrum |X[k]|^2 of the frame starting at {@code start}; {@code re}, {@code im} are scratch. */
    public void power(float[] x, int start, double[] re, double[] im, double[] power) {
        frame(x, start, re, im);
        for (int k = 0; k < re.length; k++) {
            power[k] = re[k] * re[k] + im[k] * im[k];
        }
    }

    /** All frames of a signal: {@code [2][frames][bins]} (real parts, imaginary parts). */
    public double[][][] transform(float[] x) {
        int f = frames(x.length);
        double[][][] out = new double[2][f][bins()];
        for (int i = 0; i < f; i++) {
            frame(x, i * hop, out[0][i], out[1][i]);
        }
        return out;
    }
}
