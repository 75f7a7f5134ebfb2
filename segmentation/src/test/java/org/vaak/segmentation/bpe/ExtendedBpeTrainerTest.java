package org.vaak.segmentation.bpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.Progress;

class ExtendedBpeTrainerTest {
    /** Log-likelihood of a corpus of piece tokens under its maximum-likelihood unigram model. */
    private static double logLikelihood(List<List<String>> words, List<Long> weights) {
        Map<String, Long> f = new HashMap<>();
        long total = 0;
        for (int i = 0; i < words.size(); i++) {
            for (String p : words.get(i)) {
                f.merge(p, weights.get(i), Long::sum);
                total += weights.get(i);
            }
        }
        double ll = 0;
        for (long c : f.values()) {
            ll += c * Math.log(c / (double) total);
        }
        return ll;
    }

    private static List<List<String>> mergeAll(List<List<String>> words, String a, String b) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> w : words) {
            List<String> m = new ArrayList<>();
            for (int i = 0; i < w.size(); i++) {
                if (i + 1 < w.size() && w.get(i).equals(a) && w.get(i + 1).equals(b)) {
                    m.add(a + b);
                    i++;
                } else {
                    m.add(w.get(i));
                }
            }
            out.add(m);
        }
        return out;
    }

    @Test
    void scoreIsTheExactGainInUnigramLogLikelihood() {
        Random rnd = new Random(42);
        String[] alphabet = {"a", "b", "c", "d"};
        for (int trial = 0; trial < 200; trial++) {
            List<List<String>> words = new ArrayList<>();
            List<Long> weights = new ArrayList<>();
            for (int i = 0; i < 1 + rnd.nextInt(6); i++) {
                List<String> w = new ArrayList<>();
                for (int j = 0; j < 1 + rnd.nextInt(5); j++) {
                    w.add(alphabet[rnd.nextInt(alphabet.length)]);
                }
                words.add(w);
                weights.add(1L + rnd.nextInt(20));
            }
            String a = alphabet[rnd.nextInt(4)];
            String b = alphabet[rnd.nextInt(4)];
            if (a.equals(b)) {
                continue; // overlapping runs (a a a) are counted as pairs, not as merges
            }
            long c = 0;
            long fa = 0;
            long fb = 0;
            long total = 0;
            for (int i = 0; i < words.size(); i++) {
                List<String> w = words.get(i);
                for (int j = 0; j < w.size(); j++) {
                    fa += w.get(j).equals(a) ? weights.get(i) : 0;
                    fb += w.get(j).equals(b) ? weights.get(i) : 0;
                    total += weights.get(i);
                    if (j + 1 < w.size() && w.get(j).equals(a) && w.get(j + 1).equals(b)) {
                        c += weights.get(i);
                    }
                }
            }
            if (c == 0) {
                continue;
            }
            double expected = logLikelihood(mergeAll(words, a, b), weights) - logLikelihood(words, weights);
            assertEquals(expected, LikelihoodGain.INSTANCE.score(c, fa, fb, total, false), 1e-9,
                    () -> words + " " + a + b);
        }
    }

    @Test
    void aSmallerTokenTotalNeverRaisesTheScore() {
        for (long total = 100; total < 10_000; total += 37) {
            double s1 = LikelihoodGain.INSTANCE.score(10, 40, 30, total, false);
            double s0 = LikelihoodGain.INSTANCE.score(10, 40, 30, total - 1, false);
            assertTrue(s0 <= s1);
        }
    }

    /** abab x10: a, b, a, b</w>; cd x4: c, d</w>. */
    private static WordCounts cohesion() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("abab", 10L);
        m.put("cd", 4L);
        return WordCounts.of(Language.TAMIL, m, "cohesion");
    }

    @Test
    void prefersCohesivePairsWhereBpePrefersFrequentOnes() {
        // pairs: (a,b) 10, (b,a) 10, (a,b</w>) 10, (c,d</w>) 4; f(a)=20, f(b)=10, f(b</w>)=10, T=48.
        // gain(a,b) = 10 ln 10 + (10 ln 10 - 20 ln 20) - 10 ln 10 - (38 ln 38 - 48 ln 48) = 10.70...
        // gain(c,d</w>) = 4 ln 4 - 2 (4 ln 4) - (44 ln 44 - 48 ln 48) = 13.77...
        SubwordDictionary bpe = new BpeTrainer(BpeOptions.FULL_ALPHABET).train(cohesion(), 5, Progress.NONE);
        SubwordDictionary ebpe = new ExtendedBpeTrainer(BpeOptions.FULL_ALPHABET.withMinPairCount(2)).train(cohesion(), 5, Progress.NONE);
        assertEquals(List.of(List.of("a", "b")), bpe.merges());
        assertEquals(List.of(List.of("c", "d</w>")), ebpe.merges());
        double gainAb = 10 * Math.log(10) + (10 * Math.log(10) - 20 * Math.log(20)) - 10 * Math.log(10)
                - (38 * Math.log(38) - 48 * Math.log(48));
        double gainCd = 4 * Math.log(4) - 8 * Math.log(4) - (44 * Math.log(44) - 48 * Math.log(48));
        assertEquals(gainAb, LikelihoodGain.INSTANCE.score(10, 20, 10, 48, false), 1e-9);
        assertEquals(gainCd, LikelihoodGain.INSTANCE.score(4, 4, 4, 48, false), 1e-9);
        assertEquals("log-likelihood-gain", ebpe.parameters().get("merge_score"));
        assertEquals("ebpe", ebpe.method());
    }

    @Test
    void eachMergeIsTheBestByBruteForce() {
        WordCounts wc = WordCounts.of(Language.TAMIL, WordLists.corpusLike(Language.TAMIL, 21, 50), "ta-like");
        List<String> alphabet = BpeLearning.alphabet(wc, 1.0);
        MergeLearner.Result r = new MergeLearner(LikelihoodGain.INSTANCE, 2).learn(wc, alphabet, alphabet.size() + 40,
                Progress.NONE);
        List<List<String>> words = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (int i = 0; i < wc.size(); i++) {
            List<String> aks = new ArrayList<>(org.vaak.lexicons.Aksharas.split(wc.word(i), wc.language()));
            aks.set(aks.size() - 1, aks.get(aks.size() - 1) + SubwordDictionary.END_OF_WORD);
            words.add(aks);
            weights.add(wc.count(i));
        }
        for (List<String> merge : r.merges()) {
            Map<List<String>, Long> pairCounts = new HashMap<>();
            for (int i = 0; i < words.size(); i++) {
                List<String> w = words.get(i);
                for (int j = 0; j + 1 < w.size(); j++) {
                    pairCounts.merge(List.of(w.get(j), w.get(j + 1)), weights.get(i), Long::sum);
                }
            }
            double before = logLikelihood(words, weights);
            double best = Double.NEGATIVE_INFINITY;
            for (Map.Entry<List<String>, Long> e : pairCounts.entrySet()) {
                if (e.getValue() >= 2 && !e.getKey().get(0).equals(e.getKey().get(1))) {
                    double g = logLikelihood(mergeAll(words, e.getKey().get(0), e.getKey().get(1)), weights) - before;
                    best = Math.max(best, g);
                }
            }
            double chosen = logLikelihood(mergeAll(words, merge.get(0), merge.get(1)), weights) - before;
            assertEquals(best, chosen, 1e-6 * Math.max(1, Math.abs(best)), () -> "merge " + merge);
            words = mergeAll(words, merge.get(0), merge.get(1));
        }
        assertNotEquals(new BpeTrainer(BpeOptions.FULL_ALPHABET).train(wc, alphabet.size() + 40, Progress.NONE).merges(), r.merges());
    }
}
