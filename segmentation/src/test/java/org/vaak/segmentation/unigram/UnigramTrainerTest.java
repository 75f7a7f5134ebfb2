package org.vaak.segmentation.unigram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaak.lexicons.Aksharas;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Joiner;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.corpus.CorpusException;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.DictionaryIO;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.Progress;
import org.vaak.segmentation.unigram.UnigramConfig.Estimation;
import org.vaak.segmentation.unigram.UnigramConfig.Prior;

class UnigramTrainerTest {
    private static UnigramConfig small(Estimation e) {
        return UnigramConfig.defaults(e).withSeedSize(400).withThreads(1).withAksharaCoverage(1.0);
    }

    private static Set<String> aksharasOf(WordCounts wc) {
        Set<String> s = new HashSet<>();
        for (String w : wc.words()) {
            s.addAll(Aksharas.split(w, wc.language()));
        }
        return s;
    }

    @ParameterizedTest
    @EnumSource(Estimation.class)
    void pruningReachesTheTargetSize(Estimation e) {
        WordCounts wc = CorpusLike.tamil(1, 300);
        int singles = aksharasOf(wc).size();
        int target = 2 * singles + 40;
        // Plain ML keeps every unit that is used, so pruning rounds have to do the shrinking (Viterbi
        // training drops the units no best path uses, and may reach the size that way).
        SubwordDictionary d = new UnigramTrainer(small(e).withPrior(Prior.NONE)).train(wc, target, Progress.NONE);
        assertEquals(target, d.size());
        assertEquals(e.method(), d.method());
        Set<String> pieces = d.units().stream().map(SubwordDictionary.Unit::piece).collect(Collectors.toSet());
        assertTrue(pieces.containsAll(aksharasOf(wc)), "every akshara of the corpus stays a unit");
        double mass = d.units().stream().mapToDouble(u -> Math.exp(u.logProb())).sum();
        assertEquals(1.0, mass, 1e-9);
        if (e == Estimation.MAXIMUM_LIKELIHOOD) {
            assertTrue((int) d.stats().get("pruningRounds") >= 1);
        }
        for (int k = 1; k < d.size(); k++) {
            assertTrue(d.units().get(k - 1).logProb() >= d.units().get(k).logProb(), "units sorted by probability");
        }
    }

    @ParameterizedTest
    @EnumSource(Estimation.class)
    void everyWordJoinsBackAndNoAksharaIsSplit(Estimation e) {
        for (WordCounts wc : List.of(CorpusLike.tamil(2, 250), CorpusLike.kannada(3, 120))) {
            int target = 2 * aksharasOf(wc).size() + 30;
            SubwordDictionary d = new UnigramTrainer(small(e)).train(wc, target, Progress.NONE);
            UnigramSegmenter seg = new UnigramSegmenter(d);
            Joiner joiner = new Joiner(wc.language());
            int multi = 0;
            for (String w : wc.words()) {
                Segmentation s = seg.segment(w);
                assertEquals(w, joiner.join(s.pieces()), "join(segment(w)) for " + w);
                Set<Integer> cuts = Arrays.stream(Aksharas.boundaries(w, wc.language())).boxed()
                        .collect(Collectors.toSet());
                int at = 0;
                for (String p : s.pieces()) {
                    assertTrue(cuts.contains(at), "piece boundary inside an akshara in " + w + ": " + s.pieces());
                    at += p.length();
                }
                multi += s.pieces().size() > 1 ? 1 : 0;
            }
            assertTrue(multi > 0 && multi < wc.size(), "some words split, some not: " + multi);
        }
    }

    @Test
    void emNeverLowersTheLikelihood() {
        WordCounts wc = CorpusLike.tamil(4, 200);
        List<String> seeds = List.of("மர", "வீட", "படி", "த்தை", "த்தில்", "ங்கள்", "ங்களை", "ுக்கு", "ார்கள்", "ப்பான்",
                "தமிழ", "குழந்தை", "ஆசிரிய", "த்தான்", "க்கள்");
        int target = aksharasOf(wc).size() + occurring(wc, seeds);
        UnigramConfig c = small(Estimation.MAXIMUM_LIKELIHOOD).withPrior(Prior.NONE).withSeeds(seeds)
                .withSubIterations(12);
        SubwordDictionary d = new UnigramTrainer(c).train(wc, target, Progress.NONE);
        assertEquals(0, d.stats().get("pruningRounds"));
        @SuppressWarnings("unchecked")
        List<Double> ll = (List<Double>) d.stats().get("logLikelihoodHistory");
        assertEquals(12, ll.size());
        for (int k = 1; k < ll.size(); k++) {
            assertTrue(ll.get(k) >= ll.get(k - 1) - 1e-9 * Math.abs(ll.get(k - 1)),
                    "iteration " + k + ": " + ll.get(k - 1) + " -> " + ll.get(k));
        }
        assertTrue(ll.get(ll.size() - 1) > ll.get(0) + 1, "EM improves on the initial guess: " + ll);
    }

