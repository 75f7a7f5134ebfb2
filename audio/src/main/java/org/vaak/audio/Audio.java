package org.vaak.audio;

/** A whole mono signal in memory: samples in [-1, 1] at {@code sampleRate} Hz. */
public record Audio(float[] samples, int sampleRate) {
    public Audio {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, got " + sampleRate);
        }
    }

    /** Duration in seconds. */
    public double seconds() {
        return samples.length / (double) sampleRate;
    }
}
