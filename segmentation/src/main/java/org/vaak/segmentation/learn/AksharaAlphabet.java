package org.vaak.segmentation.learn;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Which aksharas a learner keeps as base units: the most frequent ones (ties by text) until they cover the
 * given share of all akshara occurrences, at most {@code max} of them. Tamil and Kannada text holds thousands
 * of distinct aksharas, most of them rare conjuncts, loan spellings and typos; a dictionary of 1000 units
 * cannot hold them all. BPE and the unigram learner both choose their alphabet this way.
 */
public final class AksharaAlphabet {
    private AksharaAlphabet() {
    }

    /**
     * The ids {@code 0 .. frequency.length-1} to keep, most frequent first; {@code coverage >= 1} keeps every
     * akshara (up to {@code max}), and at least one is kept when there is any.
     */
    public static int[] select(long[] frequency, IntFunction<String> text, double coverage, int max) {
        long total = 0;
        Integer[] order = new Integer[frequency.length];
        for (int a = 0; a < frequency.length; a++) {
            order[a] = a;
            total += frequency[a];
        }
        Arrays.sort(order, (x, y) -> {
            int c = Long.compare(frequency[y], frequency[x]);
            return c != 0 ? c : text.apply(x).compareTo(text.apply(y));
        });
        int kept = 0;
        long covered = 0;
        int limit = Math.max(1, max);
        while (kept < order.length && kept < limit && !(coverage < 1 && covered >= coverage * total)) {
            covered += frequency[order[kept]];
            kept++;
        }
        int[] out = new int[kept];
        for (int i = 0; i < kept; i++) {
            out[i] = order[i];
        }
        return out;
    }
}
