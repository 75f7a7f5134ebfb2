package org.vaak.segmentation.unigram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One pruning round, with SentencePiece's loss estimate. Every word type is segmented by its best path;
 * f(u) is the count-weighted number of times unit u is used. Removing u would send its uses to u's
 * best segmentation without u (its alternative a1..ak, found by a best path over u's own aksharas), so
 * the corpus would lose about
 * <pre>
 *   loss(u) = f(u) (log p(u) - sum_i log p'(a_i)),
 *   p(u) = f(u) / F,  p'(a_i) = (f(a_i) + f(u)) / (F + f(u)(k - 1))
 * </pre>
 * nats (F = sum of f). Units are kept in order of loss (ties by text), single aksharas always, until
 * {@code max(target, shrink x size)} remain; units never on a best path come last, by probability.
 */
final class UnitPruner {
    private UnitPruner() {
    }

    /** @return the new id of each unit, -1 for the dropped ones */
    static int[] prune(List<int[]> units, double[] logProb, WordLattices words, long[] wordCounts, int target,
            double shrink, AksharaTable table, Workers workers) {
        int size = units.size();
        double[] freq = bestPathFrequencies(words, wordCounts, logProb, workers);
        int[][] alternatives = alternatives(units, logProb, workers);
        double total = 0;
        for (double f : freq) {
            total += f;
        }
        record Candidate(int id, boolean used, double key, String text) {
        }
        List<Candidate> candidates = new ArrayList<>();
        int singles = 0;
        for (int u = 0; u < size; u++) {
            if (units.get(u).length == 1) {
                singles++;
                continue;
            }
            String text = table.spell(units.get(u), 0, units.get(u).length);
            if (freq[u] <= 0) {
                candidates.add(new Candidate(u, false, logProb[u], text));
                continue;
            }
            int[] alt = alternatives[u];
            double logPu = Math.log(freq[u]) - Math.log(total);
            double logTotalAlt = Math.log(total + freq[u] * (alt.length - 1));
            double logPalt = 0;
            for (int v : alt) {
                logPalt += Math.log(freq[v] + freq[u]) - logTotalAlt;
            }
            candidates.add(new Candidate(u, true, freq[u] * (logPu - logPalt), text));
        }
        candidates.sort(Comparator.comparing((Candidate c) -> !c.used())
                .thenComparing(Candidate::key, Comparator.reverseOrder())
                .thenComparing(Candidate::text));
        int keepSize = Math.max(target, (int) (shrink * size));
        boolean[] keep = new boolean[size];
        for (int u = 0; u < size; u++) {
            keep[u] = units.get(u).length == 1;
        }
        int room = Math.max(0, keepSize - singles);
        for (int k = 0; k < Math.min(room, candidates.size()); k++) {
            keep[candidates.get(k).id()] = true;
        }
        int[] newId = new int[size];
        int next = 0;
        for (int u = 0; u < size; u++) {
            newId[u] = keep[u] ? next++ : -1;
        }
        return newId;
    }

    /** Count-weighted uses of each unit on the words' best paths, summed in word order. */
    static double[] bestPathFrequencies(WordLattices l, long[] wordCounts, double[] logProb, Workers workers) {
        boolean[] onPath = new boolean[l.arcCount()];
        int maxLen = l.maxLength();
        workers.forEach(l.words, 64, (from, to) -> {
            double[] best = new double[maxLen + 1];
            int[] back = new int[maxLen + 1];
            for (int w = from; w < to; w++) {
                LatticeMath.viterbi(l, w, logProb, -1, best, back);
                for (int a : LatticeMath.path(l, w, back)) {
                    onPath[a] = true;
                }
            }
        });
        double[] freq = new double[logProb.length];
        for (int w = 0; w < l.words; w++) {
            for (int a = l.wordArcs[w]; a < l.wordArcs[w + 1]; a++) {
                if (onPath[a]) {
                    freq[l.unit[a]] += wordCounts[w];
                }
            }
        }
        return freq;
    }

    /** For each unit of two or more aksharas, the unit ids of its best segmentation that does not use it. */
    static int[][] alternatives(List<int[]> units, double[] logProb, Workers workers) {
        int[][] seqs = units.toArray(new int[0][]);
        WordLattices self = WordLattices.build(seqs, new UnitTrie(units));
        int[][] alt = new int[seqs.length][];
        int maxLen = self.maxLength();
        workers.forEach(seqs.length, 256, (from, to) -> {
            double[] best = new double[maxLen + 1];
            int[] back = new int[maxLen + 1];
            for (int u = from; u < to; u++) {
                if (seqs[u].length == 1) {
                    alt[u] = new int[] {u};
                    continue;
                }
                LatticeMath.viterbi(self, u, logProb, u, best, back);
                int[] arcs = LatticeMath.path(self, u, back);
                int[] ids = new int[arcs.length];
                for (int k = 0; k < arcs.length; k++) {
                    ids[k] = self.unit[arcs[k]];
                }
                alt[u] = ids;
            }
        });
        return alt;
    }
}
