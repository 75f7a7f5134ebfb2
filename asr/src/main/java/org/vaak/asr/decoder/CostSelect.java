package org.vaak.asr.decoder;

/** The k-th smallest of an array's prefix by quickselect (partial sort), for histogram pruning. */
final class CostSelect {
    private CostSelect() {
    }

    /** The value that would be at index {@code k} if {@code a[0..n)} were sorted; reorders {@code a}. */
    static double kth(double[] a, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }
}
