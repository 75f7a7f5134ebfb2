package org.vaak.segmentation.fst;

import java.util.Arrays;

/**
 * Single-source shortest distances in the tropical semiring: from the start state to every state, or
 * from every state to the final states (final weights included). Acyclic FSTs are done in
 * topological order; cyclic ones by a FIFO relaxation (Bellman-Ford), which also allows negative
 * weights as long as no cycle has negative weight. Unreachable states get {@code +Infinity}.
 */
public final class ShortestDistance {
    private ShortestDistance() {
    }

    /** d[s] = weight of the best path from the start state to s. */
    public static float[] fromStart(CompactFst fst) {
        int n = fst.numStates();
        float[] d = new float[n];
        Arrays.fill(d, Float.POSITIVE_INFINITY);
        if (fst.start() < 0) {
            return d;
        }
        d[fst.start()] = 0f;
        int[] order = TopSort.order(fst);
        if (order != null) {
            for (int s : order) {
                if (d[s] == Float.POSITIVE_INFINITY) {
                    continue;
                }
                for (int a = fst.arcStart(s); a < fst.arcEnd(s); a++) {
                    float w = d[s] + fst.weight(a);
                    if (w < d[fst.next(a)]) {
                        d[fst.next(a)] = w;
                    }
                }
            }
            return d;
        }
        IntQueue queue = new IntQueue(n);
        boolean[] queued = new boolean[n];
        queue.add(fst.start());
        queued[fst.start()] = true;
        while (!queue.isEmpty()) {
            int s = queue.poll();
            queued[s] = false;
            for (int a = fst.arcStart(s); a < fst.arcEnd(s); a++) {
                int t = fst.next(a);
                float w = d[s] + fst.weight(a);
                if (w < d[t] && !approxEqual(w, d[t])) {
                    d[t] = w;
                    if (!queued[t]) {
                        queued[t] = true;
                        queue.add(t);
                    }
                }
            }
        }
        return d;
    }

    /** d[s] = weight of the best path from s to a final state, the final weight included. */
    public static float[] toFinal(CompactFst fst) {
        int n = fst.numStates();
        float[] d = new float[n];
        for (int s = 0; s < n; s++) {
            d[s] = fst.finalWeight(s);
        }
        int[] order = TopSort.order(fst);
        if (order != null) {
            for (int i = order.length - 1; i >= 0; i--) {
                int s = order[i];
                float best = d[s];
                for (int a = fst.arcStart(s); a < fst.arcEnd(s); a++) {
                    best = Math.min(best, fst.weight(a) + d[fst.next(a)]);
                }
                d[s] = best;
            }
            return d;
        }
        Reverse.Adjacency rev = Reverse.adjacency(fst);
        IntQueue queue = new IntQueue(n);
        boolean[] queued = new boolean[n];
        for (int s = 0; s < n; s++) {
            if (fst.isFinal(s)) {
                queue.add(s);
                queued[s] = true;
            }
        }
        while (!queue.isEmpty()) {
            int t = queue.poll();
            queued[t] = false;
            for (int j = rev.offsets[t]; j < rev.offsets[t + 1]; j++) {
                int s = rev.tails[j];
                float w = fst.weight(rev.arcs[j]) + d[t];
                if (w < d[s] && !approxEqual(w, d[s])) {
                    d[s] = w;
                    if (!queued[s]) {
                        queued[s] = true;
                        queue.add(s);
                    }
                }
            }
        }
        return d;
    }

    /** The weight of the best successful path ({@code +Infinity} for the empty language). */
    public static float total(CompactFst fst) {
        return fst.start() < 0 ? Float.POSITIVE_INFINITY : toFinal(fst)[fst.start()];
    }

    static boolean approxEqual(float a, float b) {
        if (a == b) {
            return true;
        }
        if (Float.isInfinite(a) || Float.isInfinite(b)) {
            return false;
        }
        return Math.abs(a - b) <= 1e-6f * Math.max(1f, Math.abs(b));
    }

    /** A growable FIFO ring of ints. */
    static final class IntQueue {
        private int[] buf;
        private int head;
        private int size;

        IntQueue(int capacity) {
            buf = new int[Integer.highestOneBit(Math.max(16, capacity)) << 1];
        }

        void add(int x) {
            if (size == buf.length) {
                int[] nb = new int[buf.length * 2];
                for (int i = 0; i < size; i++) {
                    nb[i] = buf[(head + i) & (buf.length - 1)];
                }
                buf = nb;
                head = 0;
            }
            buf[(head + size) & (buf.length - 1)] = x;
            size++;
        }

        int poll() {
            int x = buf[head];
            head = (head + 1) & (buf.length - 1);
            size--;
            return x;
        }

        boolean isEmpty() {
            return size == 0;
        }
    }
}
