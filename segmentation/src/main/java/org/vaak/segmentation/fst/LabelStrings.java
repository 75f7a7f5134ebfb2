package org.vaak.segmentation.fst;

import java.util.Arrays;

/**
 * Interned strings of output labels, stored as a trie: id 0 is the empty string, every other id is
 * (parent id, last label). Used for the residual outputs of transducer determinization.
 */
final class LabelStrings {
    private int[] parent = new int[1024];
    private int[] last = new int[1024];
    private int[] length = new int[1024];
    private int size = 1;
    private final LongIntMap children = new LongIntMap(1024);

    int length(int s) {
        return length[s];
    }

    /** The string {@code s} followed by {@code label} (label 0 = epsilon leaves it unchanged). */
    int append(int s, int label) {
        if (label == 0) {
            return s;
        }
        long key = ((long) s << 32) | label;
        int id = children.putIfAbsent(key, size);
        if (id >= 0) {
            return id;
        }
        if (size == parent.length) {
            int n = size * 2;
            parent = Arrays.copyOf(parent, n);
            last = Arrays.copyOf(last, n);
            length = Arrays.copyOf(length, n);
        }
        parent[size] = s;
        last[size] = label;
        length[size] = length[s] + 1;
        return size++;
    }

    /** The labels of {@code s}, first to last. */
    int[] labels(int s) {
        int[] out = new int[length[s]];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = last[s];
            s = parent[s];
        }
        return out;
    }

    /** The longest common prefix of {@code a} and {@code b}. */
    int commonPrefix(int a, int b) {
        while (length[a] > length[b]) {
            a = parent[a];
        }
        while (length[b] > length[a]) {
            b = parent[b];
        }
        while (a != b) {
            a = parent[a];
            b = parent[b];
        }
        return a;
    }

    /** The first label of a non-empty string. */
    int first(int s) {
        while (length[s] > 1) {
            s = parent[s];
        }
        return last[s];
    }

    /** {@code s} without its first {@code k} labels. */
    int dropFirst(int s, int k) {
        if (k == 0) {
            return s;
        }
        if (k >= length[s]) {
            return 0;
        }
        int[] l = labels(s);
        int r = 0;
        for (int i = k; i < l.length; i++) {
            r = append(r, l[i]);
        }
        return r;
    }
}
