package org.vaak.segmentation.fst;

import java.util.Arrays;

/**
 * Collects states and arcs in growable primitive arrays and freezes them into a {@link CompactFst}.
 * Arcs may be added in any order; {@link #build} groups them by source state and sorts each state's
 * arcs by (input label, output label, next state).
 */
public final class FstBuilder {
    private int numStates;
    private int start = -1;
    private float[] finals;
    private int numArcs;
    private int[] src;
    private int[] ilabel;
    private int[] olabel;
    private int[] next;
    private float[] weight;

    public FstBuilder() {
        this(16, 16);
    }

    public FstBuilder(int expectedStates, int expectedArcs) {
        finals = new float[Math.max(1, expectedStates)];
        int a = Math.max(1, expectedArcs);
        src = new int[a];
        ilabel = new int[a];
        olabel = new int[a];
        next = new int[a];
        weight = new float[a];
    }

    /** Adds a non-final state and returns its id (ids are 0, 1, 2, ...). */
    public int addState() {
        if (numStates == finals.length) {
            finals = Arrays.copyOf(finals, grown(numStates));
        }
        finals[numStates] = Float.POSITIVE_INFINITY;
        return numStates++;
    }

    public int numStates() {
        return numStates;
    }

    public int numArcs() {
        return numArcs;
    }

    public FstBuilder setStart(int state) {
        checkState(state);
        start = state;
        return this;
    }

    /** Sets the final weight of a state; {@code +Infinity} (the tropical zero) makes it non-final. */
    public FstBuilder setFinal(int state, float w) {
        checkState(state);
        checkWeight(w);
        finals[state] = w;
        return this;
    }

    public float finalWeight(int state) {
        checkState(state);
        return finals[state];
    }

    /** Adds an arc; labels are non-negative, 0 is epsilon. */
    public FstBuilder addArc(int from, int in, int out, float w, int to) {
        checkState(from);
        checkState(to);
        if (in < 0 || out < 0) {
            throw new IllegalArgumentException("negative label " + in + ":" + out + " on an arc from state " + from);
        }
        checkWeight(w);
        if (numArcs == src.length) {
            int n = grown(numArcs);
            src = Arrays.copyOf(src, n);
            ilabel = Arrays.copyOf(ilabel, n);
            olabel = Arrays.copyOf(olabel, n);
            next = Arrays.copyOf(next, n);
            weight = Arrays.copyOf(weight, n);
        }
        src[numArcs] = from;
        ilabel[numArcs] = in;
        olabel[numArcs] = out;
        next[numArcs] = to;
        weight[numArcs] = w;
        numArcs++;
        return this;
    }

    private static int grown(int n) {
        long m = Math.max(16L, n + (n >> 1));
        if (m > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("FST too large: " + n + " elements");
        }
        return (int) m;
    }

    private void checkState(int s) {
        if (s < 0 || s >= numStates) {
            throw new IllegalArgumentException("no state " + s + " (the FST has " + numStates + ")");
        }
    }

    private static void checkWeight(float w) {
        if (Float.isNaN(w) || w == Float.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("weight " + w + " is not a tropical weight");
        }
    }

    /** Freezes the collected states and arcs; the builder may not be used afterwards. */
    public CompactFst build(String[] inputSymbols, String[] outputSymbols) {
        int n = numStates;
        int[] offsets = new int[n + 1];
        for (int a = 0; a < numArcs; a++) {
            offsets[src[a] + 1]++;
        }
        for (int s = 0; s < n; s++) {
            offsets[s + 1] += offsets[s];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        int[] order = new int[numArcs];
        for (int a = 0; a < numArcs; a++) {
            order[fill[src[a]]++] = a;
        }
        src = null;
        long[] keys = new long[16];
        int[] idx = new int[16];
        for (int s = 0; s < n; s++) {
            int lo = offsets[s];
            int hi = offsets[s + 1];
            int len = hi - lo;
            if (len < 2) {
                continue;
            }
            if (keys.length < len) {
                keys = new long[len];
                idx = new int[len];
            }
            boolean sorted = true;
            for (int i = 0; i < len; i++) {
                int a = order[lo + i];
                idx[i] = a;
                keys[i] = ((long) ilabel[a] << 32) | olabel[a];
                sorted &= i == 0 || keys[i - 1] < keys[i]
                        || (keys[i - 1] == keys[i] && next[idx[i - 1]] <= next[a]);
            }
            if (sorted) {
                continue;
            }
            Sorting.sort(keys, idx, 0, len);
            // equal (ilabel, olabel) runs: order by next state for a canonical layout
            for (int i = 1; i < len; i++) {
                int a = idx[i];
                long k = keys[i];
                int j = i - 1;
                while (j >= 0 && keys[j] == k && next[idx[j]] > next[a]) {
                    idx[j + 1] = idx[j];
                    j--;
                }
                idx[j + 1] = a;
            }
            System.arraycopy(idx, 0, order, lo, len);
        }
        int m = numArcs;
        int[] il = new int[m];
        int[] ol = new int[m];
        int[] nx = new int[m];
        float[] w = new float[m];
        for (int i = 0; i < m; i++) {
            int a = order[i];
            il[i] = ilabel[a];
            ol[i] = olabel[a];
            nx[i] = next[a];
            w[i] = weight[a];
        }
        ilabel = olabel = next = null;
        weight = null;
        return new CompactFst(start, offsets, il, ol, nx, w, Arrays.copyOf(finals, n), inputSymbols, outputSymbols);
    }
}
