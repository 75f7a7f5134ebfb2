package org.vaak.audio;

/**
 * Settings of the log-mel front end, validated once.
 *
 * @param sampleRate input rate in Hz (resample to it first)
 * @param windowLength analysis window in samples (periodic Hann)
 * @param hop frame shift in samples
 * @param fftSize FFT size, a power of two at least {@code windowLength} (the frame is zero-padded)
 * @param melBins number of mel filters
 * @param fMin lowest filter edge in Hz
 * @param fMax highest filter edge in Hz
 * @param logFloor energies below this are raised to it before the natural log
 */
public record FeatureConfig(int sampleRate, int windowLength, int hop, int fftSize, int melBins, double fMin,
        double fMax, double logFloor) {

    /** 16 kHz, 25 ms window, 10 ms hop, 512-point FFT, 80 HTK mel bins over 0..8000 Hz, floor 1e-10. */
    public static final FeatureConfig DEFAULT = new FeatureConfig(16000, 400, 160, 512, 80, 0, 8000, 1e-10);

    public FeatureConfig {
        if (sampleRate <= 0 || windowLength <= 0 || hop <= 0 || melBins <= 0) {
            throw new IllegalArgumentException("feature settings must be positive: rate " + sampleRate + ", window "
                    + windowLength + ", hop " + hop + ", mel bins " + melBins);
        }
        if (fftSize < windowLength || Integer.bitCount(fftSize) != 1) {
            throw new IllegalArgumentException("FFT size " + fftSize + " must be a power of two >= the window "
                    + windowLength);
        }
        if (!(logFloor > 0)) {
            throw new IllegalArgumentException("log floor must be positive, got " + logFloor);
        }
    }

    /** The value of a log-mel feature for silence: ln(logFloor). */
    public double floorValue() {
        return Math.log(logFloor);
    }
}
