package org.vaak.segmentation.lm;

import java.util.Arrays;

/**
 * Settings of an n-gram trainer.
 *
 * @param order       highest n-gram order, 1 to 5
 * @param smoothing   Kneser-Ney or Witten-Bell
 * @param cutoffs     minimum counts for orders 2, 3, ... (the last value repeats; empty: keep all);
 *                    an n-gram below its cut-off is still kept when a longer kept n-gram needs it
 *                    as prefix or suffix
 * @param vocabLimit  keep the most frequent words only (ties: the word first seen), the rest become
 *                    {@code <unk>}; 0 = no limit
 */
public record LmOptions(int order, Smoothing smoothing, int[] cutoffs, int vocabLimit) {
    public static final int MAX_ORDER = 5;

    public LmOptions {
        if (order < 1 || order > MAX_ORDER) {
            throw new IllegalArgumentException("order must be 1 to " + MAX_ORDER + ", got " + order);
        }
        if (smoothing == null) {
            throw new IllegalArgumentException("no smoothing method");
        }
        cutoffs = cutoffs == null ? new int[0] : cutoffs.clone();
        for (int c : cutoffs) {
            if (c < 1) {
                throw new IllegalArgumentException("count cut-offs must be at least 1, got " + c);
            }
        }
        if (vocabLimit < 0) {
            throw new IllegalArgumentException("vocabulary limit must not be negative, got " + vocabLimit);
        }
    }

    /** Trigram Kneser-Ney, no cut-offs, no vocabulary limit. */
    public static LmOptions defaults() {
        return new LmOptions(3, Smoothing.KNESER_NEY, null, 0);
    }

    /** The minimum count of n-grams of order k (1 for unigrams). */
    public int cutoff(int k) {
        if (k < 2 || cutoffs.length == 0) {
            return 1;
        }
        return cutoffs[Math.min(k - 2, cutoffs.length - 1)];
    }

    @Override
    public int[] cutoffs() {
        return cutoffs.clone();
    }

    @Override
    public String toString() {
        return "LmOptions[order=" + order + ", smoothing=" + smoothing.code() + ", cutoffs="
                + Arrays.toString(cutoffs) + ", vocabLimit=" + vocabLimit + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LmOptions x && x.order == order && x.smoothing == smoothing
                && Arrays.equals(x.cutoffs, cutoffs) && x.vocabLimit == vocabLimit;
    }

    @Override
    public int hashCode() {
        return ((order * 31 + smoothing.hashCode()) * 31 + Arrays.hashCode(cutoffs)) * 31 + vocabLimit;
    }
}
