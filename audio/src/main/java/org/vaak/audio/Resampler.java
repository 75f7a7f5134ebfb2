package org.vaak.audio;

import java.util.Arrays;

/**
 * Band-limited sample-rate conversion by any rational ratio (44.1k to 16k, 48k to 16k, 8k to 16k, ...):
 * a polyphase windowed-sinc filter with a Kaiser window.
 *
 * <p>Design: with the ratio reduced to L/M (output/input), the low-pass cutoff lies at
 * {@value #CUTOFF} of the lower of the two Nyquist frequencies, the transition band ends exactly at that
 * Nyquist frequency, and the Kaiser window is designed for {@value #ATTENUATION_DB} dB of stop-band
 * attenuation (beta = 0.1102 (A - 8.7), length from Kaiser's formula). Each of the L phases is normalised
 * to unit sum, so DC passes exactly. Output sample n sits at input time n M / L; the first output sample is
 * aligned with the first input sample (no delay), and a signal of N input samples gives ceil(N L / M)
 * output samples.
 *
 * <p>The resampler streams: {@link #process} accepts chunks of any size and returns the samples that can
 * be computed so far; {@link #flush} returns the rest (the signal is taken as zero after its end). The
 * concatenated output equals {@link #resample} on the whole signal.
 */
public final class Resampler {
    static final double CUTOFF = 0.925;
    static final double ATTENUATION_DB = 90;

    private final int up;   // L
    private final int down; // M
    private final int half; // taps on each side
    private final float[][] phases;
    private double[] hist;
    private long histStart; // absolute input index of hist[0]
    private int histLen;
    private long inCount;
    private long outCount;

    public Resampler(int fromRate, int toRate) {
        if (fromRate <= 0 || toRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive, got " + fromRate + " -> " + toRate);
        }
        int g = gcd(fromRate, toRate);
        up = toRate / g;
        down = fromRate / g;
        if (up > 4096) {
            throw new IllegalArgumentException("resampling " + fromRate + " -> " + toRate + " Hz needs " + up
                    + " filter phases; ratios with a reduced numerator above 4096 are not supported");
        }
        double r = Math.min(1.0, up / (double) down);
        double fc = 0.5 * r * CUTOFF;             // cycles per input sample
        double transition = 0.5 * r * (1 - CUTOFF) * 2; // from passband edge to the Nyquist frequency
        double beta = 0.1102 * (ATTENUATION_DB - 8.7);
        double length = (ATTENUATION_DB - 7.95) / (2.285 * 2 * Math.PI * transition);
        half = (int) Math.ceil(length / 2);
        phases = new float[up][2 * half];
        double i0Beta = besselI0(beta);
        for (int p = 0; p < up; p++) {
            double sum = 0;
            double[] h = new double[2 * half];
            for (int k = 0; k < 2 * half; k++) {
                double d = p / (double) up + half - 1 - k;
                double x = d / half;
                double w = Math.abs(x) >= 1 ? 0 : besselI0(beta * Math.sqrt(1 - x * x)) / i0Beta;
                h[k] = 2 * fc * sinc(2 * fc * d) * w;
                sum += h[k];
            }
            for (int k = 0; k < 2 * half; k++) {
                phases[p][k] = (float) (h[k] / sum);
            }
        }
        hist = new double[Math.max(4096, 4 * half)];
        histStart = -half;
        histLen = half; // zeros before the signal starts
    }

    /** Resamples a whole signal. */
    public static float[] resample(float[] x, int fromRate, int toRate) {
        if (fromRate == toRate) {
            return x.clone();
        }
        Resampler r = new Resampler(fromRate, toRate);
        float[] a = r.process(x, 0, x.length);
        float[] b = r.flush();
        float[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Filter taps on each side of the output instant, in input samples. */
    public int halfLength() {
        return half;
    }

    /** Feeds {@code len} samples; returns the output samples that are now complete. */
    public float[] process(float[] x, int off, int len) {
        ensure(histLen + len);
        for (int i = 0; i < len; i++) {
            hist[histLen + i] = x[off + i];
        }
        histLen += len;
        inCount += len;
        return emit(inCount);
    }

    /** Returns the remaining output, taking the signal as zero after its end. */
    public float[] flush() {
        long total = (inCount * up + down - 1) / down;
        long need = total == 0 ? 0 : (total - 1) * down / up + half + 1;
        int pad = (int) Math.max(0, need - inCount);
        ensure(histLen + pad);
        Arrays.fill(hist, histLen, histLen + pad, 0);
        histLen += pad;
        float[] out = emit(inCount + pad);
        if (outCount > total) {
            out = Arrays.copyOf(out, out.length - (int) (outCount - total));
        }
        outCount = total;
        return out;
    }

    private float[] emit(long available) {
        long total = (inCount * up + down - 1) / down;
        long last = Math.min(total, (available - half) * up / down + 1); // outputs n whose base + half < available
        int count = (int) Math.max(0, last - outCount);
        while (count > 0 && ((outCount + count - 1) * down / up + half >= available)) {
            count--;
        }
        float[] out = new float[count];
        int taps = 2 * half;
        for (int j = 0; j < count; j++) {
            long n = outCount + j;
            long base = n * down / up;
            int p = (int) (n * down % up);
            int start = (int) (base - half + 1 - histStart);
            float[] h = phases[p];
            double acc = 0;
            for (int k = 0; k < taps; k++) {
                acc += hist[start + k] * h[k];
            }
            out[j] = (float) acc;
        }
        outCount += count;
        long keepFrom = outCount * down / up - half + 1; // oldest input the next output needs
        int drop = (int) Math.max(0, Math.min(histLen, keepFrom - histStart));
        if (drop > 0) {
            System.arraycopy(hist, drop, hist, 0, histLen - drop);
            histLen -= drop;
            histStart += drop;
        }
        return out;
    }

    private void ensure(int capacity) {
        if (capacity > hist.length) {
            hist = Arrays.copyOf(hist, Math.max(capacity, hist.length * 2));
        }
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    /** Modified Bessel function of the first kind, order 0, by its power series. */
    static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double q = x * x / 4;
        for (int k = 1; k < 200 && term > 1e-17 * sum; k++) {
            term *= q / ((double) k * k);
            sum += term;
        }
        return sum;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
