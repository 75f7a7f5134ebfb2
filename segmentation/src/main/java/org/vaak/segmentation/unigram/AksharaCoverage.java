package org.vaak.segmentation.unigram;

import org.vaak.segmentation.learn.AksharaAlphabet;

/** Marks the aksharas the unigram learner keeps as units of their own ({@link AksharaAlphabet}). */
final class AksharaCoverage {
    private AksharaCoverage() {
    }

    static boolean[] select(int[][] words, long[] counts, AksharaTable table, double coverage, int max) {
        long[] freq = new long[table.size()];
        for (int w = 0; w < words.length; w++) {
            for (int a : words[w]) {
                freq[a] += counts[w];
            }
        }
        boolean[] known = new boolean[freq.length];
        for (int a : AksharaAlphabet.select(freq, table::akshara, coverage, max)) {
            known[a] = true;
        }
        return known;
    }
}
