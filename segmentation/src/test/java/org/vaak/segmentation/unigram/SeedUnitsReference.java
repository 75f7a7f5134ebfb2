package org.vaak.segmentation.unigram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first implementation of {@link SeedUnits#frequentSubstrings}, kept as the reference its level-wise
 * replacement must match: one map over every substring of every word.
 *
 * <p>The initial units of unigram training when no seed dictionary is given: every run of 2 to
 * {@code maxLength} aksharas inside a word, counted over the corpus (each word type weighted by its
 * count), kept when it occurs at least {@code minCount} times; of those the {@code size} with the
 * highest count &times; length (ties by text order). Single aksharas are added by the trainer.
 */
final class SeedUnitsReference {
    private SeedUnitsReference() {
    }

    static List<int[]> frequentSubstrings(int[][] words, long[] counts, AksharaTable table, int maxLength,
            long minCount, int size) {
        Map<String, long[]> freq = new HashMap<>();
        char[] buf = new char[maxLength];
        for (int w = 0; w < words.length; w++) {
            int[] seq = words[w];
            for (int i = 0; i < seq.length; i++) {
                int limit = Math.min(seq.length, i + maxLength);
                for (int j = i; j < limit; j++) {
                    buf[j - i] = (char) seq[j];
                    if (j > i) {
                        freq.computeIfAbsent(new String(buf, 0, j - i + 1), k -> new long[1])[0] += counts[w];
                    }
                }
            }
        }
        record Candidate(String key, long score, String text) {
        }
        List<Candidate> kept = new ArrayList<>();
        for (Map.Entry<String, long[]> e : freq.entrySet()) {
            long c = e.getValue()[0];
            if (c >= minCount) {
                kept.add(new Candidate(e.getKey(), c * e.getKey().length(), null));
            }
        }
        freq.clear();
        kept.sort(Comparator.comparingLong(Candidate::score).reversed().thenComparing(Candidate::key));
        // Ties at the cut are broken by the units' text, not their ids: re-sort the boundary score group.
        int cut = Math.min(size, kept.size());
        if (cut > 0 && cut < kept.size() && kept.get(cut - 1).score() == kept.get(cut).score()) {
            long boundary = kept.get(cut).score();
            int lo = cut - 1;
            while (lo > 0 && kept.get(lo - 1).score() == boundary) {
                lo--;
            }
            int hi = cut;
            while (hi < kept.size() && kept.get(hi).score() == boundary) {
                hi++;
            }
            List<Candidate> group = new ArrayList<>();
            for (int q = lo; q < hi; q++) {
                String key = kept.get(q).key();
                group.add(new Candidate(key, boundary, table.spell(ids(key), 0, key.length())));
            }
            group.sort(Comparator.comparing(Candidate::text));
            for (int q = lo; q < hi; q++) {
                kept.set(q, group.get(q - lo));
            }
        }
        List<int[]> out = new ArrayList<>(cut);
        for (int q = 0; q < cut; q++) {
            out.add(ids(kept.get(q).key()));
        }
        return out;
    }

    private static int[] ids(String key) {
        int[] out = new int[key.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = key.charAt(i);
        }
        return out;
    }
}
