package org.vaak.segmentation.fst;

/**
 * A refinable partition of the integers 0..n-1 (Valmari and Lehtinen, "Fast brief practical DFA
 * minimization", 2012): elements of block b sit in {@code elems[first[b] .. past[b]-1]}; marked
 * elements are moved to the front of their block, and {@link #split} cuts every touched block into its
 * marked and unmarked parts, giving the new block id to the smaller part.
 */
final class Partition {
    int blocks;
    final int[] elems;
    final int[] loc;
    final int[] blockOf;
    final int[] first;
    final int[] past;
    private final int[] marked;
    private final int[] touched;
    private int numTouched;

    Partition(int n) {
        elems = new int[n];
        loc = new int[n];
        blockOf = new int[n];
        first = new int[n + 1];
        past = new int[n + 1];
        marked = new int[n + 1];
        touched = new int[n + 1];
        for (int i = 0; i < n; i++) {
            elems[i] = i;
            loc[i] = i;
        }
        if (n > 0) {
            blocks = 1;
            past[0] = n;
        }
    }

    void mark(int e) {
        int b = blockOf[e];
        int i = loc[e];
        int j = first[b] + marked[b];
        elems[i] = elems[j];
        loc[elems[i]] = i;
        elems[j] = e;
        loc[e] = j;
        if (marked[b]++ == 0) {
            touched[numTouched++] = b;
        }
    }

    void split() {
        while (numTouched > 0) {
            int b = touched[--numTouched];
            int j = first[b] + marked[b];
            if (j == past[b]) {
                marked[b] = 0;
                continue;
            }
            int z = blocks++;
            if (marked[b] <= past[b] - j) {
                first[z] = first[b];
                past[z] = j;
                first[b] = j;
            } else {
                past[z] = past[b];
                first[z] = j;
                past[b] = j;
            }
            for (int i = first[z]; i < past[z]; i++) {
                blockOf[elems[i]] = z;
            }
            marked[b] = 0;
            marked[z] = 0;
        }
    }
}
