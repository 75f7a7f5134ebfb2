package org.vaak.segmentation.fst;

import com.github.steveash.jopenfst.Fst;
import com.github.steveash.jopenfst.MutableFst;
import java.util.Arrays;
import java.util.Optional;

/**
 * The single best (lowest tropical weight) successful path. Acyclic FSTs are done in topological
 * order, FSTs without negative weights by Dijkstra's algorithm, others by FIFO relaxation (no cycle
 * of negative weight allowed). Ties are broken by lower state id, then lower arc index.
 */
public final class ShortestPath {
    private ShortestPath() {
    }

    /** A path: its labels (epsilons included, as on the arcs) and its weight, final weight included. */
    public record Path(int[] ilabels, int[] olabels, float weight) {
    }

    /** The best path, or empty when no path reaches a final state. */
    public static Optional<Path> best(CompactFst fst) {
        int[] arcs = bestArcs(fst);
        if (arcs == null) {
            return Optional.empty();
        }
        int k = arcs.length - 1;
        int[] il = new int[k];
        int[] ol = new int[k];
        float w = 0f;
        int s = fst.start();
        for (int i = 0; i < k; i++) {
            int a = arcs[i];
            il[i] = fst.ilabel(a);
            ol[i] = fst.olabel(a);
            w += fst.weight(a);
            s = fst.next(a);
        }
        return Optional.of(new Path(il, ol, w + fst.finalWeight(s)));
    }

    /** The best path as a linear FST (states 0..k, like {@code fstshortestpath}); empty FST if none. */
    public static CompactFst apply(CompactFst fst) {
        int[] arcs = bestArcs(fst);
        FstBuilder b = new FstBuilder(arcs == null ? 1 : arcs.length, arcs == null ? 1 : arcs.length);
        if (arcs != null) {
            int k = arcs.length - 1;
            for (int i = 0; i <= k; i++) {
                b.addState();
            }
            int s = fst.start();
            for (int i = 0; i < k; i++) {
                int a = arcs[i];
                b.addArc(i, fst.ilabel(a), fst.olabel(a), fst.weight(a), i + 1);
                s = fst.next(a);
            }
            b.setFinal(k, fst.finalWeight(s));
            b.setStart(0);
        }
        return b.build(fst.isymsShared(), fst.osymsShared());
    }

    /** jopenfst in, jopenfst out. */
    public static MutableFst apply(Fst fst) {
        return apply(CompactFst.from(fst)).toMutableFst();
    }

    /** Arcs of the best path (the last entry is a sentinel -1), or null. */
    private static int[] bestArcs(CompactFst fst) {
        int n = fst.numStates();
        if (fst.start() < 0) {
            return null;
        }
        float[] d = new float[n];
        int[] pred = new int[n];
        Arrays.fill(d, Float.POSITIVE_INFINITY);
        Arrays.fill(pred, -1);
        d[fst.start()] = 0f;
        int[] order = TopSort.order(fst);
        if (order != null) {
            for (int s : order) {
                if (d[s] != Float.POSITIVE_INFINITY) {
                    relax(fst, s, d, pred, null, null);
                }
            }
        } else if (nonNegative(fst)) {
            dijkstra(fst, d, pred);
        } else {
            ShortestDistance.IntQueue queue = new ShortestDistance.IntQueue(n);
            boolean[] queued = new boolean[n];
            queue.add(fst.start());
            queued[fst.start()] = true;
            while (!queue.isEmpty()) {
                int s = queue.poll();
                queued[s] = false;
                relax(fst, s, d, pred, queue, queued);
            }
        }
        int best = -1;
        float bestW = Float.POSITIVE_INFINITY;
        for (int s = 0; s < n; s++) {
            if (fst.isFinal(s) && d[s] != Float.POSITIVE_INFINITY) {
                float w = d[s] + fst.finalWeight(s);
                if (w < bestW) {
                    bestW = w;
                    best = s;
                }
            }
        }
        if (best < 0) {
            return null;
        }
        int len = 0;
        for (int s = best; pred[s] >= 0; s = tail(fst, pred[s])) {
            if (++len > n) {
                throw new IllegalStateException("cycle in best-path predecessors");
            }
        }
        int[] arcs = new int[len + 1];
        arcs[len] = -1;
        int s = best;
        for (int i = len - 1; i >= 0; i--) {
            arcs[i] = pred[s];
            s = tail(fst, pred[s]);
        }
        return arcs;
    }

    private static void relax(CompactFst fst, int s, float[] d, int[] pred, ShortestDistance.IntQueue queue,
            boolean[] queued) {
        for (int a = fst.arcStart(s); a < fst.arcEnd(s); a++) {
            int t = fst.next(a);
            float w = d[s] + fst.weight(a);
            if (w < d[t] && (queue == null || !ShortestDistance.approxEqual(w, d[t]))) {
                d[t] = w;
                pred[t] = a;
                if (queue != null && !queued[t]) {
                    queued[t] = true;
                    queue.add(t);
                }
            }
        }
    }

    private static boolean nonNegative(CompactFst fst) {
        for (int a = 0; a < fst.numArcs(); a++) {
            if (fst.weight(a) < 0f) {
                return false;
            }
        }
        return true;
    }

    private static void dijkstra(CompactFst fst, float[] d, int[] pred) {
        int n = fst.numStates();
        boolean[] done = new boolean[n];
        long[] heap = new long[64];
        int size = 0;
        heap[size++] = entry(0f, fst.start());
        while (size > 0) {
            long top = heap[0];
            heap[0] = heap[--size];
            siftDown(heap, size);
            int s = (int) top;
            if (done[s]) {
                continue;
            }
            done[s] = true;
            for (int a = fst.arcStart(s); a < fst.arcEnd(s); a++) {
                int t = fst.next(a);
                float w = d[s] + fst.weight(a);
                if (w < d[t]) {
                    d[t] = w;
                    pred[t] = a;
                    if (size == heap.length) {
                        heap = Arrays.copyOf(heap, size * 2);
                    }
                    heap[size] = entry(w, t);
                    siftUp(heap, size++);
                }
            }
        }
    }

    /** Non-negative floats order like their bit patterns; the state id breaks ties. */
    private static long entry(float w, int s) {
        return ((long) Float.floatToIntBits(w) << 32) | s;
    }

    private static void siftUp(long[] h, int i) {
        long x = h[i];
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (h[p] <= x) {
                break;
            }
            h[i] = h[p];
            i = p;
        }
        h[i] = x;
    }

    private static void siftDown(long[] h, int size) {
        if (size == 0) {
            return;
        }
        long x = h[0];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && h[c + 1] < h[c]) {
                c++;
            }
            if (h[c] >= x) {
                break;
            }
            h[i] = h[c];
            i = c;
        }
        h[i] = x;
    }

    private static int tail(CompactFst fst, int arc) {
        int[] off = fst.offsetsShared();
        int lo = 0;
        int hi = fst.numStates() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (off[mid] <= arc) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
