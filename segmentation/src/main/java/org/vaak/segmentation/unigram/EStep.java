package org.vaak.segmentation.unigram;

import java.util.List;
import java.util.Map;

/**
 * One E-step over all word types: expected unit counts (forward-backward, or the best path only for
 * Viterbi training), each word type weighted by its count, and the corpus log-likelihood. Words are
 * handed to the workers in small chunks; each arc's posterior and each word's score is written by one
 * thread, then summed in word order by the calling thread, so the result is the same for any number of
 * threads.
 */
final class EStep {
    private static final int CHUNK = 64;

    /**
     * @param counts expected count of each unit
     * @param logLikelihood sum over word types of count x log p(word) (Viterbi: x log p(best path))
     */
    record Result(double[] counts, double logLikelihood) {
    }

    private EStep() {
    }

    static Result run(WordLattices l, long[] wordCounts, double[] logProb, boolean viterbi, Workers workers) {
        double[] post = new double[l.arcCount()];
        double[] score = new double[l.words];
        int maxLen = l.maxLength();
        workers.forEach(l.words, CHUNK, (from, to) -> {
            double[] a = new double[maxLen + 1];
            double[] b = new double[maxLen + 1];
            int[] back = new int[maxLen + 1];
            for (int w = from; w < to; w++) {
                if (viterbi) {
                    score[w] = LatticeMath.viterbi(l, w, logProb, -1, a, back);
                    for (int arc : LatticeMath.path(l, w, back)) {
                        post[arc] += wordCounts[w];
                    }
                } else {
                    score[w] = LatticeMath.expect(l, w, logProb, wordCounts[w], post, a, b);
                }
            }
        });
        double[] counts = new double[logProb.length];
        int[] unit = l.unit;
        for (int arc = 0; arc < post.length; arc++) {
            counts[unit[arc]] += post[arc];
        }
        double ll = 0;
        for (int w = 0; w < l.words; w++) {
            ll += wordCounts[w] * score[w];
        }
        return new Result(counts, ll);
    }

    /**
     * The same E-step over the jopenfst composition of each word with the dictionary's closure. The
     * last entry of {@code logProb} scores unknown aksharas ({@code !known[a]}); in the dictionary
     * transducer each of them is a one-akshara path with that weight, its counts going to that entry.
     */
    static Result runWfst(int[][] words, long[] wordCounts, List<int[]> units, double[] logProb, boolean[] known,
            boolean viterbi, Workers workers) {
        int size = units.size();
        List<int[]> all = new java.util.ArrayList<>(units);
        for (int a = 0; a < known.length; a++) {
            if (!known[a]) {
                all.add(new int[] {a});
            }
        }
        double[] lp = java.util.Arrays.copyOf(logProb, all.size());
        java.util.Arrays.fill(lp, size, all.size(), logProb[size]);
        FstLattice fst = new FstLattice(all, lp, known.length);
        double[] score = new double[words.length];
        Object[] perWord = new Object[words.length];
        workers.forEach(words.length, CHUNK, (from, to) -> {
            for (int w = from; w < to; w++) {
                if (viterbi) {
                    FstLattice.Best b = fst.best(words[w]);
                    score[w] = b.logProb();
                    perWord[w] = b.units();
                } else {
                    FstLattice.Expectation e = fst.expect(words[w]);
                    score[w] = e.logLikelihood();
                    perWord[w] = e.counts();
                }
            }
        });
        double[] counts = new double[logProb.length];
        double ll = 0;
        for (int w = 0; w < words.length; w++) {
            if (viterbi) {
                for (int u : (int[]) perWord[w]) {
                    counts[Math.min(u, size)] += wordCounts[w];
                }
            } else {
                @SuppressWarnings("unchecked")
                Map<Integer, Double> c = (Map<Integer, Double>) perWord[w];
                for (Map.Entry<Integer, Double> e : c.entrySet()) {
                    counts[Math.min(e.getKey(), size)] += wordCounts[w] * e.getValue();
                }
            }
            ll += wordCounts[w] * score[w];
        }
        return new Result(counts, ll);
    }
}
