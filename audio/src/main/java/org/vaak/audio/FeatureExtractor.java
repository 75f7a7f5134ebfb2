package org.vaak.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * Log-mel features, computed as samples arrive: feed chunks of any size with {@link #accept} and it returns
 * the frames that are complete. The frames equal those of {@link #compute} on the whole signal, bit for bit,
 * because every frame is computed from the same samples by the same code; only the buffering differs.
 *
 * <p>Per frame: samples are clipped to [-1, 1] (float sources may exceed full scale; clipping them as a
 * converter would keeps feature ranges bounded), windowed (periodic Hann), zero-padded to the FFT size,
 * transformed; the power spectrum |X|^2 goes through the {@link MelFilterbank} (HTK scale) and each energy
 * e becomes ln(max(e, floor)). No pre-emphasis, no dither: the same input always gives the same features.
 * Frames are not centred: frame f covers samples [f hop, f hop + window).
 *
 * <p>An instance keeps scratch buffers (no allocation per frame besides the returned array) and is not
 * thread-safe.
 */
public final class FeatureExtractor {
    private final FeatureConfig config;
    private final Stft stft;
    private final MelFilterbank mel;
    private final double[] re;
    private final double[] im;
    private final double[] power;
    private final double[] energies;
    private float[] pending; // samples not yet consumed by a frame
    private int pendingLen;

    public FeatureExtractor(FeatureConfig config) {
        this.config = config;
        this.stft = new Stft(config.fftSize(), Windows.hann(config.windowLength()), config.hop());
        this.mel = new MelFilterbank(config.sampleRate(), config.fftSize(), config.melBins(), config.fMin(),
                config.fMax());
        this.re = new double[stft.bins()];
        this.im = new double[stft.bins()];
        this.power = new double[stft.bins()];
        this.energies = new double[config.melBins()];
        this.pending = new float[Math.max(4 * config.windowLength(), 4096)];
    }

    public FeatureConfig config() {
        return config;
    }

    /** Log-mel frames of a whole signal: {@code [frames][melBins]}. */
    public static float[][] compute(float[] samples, FeatureConfig config) {
        FeatureExtractor fx = new FeatureExtractor(config);
        float[] clipped = clip(samples, 0, samples.length);
        int n = fx.stft.frames(clipped.length);
        float[][] out = new float[n][];
        for (int f = 0; f < n; f++) {
            out[f] = fx.frame(clipped, f * config.hop());
        }
        return out;
    }

    /** Feeds {@code len} samples; returns the frames completed by them (possibly none). */
    public List<float[]> accept(float[] x, int off, int len) {
        if (pendingLen + len > pending.length) {
            pending = java.util.Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLen + len));
        }
        float[] c = clip(x, off, len);
        System.arraycopy(c, 0, pending, pendingLen, len);
        pendingLen += len;
        int n = stft.frames(pendingLen);
        List<float[]> out = new ArrayList<>(n);
        for (int f = 0; f < n; f++) {
            out.add(frame(pending, f * config.hop()));
        }
        int consumed = n * config.hop();
        System.arraycopy(pending, consumed, pending, 0, pendingLen - consumed);
        pendingLen -= consumed;
        return out;
    }

    /** Forgets buffered samples, to start a new utterance. */
    public void reset() {
        pendingLen = 0;
    }

    private float[] frame(float[] x, int start) {
        stft.power(x, start, re, im, power);
        mel.apply(power, energies);
        float[] out = new float[energies.length];
        double floor = config.logFloor();
        for (int m = 0; m < out.length; m++) {
            out[m] = (float) Math.log(Math.max(energies[m], floor));
        }
        return out;
    }

    private static float[] clip(float[] x, int off, int len) {
        float[] c = new float[len];
        for (int i = 0; i < len; i++) {
            float v = x[off + i];
            c[i] = v > 1f ? 1f : v < -1f ? -1f : Float.isNaN(v) ? 0f : v;
        }
        return c;
    }
}
