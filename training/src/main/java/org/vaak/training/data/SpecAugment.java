package org.vaak.training.data;

import java.util.SplittableRandom;

/**
 * SpecAugment (Park et al. 2019) without time warping, on normalised features (masked values become 0, the
 * global mean): {@code freqMasks} bands of up to {@code maxFreqWidth} bins, and one time mask of up to
 * {@code maxTimeWidth} frames per {@code framesPerTimeMask} frames of the utterance (at least one), the masks
 * together covering at most {@code maxTimeShare} of it.
 */
public record SpecAugment(int freqMasks, int maxFreqWidth, int framesPerTimeMask, int maxTimeWidth,
        double maxTimeShare) {

    /** 2 frequency masks of up to 15 of 80 bins; a time mask of up to 20 frames per second, at most 20 %. */
    public static final SpecAugment DEFAULT = new SpecAugment(2, 15, 100, 20, 0.2);

    public SpecAugment {
        if (freqMasks < 0 || maxFreqWidth < 0 || framesPerTimeMask <= 0 || maxTimeWidth < 0
                || !(maxTimeShare >= 0 && maxTimeShare <= 1)) {
            throw new IllegalArgumentException("bad SpecAugment settings: " + freqMasks + ", " + maxFreqWidth
                    + ", " + framesPerTimeMask + ", " + maxTimeWidth + ", " + maxTimeShare);
        }
    }

    /** Masks {@code x} ({@code [frames][bins]} row-major from {@code offset}) in place. */
    public void apply(float[] x, int offset, int frames, int bins, SplittableRandom r) {
        for (int m = 0; m < freqMasks; m++) {
            int w = r.nextInt(maxFreqWidth + 1);
            int f0 = r.nextInt(Math.max(1, bins - w + 1));
            for (int t = 0; t < frames; t++) {
                java.util.Arrays.fill(x, offset + t * bins + f0, offset + t * bins + Math.min(bins, f0 + w), 0f);
            }
        }
        int masks = Math.max(1, frames / framesPerTimeMask);
        int budget = (int) (maxTimeShare * frames);
        for (int m = 0; m < masks && budget > 0; m++) {
            int w = Math.min(r.nextInt(maxTimeWidth + 1), budget);
            budget -= w;
            int t0 = r.nextInt(Math.max(1, frames - w + 1));
            java.util.Arrays.fill(x, offset + t0 * bins, offset + Math.min(frames, t0 + w) * bins, 0f);
        }
    }
}
