package org.vaak.segmentation.lm;

/**
 * The three discounts of modified Kneser-Ney for one order, from its count-of-counts (Chen and Goodman
 * 1998): with Y = n1 / (n1 + 2 n2), D1 = 1 - 2Y n2/n1, D2 = 2 - 3Y n3/n2, D3+ = 3 - 4Y n4/n3.
 * When a count-of-count is zero or a discount falls outside (0, k] (tiny or odd corpora), the order
 * uses the fixed discounts 0.5, 1.0, 1.5 instead.
 */
public final class KneserNeyDiscounts {
    static final double[] FALLBACK = {0, 0.5, 1.0, 1.5};

    private KneserNeyDiscounts() {
    }

    /** Discounts indexed 1..3 (index 0 unused) from n[1..4], the numbers of n-grams seen 1, 2, 3, 4 times. */
    public static double[] estimate(long[] n) {
        if (n[1] == 0 || n[2] == 0 || n[3] == 0 || n[4] == 0) {
            return FALLBACK.clone();
        }
        double y = n[1] / (double) (n[1] + 2 * n[2]);
        double[] d = new double[4];
        for (int k = 1; k <= 3; k++) {
            d[k] = k - (k + 1) * y * n[k + 1] / (double) n[k];
            if (!(d[k] > 0 && d[k] <= k)) {
                return FALLBACK.clone();
            }
        }
        return d;
    }

    /** Whether {@link #estimate} used the fixed fallback discounts. */
    static boolean isFallback(double[] d) {
        return d[1] == FALLBACK[1] && d[2] == FALLBACK[2] && d[3] == FALLBACK[3];
    }

    /** The discount for an n-gram with (adjusted) count c &ge; 1. */
    static double of(double[] d, long c) {
        return d[(int) Math.min(c, 3)];
    }
}
