package org.vaak.segmentation.fst;

/** Incoming-arc adjacency of a {@link CompactFst} (arcs grouped by their next state). */
final class Reverse {
    private Reverse() {
    }

    /** For state t, entries offsets[t] .. offsets[t+1]-1 hold the arcs into t and their source states. */
    static final class Adjacency {
        final int[] offsets;
        final int[] arcs;
        final int[] tails;

        Adjacency(int[] offsets, int[] arcs, int[] tails) {
            this.offsets = offsets;
            this.arcs = arcs;
            this.tails = tails;
        }
    }

    static Adjacency adjacency(CompactFst fst) {
        int n = fst.numStates();
        int m = fst.numArcs();
        int[] offsets = new int[n + 1];
        for (int a = 0; a < m; a++) {
            offsets[fst.next(a) + 1]++;
        }
        for (int s = 0; s < n; s++) {
            offsets[s + 1] += offsets[s];
        }
        int[] fill = java.util.Arrays.copyOf(offsets, n);
        int[] arcs = new int[m];
        int[] tails = new int[m];
        for (int s = 0; s < n; s++) {
            for (int a = fst.arcStart(s); a < fst.arcEnd(s); a++) {
                int j = fill[fst.next(a)]++;
                arcs[j] = a;
                tails[j] = s;
            }
        }
        return new Adjacency(offsets, arcs, tails);
    }
}
