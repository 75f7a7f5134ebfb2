package org.vaak.segmentation.unigram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The initial units of unigram training when no seed dictionary is given: every run of 2 to
 * {@code maxLength} aksharas inside a word, counted over the corpus (each word type weighted by its
 * count), kept when it occurs at least {@code minCount} times; of those the {@code size} with the
 * highest count &times; length (ties by id order, and at the cut by text order). Single aksharas are
 * added by the trainer.
 *
 * <p>Counting goes level by level (Apriori): a run of k aksharas occurs at least as often as its
 * prefix and its suffix of k&minus;1 aksharas, so level k only counts runs whose prefix and suffix were
 * kept at level k&minus;1. A kept run of level k is numbered and keyed by (number of its prefix, last
 * akshara) packed into a {@code long}; only one level's counts are held at a time.
 */
final class SeedUnits {
    private SeedUnits() {
    }

    static List<int[]> frequentSubstrings(int[][] words, long[] counts, AksharaTable table, int maxLength,
            long minCount, int size) {
        // at[w][i]: number of the kept run of the current level starting at aksharas i of word w, or -1.
        int[][] at = singles(words, counts, minCount);
        List<Level> levels = new ArrayList<>();
        for (int k = 2; k <= maxLength; k++) {
            Level level = count(words, counts, at, k, minCount);
            if (level.size() == 0) {
                break;
            }
            levels.add(level);
        }
        return select(levels, table, size);
    }

    /** Kept runs of one length: run r is run {@code prefix[r]} of the level below plus akshara {@code last[r]}. */
    private record Level(int length, int[] prefix, int[] last, long[] count) {
        int size() {
            return count.length;
        }
    }

    private static int[][] singles(int[][] words, long[] counts, long minCount) {
        int maxId = -1;
        for (int[] seq : words) {
            for (int a : seq) {
                maxId = Math.max(maxId, a);
            }
        }
        long[] freq = new long[maxId + 1];
        for (int w = 0; w < words.length; w++) {
            for (int a : words[w]) {
                freq[a] += counts[w];
            }
        }
        int[][] at = new int[words.length][];
        for (int w = 0; w < words.length; w++) {
            int[] seq = words[w];
            at[w] = new int[seq.length];
            for (int i = 0; i < seq.length; i++) {
                at[w][i] = freq[seq[i]] >= minCount ? seq[i] : -1;
            }
        }
        return at;
    }

    /** Counts the runs of length k whose prefix and suffix were kept, keeps the frequent ones, updates {@code at}. */
    private static Level count(int[][] words, long[] counts, int[][] at, int k, long minCount) {
        LongCounts freq = new LongCounts(1 << 16);
        for (int w = 0; w < words.length; w++) {
            int[] seq = words[w];
            int[] cur = at[w];
            for (int i = 0; i + k <= seq.length; i++) {
                if (cur[i] >= 0 && cur[i + 1] >= 0) {
                    freq.add(key(cur[i], seq[i + k - 1]), counts[w]);
                }
            }
        }
        int kept = 0;
        for (int s = 0; s < freq.capacity(); s++) {
            if (freq.used(s) && freq.value(s) >= minCount) {
                kept++;
            }
        }
        int[] prefix = new int[kept];
        int[] last = new int[kept];
        long[] count = new long[kept];
        int r = 0;
        for (int s = 0; s < freq.capacity(); s++) {
            if (!freq.used(s)) {
                continue;
            }
            if (freq.value(s) >= minCount) {
                prefix[r] = (int) (freq.key(s) >>> 32);
                last[r] = (int) freq.key(s);
                count[r] = freq.value(s);
                freq.setValue(s, r++);
            } else {
                freq.setValue(s, -1);
            }
        }
        for (int w = 0; w < words.length; w++) {
            int[] seq = words[w];
            int[] cur = at[w];
            for (int i = 0; i < seq.length; i++) {
                boolean candidate = i + k <= seq.length && cur[i] >= 0 && cur[i + 1] >= 0;
                cur[i] = candidate ? (int) freq.get(key(cur[i], seq[i + k - 1]), -1) : -1;
            }
        }
        return new Level(k, prefix, last, count);
    }

    private static long key(int prefix, int last) {
        return ((long) prefix << 32) | (last & 0xFFFFFFFFL);
    }

    /** The {@code size} kept runs with the highest count &times; length, in the order described above. */
    private static List<int[]> select(List<Level> levels, AksharaTable table, int size) {
        int total = 0;
        for (Level level : levels) {
            total += level.size();
        }
        int cut = Math.min(size, total);
        if (cut == 0) {
            return new ArrayList<>();
        }
        long[] scores = new long[total];
        int n = 0;
        for (Level level : levels) {
            for (int r = 0; r < level.size(); r++) {
                scores[n++] = level.count()[r] * level.length();
            }
        }
        Arrays.sort(scores);
        long boundary = scores[total - cut];
        scores = null;
        record Candidate(int[] ids, long score) {
        }
        List<Candidate> kept = new ArrayList<>();
        for (int l = 0; l < levels.size(); l++) {
            Level level = levels.get(l);
            for (int r = 0; r < level.size(); r++) {
                long score = level.count()[r] * level.length();
                if (score >= boundary) {
                    kept.add(new Candidate(spellIds(levels, l, r), score));
                }
            }
        }
        kept.sort(Comparator.comparingLong(Candidate::score).reversed()
                .thenComparing(Candidate::ids, Arrays::compare));
        // Every candidate scoring at least the boundary is in kept: the tie group at the cut is whole.
        if (cut < kept.size()) {
            int lo = cut - 1;
            while (lo > 0 && kept.get(lo - 1).score() == boundary) {
                lo--;
            }
            List<Candidate> group = new ArrayList<>(kept.subList(lo, kept.size()));
            group.sort(Comparator.comparing(c -> table.spell(c.ids(), 0, c.ids().length)));
            for (int q = lo; q < cut; q++) {
                kept.set(q, group.get(q - lo));
            }
        }
        List<int[]> out = new ArrayList<>(cut);
        for (int q = 0; q < cut; q++) {
            out.add(kept.get(q).ids());
        }
        return out;
    }

    /** The akshara ids of run r of levels[l] (level 0 holds runs of length 2). */
    private static int[] spellIds(List<Level> levels, int l, int r) {
        int[] ids = new int[l + 2];
        int run = r;
        for (int q = l; q >= 0; q--) {
            ids[q + 1] = levels.get(q).last()[run];
            run = levels.get(q).prefix()[run];
        }
        ids[0] = run;
        return ids;
    }
}