    /** How many of the multi-akshara pieces occur as runs of whole aksharas in some word. */
    private static int occurring(WordCounts wc, List<String> pieces) {
        int n = 0;
        for (String p : pieces) {
            List<String> ps = Aksharas.split(p, wc.language());
            if (ps.size() > 1 && wc.words().stream().anyMatch(
                    w -> java.util.Collections.indexOfSubList(Aksharas.split(w, wc.language()), ps) >= 0)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void givenSeedsBoundTheUnits() {
        WordCounts wc = CorpusLike.tamil(5, 150);
        List<String> seeds = List.of("மர", "த்தை", "ங்கள்", "xyz", "ஃஃஃ");
        SubwordDictionary d = new UnigramTrainer(small(Estimation.MAXIMUM_LIKELIHOOD).withSeeds(seeds))
                .train(wc, aksharasOf(wc).size() + 2, Progress.NONE);
        Set<String> allowed = new HashSet<>(aksharasOf(wc));
        allowed.addAll(seeds);
        for (SubwordDictionary.Unit u : d.units()) {
            assertTrue(allowed.contains(u.piece()), "unexpected unit " + u.piece());
        }
        assertEquals(aksharasOf(wc).size() + 2, d.size());
        assertEquals("given-units:5", d.parameters().get("seedSource"));
    }

    @Test
    void viterbiAndMlDifferAsExpected() {
        // க|ட|ப: with p(க) high, the best path of கடப is க + டப, so Viterbi counts leave ட and ப at zero
        // (floored to 0.5), while EM still gives them the posterior of the other segmentations.
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("கடப", 10L);
        m.put("கட", 1L);
        m.put("க", 5L);
        WordCounts wc = WordCounts.of(Language.TAMIL, m, "constructed");
        List<String> seeds = List.of("கட", "டப");
        UnigramConfig base = small(Estimation.MAXIMUM_LIKELIHOOD).withPrior(Prior.NONE).withSeeds(seeds)
                .withSubIterations(1);
        SubwordDictionary ml = new UnigramTrainer(base).train(wc, 5, Progress.NONE);
        SubwordDictionary vit = new UnigramTrainer(new UnigramConfig(Estimation.VITERBI, Prior.NONE, 1.0, 8, 2, 400, 1,
                0.75, 1, false, seeds)).train(wc, 5, Progress.NONE);
        Map<String, Double> pm = probs(ml);
        Map<String, Double> pv = probs(vit);
        // Initial scores (occurrences x length): க 16, ட 11, ப 10, கட 22, டப 20 (sum 79).
        // Viterbi: கடப -> க+டப (16*20 > 22*10), கட -> கட, க -> க: counts க 15, டப 10, கட 1, ட 0 -> .5, ப 0 -> .5
        double sum = 15 + 10 + 1 + 0.5 + 0.5;
        assertEquals(0.5 / sum, pv.get("ப"), 1e-12);
        assertEquals(15 / sum, pv.get("க"), 1e-12);
        assertEquals(10 / sum, pv.get("டப"), 1e-12);
        // EM: the posteriors of கடப's three segmentations under the initial model.
        double pk = 16 / 79.0, pt = 11 / 79.0, pp = 10 / 79.0, pkt = 22 / 79.0, ptp = 20 / 79.0;
        double s1 = pk * pt * pp, s2 = pkt * pp, s3 = pk * ptp, z = s1 + s2 + s3;
        double kt = pkt / (pkt + pk * pt);
        double cP = 10 * (s1 + s2) / z;
        double cK = 10 * (s1 + s3) / z + (1 - kt) + 5;
        double cT = 10 * s1 / z + (1 - kt);
        double cKT = 10 * s2 / z + kt;
        double cTP = 10 * s3 / z;
        double total = cP + cK + cT + cKT + cTP;
        assertEquals(cP / total, pm.get("ப"), 1e-12);
        assertEquals(cTP / total, pm.get("டப"), 1e-12);
        assertTrue(pm.get("ப") > 5 * pv.get("ப"));
        assertNotEquals(pm.get("டப"), pv.get("டப"));
    }

    private static Map<String, Double> logProbs(SubwordDictionary d) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (SubwordDictionary.Unit u : d.units()) {
            m.put(u.piece(), u.logProb());
        }
        return m;
    }

    private static Map<String, Double> probs(SubwordDictionary d) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (SubwordDictionary.Unit u : d.units()) {
            m.put(u.piece(), Math.exp(u.logProb()));
        }
        return m;
    }

    @Test
    void badSizesAreClearErrors() {
        WordCounts wc = CorpusLike.tamil(6, 50);
        CorpusException many = assertThrows(CorpusException.class,
                () -> new UnigramTrainer(small(Estimation.MAXIMUM_LIKELIHOOD)).train(wc, 1_000_000, Progress.NONE));
        assertTrue(many.getMessage().contains("fewer"), many.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new UnigramTrainer(small(Estimation.MAXIMUM_LIKELIHOOD)).train(wc, 0, Progress.NONE));
        assertThrows(CorpusException.class, () -> WordCounts.of(Language.TAMIL, Map.of(), "empty"));
    }

    @ParameterizedTest
    @EnumSource(Estimation.class)
    void smallTargetKeepsTheFrequentAksharasAsUnits(Estimation e) {
        WordCounts wc = CorpusLike.tamil(10, 300);
        Map<String, Long> freq = new LinkedHashMap<>();
        for (int i = 0; i < wc.size(); i++) {
            for (String a : Aksharas.split(wc.word(i), wc.language())) {
                freq.merge(a, wc.count(i), Long::sum);
            }
        }
        int target = freq.size();
        SubwordDictionary d = new UnigramTrainer(small(e)).train(wc, target, Progress.NONE);
        assertEquals(target, d.size());
        Set<String> singles = d.units().stream().map(SubwordDictionary.Unit::piece)
                .filter(p -> Aksharas.split(p, wc.language()).size() == 1).collect(Collectors.toSet());
        assertEquals(target / 2, singles.size(), "single aksharas take half the dictionary");
        long weakestKept = singles.stream().mapToLong(freq::get).min().orElseThrow();
        long strongestDropped = freq.entrySet().stream().filter(x -> !singles.contains(x.getKey()))
                .mapToLong(Map.Entry::getValue).max().orElseThrow();
        assertTrue(weakestKept >= strongestDropped, "the most frequent aksharas are kept");
        UnigramSegmenter seg = new UnigramSegmenter(d);
        Joiner joiner = new Joiner(wc.language());
        for (String w : wc.words()) {
            assertEquals(w, joiner.join(seg.segment(w).pieces()));
        }
    }

    @ParameterizedTest
    @EnumSource(Estimation.class)
    void sameResultForOneAndTwoThreads(Estimation e) {
        WordCounts wc = CorpusLike.tamil(7, 400);
        int target = 2 * aksharasOf(wc).size() + 50;
        SubwordDictionary one = new UnigramTrainer(small(e).withThreads(1)).train(wc, target, Progress.NONE);
        SubwordDictionary two = new UnigramTrainer(small(e).withThreads(2)).train(wc, target, Progress.NONE);
        assertEquals(one.units(), two.units());
        assertEquals(one.stats().get("logLikelihood"), two.stats().get("logLikelihood"));
    }

    @ParameterizedTest
    @EnumSource(Estimation.class)
    void wfstEStepTrainsTheSameDictionary(Estimation e) {
        WordCounts wc = CorpusLike.tamil(8, 60);
        int target = 2 * aksharasOf(wc).size() + 10;
        SubwordDictionary fast = new UnigramTrainer(small(e)).train(wc, target, Progress.NONE);
        SubwordDictionary fst = new UnigramTrainer(small(e).withWfst(true).withThreads(2)).train(wc, target,
                Progress.NONE);
        Map<String, Double> a = logProbs(fast);
        Map<String, Double> b = logProbs(fst);
        assertEquals(a.keySet(), b.keySet());
        for (Map.Entry<String, Double> u : a.entrySet()) {
            assertEquals(u.getValue(), b.get(u.getKey()), 1e-9 * Math.abs(u.getValue()), u.getKey());
        }
    }

    @Test
    void dictionaryRoundTrip(@TempDir Path dir) throws IOException {
        WordCounts wc = CorpusLike.tamil(9, 200);
        SubwordDictionary d = new UnigramTrainer(small(Estimation.VITERBI)).train(wc, 2 * aksharasOf(wc).size() + 25,
                Progress.NONE);
        Path file = dir.resolve("ta.unigram.json");
        DictionaryIO.write(d, file);
        SubwordDictionary back = DictionaryIO.read(file);
        assertEquals(d.units(), back.units());
        assertEquals(d.method(), back.method());
        assertEquals(d.language(), back.language());
        assertEquals(d.parameters().get("seedSize"), ((Number) back.parameters().get("seedSize")).intValue());
        UnigramSegmenter a = new UnigramSegmenter(d);
        UnigramSegmenter b = new UnigramSegmenter(back);
        List<List<String>> sa = new ArrayList<>();
        List<List<String>> sb = new ArrayList<>();
        for (String w : wc.words()) {
            sa.add(a.segment(w).pieces());
            sb.add(b.segment(w).pieces());
        }
        assertEquals(sa, sb);
    }
}
