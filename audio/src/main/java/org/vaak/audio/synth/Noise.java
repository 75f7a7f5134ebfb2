package org.vaak.audio.synth;

import java.util.SplittableRandom;

/**
 * Coloured noise for augmentation, each normalised to unit RMS: white (flat spectrum), pink (-3 dB per
 * octave, Paul Kellet's economy filter on white noise) and brown (-6 dB per octave, leaky integration of
 * white noise; the leak keeps it bounded and removes the DC drift below about 8 Hz at 16 kHz).
 */
public enum Noise {
    WHITE, PINK, BROWN;

    /** {@code n} samples of this noise drawn from {@code rng}, with RMS 1. */
    public float[] generate(int n, SplittableRandom rng) {
        float[] x = new float[n];
        double b0 = 0, b1 = 0, b2 = 0;
        double y = 0;
        for (int i = 0; i < n; i++) {
            double w = gaussian(rng);
            switch (this) {
                case WHITE -> x[i] = (float) w;
                case PINK -> {
                    b0 = 0.99765 * b0 + w * 0.0990460;
                    b1 = 0.96300 * b1 + w * 0.2965164;
                    b2 = 0.57000 * b2 + w * 1.0526913;
                    x[i] = (float) (b0 + b1 + b2 + w * 0.1848);
                }
                case BROWN -> {
                    y = 0.997 * y + w;
                    x[i] = (float) y;
                }
                default -> throw new AssertionError(this);
            }
        }
        return Signals.normalizeRms(x);
    }

    static double gaussian(SplittableRandom rng) {
        // Box-Muller, one value per call (deterministic for a seed; speed is not critical here).
        double u = 1.0 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
