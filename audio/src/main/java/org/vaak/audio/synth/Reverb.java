package org.vaak.audio.synth;

import java.util.SplittableRandom;
import org.vaak.audio.Fft;

/**
 * Synthetic room reverberation: an impulse response of Gaussian noise under an exponential envelope that
 * decays by 60 dB in RT60 seconds (amplitude e^(-6.9078 t / RT60)), with a unit direct-path tap at t = 0 and
 * the reverberant tail starting after a short pre-delay. The signal is convolved with it through the FFT
 * (one transform of the padded signal and response), the output cut to the input's length and scaled to
 * the input's RMS, so reverberation changes the sound, not the level.
 */
public final class Reverb {
    private static final double LN_1000 = Math.log(1000); // 60 dB in amplitude

    private Reverb() {
    }

    /**
     * An impulse response of length 1.2 RT60 (at least 10 ms) at {@code sampleRate}: direct path 1, tail
     * from 2 ms on, with the tail's energy {@code directToReverbDb} decibels below the direct path.
     */
    public static float[] impulseResponse(double rt60, int sampleRate, double directToReverbDb, SplittableRandom rng) {
        if (!(rt60 > 0) || rt60 > 10) {
            throw new IllegalArgumentException("RT60 must be in (0, 10] seconds, got " + rt60);
        }
        int n = Math.max((int) Math.round(1.2 * rt60 * sampleRate), sampleRate / 100);
        int pre = Math.max(1, sampleRate / 500);
        float[] h = new float[n];
        double energy = 0;
        for (int i = pre; i < n; i++) {
            double t = (i - pre) / (double) sampleRate;
            double v = Noise.gaussian(rng) * Math.exp(-LN_1000 * t / rt60);
            h[i] = (float) v;
            energy += v * v;
        }
        if (energy > 0) {
            double g = Math.sqrt(Math.pow(10, -directToReverbDb / 10) / energy);
            for (int i = pre; i < n; i++) {
                h[i] = (float) (h[i] * g);
            }
        }
        h[0] = 1;
        return h;
    }

    /** The first {@code x.length} samples of {@code x} convolved with {@code h}, by FFT. */
    public static float[] convolve(float[] x, float[] h) {
        if (x.length == 0 || h.length == 0) {
            return new float[x.length];
        }
        int size = Integer.highestOneBit(Math.max(4, x.length + h.length - 1) - 1) << 1;
        Fft fft = new Fft(size);
        double[] a = new double[size];
        double[] b = new double[size];
        for (int i = 0; i < x.length; i++) {
            a[i] = x[i];
        }
        for (int i = 0; i < h.length; i++) {
            b[i] = h[i];
        }
        int bins = fft.bins();
        double[] ar = new double[bins];
        double[] ai = new double[bins];
        double[] br = new double[bins];
        double[] bi = new double[bins];
        fft.forward(a, ar, ai);
        fft.forward(b, br, bi);
        for (int k = 0; k < bins; k++) {
            double re = ar[k] * br[k] - ai[k] * bi[k];
            double im = ar[k] * bi[k] + ai[k] * br[k];
            ar[k] = re;
            ai[k] = im;
        }
        fft.inverse(ar, ai, a);
        float[] y = new float[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) a[i];
        }
        return y;
    }

    /** {@code x} reverberated with {@code h}, at the RMS of {@code x}. */
    public static float[] apply(float[] x, float[] h) {
        float[] y = convolve(x, h);
        double rx = Signals.rms(x);
        double ry = Signals.rms(y);
        if (ry > 0) {
            Signals.scale(y, rx / ry);
        }
        return y;
    }
}
