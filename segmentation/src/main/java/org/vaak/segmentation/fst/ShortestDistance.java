package org.vaak.segmentation.fst;

import com.github.steveash.jopenfst.semiring.Semiring;
import java.util.Arrays;

/**
 * Single-source shortest distances in the tropical semiring: from the start state to every state, or
 * from every state to the final states (final weights included). Acyclic FSTs are done in
 * topological order; cyclic ones by a FIFO relaxation (Bellman-Ford), which also allows negative
 * weights as long as no cycle has negative weight. Unreachable states get {@code +Infinity}.
 *
 * <p>The overloads with a jopenfst {@link Semiring} (e.g. {@code LogSemiring} for forward-backward sums)
 * compute in doubles with that semiring's plus and times: in topological order when the FST is acyclic,
 * otherwise by Mohri's generic single-source algorithm (FIFO queue with residual weights), stopping when
 * a change is below {@code delta} (1/1024, OpenFst's default).
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

    /** Generic shortest distance from the start state in {@code semiring} (zero must be +Infinity). */
    public static double[] fromStart(CompactFst fst, Semiring semiring) {
        return generic(fst, semiring, false);
    }

    /** Generic distance from every state to the final states (final weights included) in {@code semiring}. */
    public static double[] toFinal(CompactFst fst, Semiring semiring) {
        return generic(fst, semiring, true);
    }

    /** The sum (in {@code semiring}) of the weights of all successful paths. */
    public static double total(CompactFst fst, Semiring semiring) {
        return fst.start() < 0 ? semiring.zero() : toFinal(fst, semiring)[fst.start()];
    }

    private static final double DELTA = 1.0 / 1024;

    private static double[] generic(CompactFst fst, Semiring sr, boolean reverse) {
        if (sr.zero() != Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("semiring " + sr + " does not use +Infinity as zero");
        }
        int n = fst.numStates();
        double[] d = new double[n];
        Arrays.fill(d, sr.zero());
        if (fst.start() < 0) {
            return d;
        }
        int[] order = TopSort.order(fst);
        if (order != null) {
            if (!reverse) {
                d[fst.start()] = sr.one();
                for (int s : order) {
                    if (d[s] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    for (int a = fst.arcStart(s); a < fst.arcEnd(s); a++) {
                        int t = fst.next(a);
                        d[t] = sr.plus(d[t], sr.times(d[s], fst.weight(a)));
                    }
                }
            } else {
                for (int i = order.length - 1; i >= 0; i--) {
                    int s = order[i];
                    double sum = fst.finalWeight(s);
                    for (int a = fst.arcStart(s); a < fst.arcEnd(s); a++) {
                        sum = sr.plus(sum, sr.times(fst.weight(a), d[fst.next(a)]));
                    }
                    d[s] = sum;
                }
            }
            return d;
        }
        double[] residual = new double[n];
        Arrays.fill(residual, sr.zero());
        IntQueue queue = new IntQueue(n);
        boolean[] queued = new boolean[n];
        Reverse.Adjacency rev = reverse ? Reverse.adjacency(fst) : null;
        if (!reverse) {
            d[fst.start()] = sr.one();
            residual[fst.start()] = sr.one();
            queue.add(fst.start());
            queued[fst.start()] = true;
        } else {
            for (int s = 0; s < n; s++) {
                if (fst.isFinal(s)) {
                    d[s] = fst.finalWeight(s);
                    residual[s] = fst.finalWeight(s);
                    queue.add(s);
                    queued[s] = true;
                }
            }
        }
        while (!queue.isEmpty()) {
            int q = queue.poll();
            queued[q] = false;
            double r = residual[q];
            residual[q] = sr.zero();
            int from = reverse ? rev.offsets[q] : fst.arcStart(q);
            int to = reverse ? rev.offsets[q + 1] : fst.arcEnd(q);
            for (int j = from; j < to; j++) {
                int arc = reverse ? rev.arcs[j] : j;
                int t = reverse ? rev.tails[j] : fst.next(j);
                double add = sr.times(r, fst.weight(arc));
                double nd = sr.plus(d[t], add);
                if (!(Math.abs(nd - d[t]) <= DELTA) && !(nd == d[t])) {
                    d[t] = nd;
                    residual[t] = sr.plus(residual[t], add);
                    if (!queued[t]) {
                        queued[t] = true;
                        queue.add(t);
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
