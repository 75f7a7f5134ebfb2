package org.vaak.segmentation.fst;

/** Sorting of parallel primitive arrays (keys with a payload), without boxing. */
final class Sorting {
    private Sorting() {
    }

    /** Sorts {@code keys[from, to)} ascending and applies the same permutation to {@code vals}. */
    static void sort(long[] keys, int[] vals, int from, int to) {
        while (to - from > 24) {
            int mid = (from + to) >>> 1;
            long pivot = median(keys[from], keys[mid], keys[to - 1]);
            int i = from;
            int j = to - 1;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(keys, vals, i++, j--);
                }
            }
            // recurse into the smaller half, loop on the larger one
            if (j - from < to - i) {
                sort(keys, vals, from, j + 1);
                from = i;
            } else {
                sort(keys, vals, i, to);
                to = j + 1;
            }
        }
        for (int i = from + 1; i < to; i++) {
            long k = keys[i];
            int v = vals[i];
            int j = i - 1;
            while (j >= from && keys[j] > k) {
                keys[j + 1] = keys[j];
                vals[j + 1] = vals[j];
                j--;
            }
            keys[j + 1] = k;
            vals[j + 1] = v;
        }
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(long[] keys, int[] vals, int i, int j) {
        long k = keys[i];
        keys[i] = keys[j];
        keys[j] = k;
        int v = vals[i];
        vals[i] = vals[j];
        vals[j] = v;
    }
}
