package org.vaak.segmentation.unigram;

import java.util.Arrays;

/**
 * The segmentation lattices of many words, in flat arrays: for word {@code w}, the arcs
 * {@code wordArcs[w] .. wordArcs[w+1]-1} are its (start, end, unit) triples, one per occurrence of a
 * unit at akshara positions {@code start..end}, sorted by start then end; {@code byEnd} lists the same
 * arcs sorted by end. This is the array form of {@code word acceptor ∘ closure(dictionary transducer)}
 * with the composed states identified by akshara positions (see {@link FstLattice}), so that forward
 * and backward passes ({@link LatticeMath}) need no search and no allocation.
 */
final class WordLattices {
    final int words;
    final int[] wordLength;
    final int[] wordArcs;
    final int[] start;
    final int[] end;
    final int[] unit;
    final int[] byEnd;

    private WordLattices(int[] wordLength, int[] wordArcs, int[] start, int[] end, int[] unit) {
        this.words = wordLength.length;
        this.wordLength = wordLength;
        this.wordArcs = wordArcs;
        this.start = start;
        this.end = end;
        this.unit = unit;
        this.byEnd = sortByEnd();
    }

    /** Builds the lattices of {@code seqs} (akshara ids) from the units in {@code trie}. */
    static WordLattices build(int[][] seqs, UnitTrie trie) {
        return build(seqs, trie, null, -1);
    }

    /**
     * Builds the lattices of {@code seqs} (akshara ids) from the units in {@code trie}, plus an arc of
     * unit {@code unknownUnit} over every akshara {@code a} with {@code !known[a]} (an akshara that is
     * not a unit of its own); {@code known} null adds none.
     */
    static WordLattices build(int[][] seqs, UnitTrie trie, boolean[] known, int unknownUnit) {
        int n = seqs.length;
        int[] len = new int[n];
        int[] offsets = new int[n + 1];
        // Two passes (count, then fill) so that the arc arrays are allocated once at their exact size.
        long total = 0;
        for (int w = 0; w < n; w++) {
            len[w] = seqs[w].length;
            offsets[w] = (int) total;
            total += arcs(seqs[w], trie, known, unknownUnit, null, null, null, 0);
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("too many lattice arcs (" + total + "): use fewer seed units");
            }
        }
        offsets[n] = (int) total;
        int[] s = new int[(int) total];
        int[] e = new int[(int) total];
        int[] u = new int[(int) total];
        for (int w = 0; w < n; w++) {
            arcs(seqs[w], trie, known, unknownUnit, s, e, u, offsets[w]);
        }
        return new WordLattices(len, offsets, s, e, u);
    }

    /** Writes the arcs of one word from {@code at} on (when {@code s} is not null); returns their number. */
    private static int arcs(int[] seq, UnitTrie trie, boolean[] known, int unknownUnit, int[] s, int[] e, int[] u,
            int at) {
        int k = at;
        for (int i = 0; i < seq.length; i++) {
            if (known != null && !known[seq[i]]) {
                if (s != null) {
                    s[k] = i;
                    e[k] = i + 1;
                    u[k] = unknownUnit;
                }
                k++;
            }
            int node = 0;
            for (int j = i; j < seq.length; j++) {
                node = trie.child(node, seq[j]);
                if (node < 0) {
                    break;
                }
                int id = trie.unit(node);
                if (id >= 0) {
                    if (s != null) {
                        s[k] = i;
                        e[k] = j + 1;
                        u[k] = id;
                    }
                    k++;
                }
            }
        }
        return k - at;
    }

    /**
     * The same lattices without the arcs of dropped units, the others renumbered.
     *
     * @param newId new id of each old unit id, or -1 when the unit is dropped
     * @return these lattices when no unit is dropped or renumbered
     */
    WordLattices keep(int[] newId) {
        boolean identity = true;
        for (int id = 0; id < newId.length && identity; id++) {
            identity = newId[id] == id;
        }
        if (identity) {
            return this;
        }
        int total = 0;
        for (int a = 0; a < start.length; a++) {
            if (newId[unit[a]] >= 0) {
                total++;
            }
        }
        int[] s = new int[total];
        int[] e = new int[total];
        int[] u = new int[total];
        int[] offsets = new int[words + 1];
        int k = 0;
        for (int w = 0; w < words; w++) {
            offsets[w] = k;
            for (int a = wordArcs[w]; a < wordArcs[w + 1]; a++) {
                int id = newId[unit[a]];
                if (id >= 0) {
                    s[k] = start[a];
                    e[k] = end[a];
                    u[k] = id;
                    k++;
                }
            }
        }
        offsets[words] = k;
        return new WordLattices(wordLength, offsets, s, e, u);
    }

    int arcCount() {
        return start.length;
    }

    int maxLength() {
        int m = 0;
        for (int l : wordLength) {
            m = Math.max(m, l);
        }
        return m;
    }

    /** Per word, a counting sort of its arcs by end (stable, so ties stay in start order). */
    private int[] sortByEnd() {
        int[] order = new int[start.length];
        int[] bucket = new int[maxLength() + 2];
        for (int w = 0; w < words; w++) {
            int from = wordArcs[w];
            int to = wordArcs[w + 1];
            int n = wordLength[w];
            Arrays.fill(bucket, 0, n + 2, 0);
            for (int a = from; a < to; a++) {
                bucket[end[a] + 1]++;
            }
            for (int j = 1; j <= n + 1; j++) {
                bucket[j] += bucket[j - 1];
            }
            for (int a = from; a < to; a++) {
                order[from + bucket[end[a]]++] = a;
            }
        }
        return order;
    }
}
