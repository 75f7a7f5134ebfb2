package org.vaak.segmentation.bpe;

import java.util.Arrays;

/**
 * An indexed binary max-heap of pair slots ordered by score, then by the pieces' strings (left, then
 * right) so that ties are broken the same way on every run. Each slot is in the heap at most once and
 * its key can be raised or lowered in place.
 */
final class PairHeap {
    private final PairTable pairs;
    private final SymbolTable symbols;
    private int[] heap = new int[1024];
    private int size;
    private int[] pos = new int[1024];
    private double[] score = new double[1024];

    PairHeap(PairTable pairs, SymbolTable symbols) {
        this.pairs = pairs;
        this.symbols = symbols;
        Arrays.fill(pos, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    int top() {
        return heap[0];
    }

    double score(int slot) {
        return score[slot];
    }

    boolean contains(int slot) {
        return slot < pos.length && pos[slot] >= 0;
    }

    /** Inserts the slot or moves it to its new score. */
    void set(int slot, double newScore) {
        ensure(slot);
        int p = pos[slot];
        if (p < 0) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, size * 2);
            }
            heap[size] = slot;
            pos[slot] = size;
            score[slot] = newScore;
            up(size++);
            return;
        }
        double old = score[slot];
        score[slot] = newScore;
        if (newScore > old) {
            up(p);
        } else if (newScore < old) {
            down(p);
        }
    }

    void remove(int slot) {
        if (!contains(slot)) {
            return;
        }
        int p = pos[slot];
        pos[slot] = -1;
        size--;
        if (p == size) {
            return;
        }
        int last = heap[size];
        heap[p] = last;
        pos[last] = p;
        up(p);
        down(pos[last]);
    }

    private void ensure(int slot) {
        if (slot >= pos.length) {
            int n = Math.max(slot + 1, pos.length * 2);
            int old = pos.length;
            pos = Arrays.copyOf(pos, n);
            Arrays.fill(pos, old, n, -1);
            score = Arrays.copyOf(score, n);
        }
    }

    /** Whether slot {@code s} comes before slot {@code t}. */
    private boolean before(int s, int t) {
        double a = score[s];
        double b = score[t];
        if (a != b) {
            return a > b;
        }
        int c = symbols.string(pairs.left(s)).compareTo(symbols.string(pairs.left(t)));
        if (c != 0) {
            return c < 0;
        }
        return symbols.string(pairs.right(s)).compareTo(symbols.string(pairs.right(t))) < 0;
    }

    private void up(int p) {
        int s = heap[p];
        while (p > 0) {
            int parent = (p - 1) >>> 1;
            int t = heap[parent];
            if (!before(s, t)) {
                break;
            }
            heap[p] = t;
            pos[t] = p;
            p = parent;
        }
        heap[p] = s;
        pos[s] = p;
    }

    private void down(int p) {
        int s = heap[p];
        while (true) {
            int c = 2 * p + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && before(heap[c + 1], heap[c])) {
                c++;
            }
            int t = heap[c];
            if (!before(t, s)) {
                break;
            }
            heap[p] = t;
            pos[t] = p;
            p = c;
        }
        heap[p] = s;
        pos[s] = p;
    }
}
