package org.vaak.segmentation.unigram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which aksharas become units of their own: the most frequent ones (ties by text) until they cover the
 * given fraction of all akshara occurrences, at most {@code max} of them. Tamil and Kannada text holds
 * thousands of distinct aksharas, most of them rare conjuncts, loan spellings and typos; a dictionary of
 * 1000 units cannot hold them all. The others are scored as unknown aksharas, in training as by the
 * segmenter.
 */
final class AksharaCoverage {
    private AksharaCoverage() {
    }

    static boolean[] select(int[][] words, long[] counts, AksharaTable table, double coverage, int max) {
        long[] freq = new long[table.size()];
        long total = 0;
        for (int w = 0; w < words.length; w++) {
            for (int a : words[w]) {
                freq[a] += counts[w];
                total += counts[w];
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < freq.length; a++) {
            order.add(a);
        }
        order.sort(Comparator.comparingLong((Integer a) -> -freq[a]).thenComparing(table::akshara));
        boolean[] known = new boolean[freq.length];
        long covered = 0;
        int kept = 0;
        for (int a : order) {
            if (kept >= Math.max(1, max) || (coverage < 1 && covered >= coverage * total)) {
                break;
            }
            known[a] = true;
            covered += freq[a];
            kept++;
        }
        return known;
    }
}
