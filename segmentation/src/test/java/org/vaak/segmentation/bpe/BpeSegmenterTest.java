package org.vaak.segmentation.bpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.lexicons.Aksharas;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Joiner;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.DictionaryIO;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.Progress;

class BpeSegmenterTest {
    private final SubwordDictionary classic = new BpeTrainer(BpeOptions.FULL_ALPHABET).train(BpeTrainerTest.classic(), 22, Progress.NONE);

    static int sizeAbove(WordCounts wc, int merges) {
        return BpeLearning.alphabet(wc, 1.0).size() + merges;
    }

    @Test
    void appliesMergesInRankOrder() {
        BpeSegmenter s = new BpeSegmenter(classic);
        assertEquals(List.of("low", "est"), s.segment("lowest").pieces());
        assertEquals(List.of("n", "ew", "er"), s.segment("newer").pieces());
        assertEquals(List.of("widest"), s.segment("widest").pieces());
        assertEquals(List.of("w", "i", "d", "e"), s.segment("wide").pieces());
        Segmentation seg = s.segment("lower");
        assertEquals("dictionary", seg.source());
        assertEquals("bpe", seg.detail());
        double lower = classic.units().stream().filter(u -> u.piece().equals("lower")).findFirst().orElseThrow().logProb();
        assertEquals(-lower, seg.cost(), 1e-12);
    }

    @Test
    void unknownAksharasStaySinglePieces() {
        BpeSegmenter s = new BpeSegmenter(classic);
        assertEquals(List.of("lo", "x"), s.segment("lox").pieces());
        assertEquals(List.of("x", "est"), s.segment("xest").pieces());
        assertTrue(Double.isNaN(s.segment("lox").cost()));
        assertEquals(List.of(), s.segment("").pieces());
        // a Tamil word against a dictionary without Tamil units: aksharas, never code points
        assertEquals(List.of("ம", "ர", "த்தை"), s.segment("மரத்தை").pieces());
    }

    @Test
    void sameCorpusGivesTheSameDictionaryTwice() {
        WordCounts wc = WordCounts.of(Language.TAMIL, WordLists.corpusLike(Language.TAMIL, 7, 400), "ta-like");
        int size = sizeAbove(wc, 150);
        SubwordDictionary a = new BpeTrainer().train(wc, size, Progress.NONE);
        SubwordDictionary b = new BpeTrainer().train(wc, size, Progress.NONE);
        assertEquals(a.merges(), b.merges());
        assertEquals(a.units(), b.units());
        SubwordDictionary c = new ExtendedBpeTrainer().train(wc, size, Progress.NONE);
        SubwordDictionary d = new ExtendedBpeTrainer().train(wc, size, Progress.NONE);
        assertEquals(c.merges(), d.merges());
        assertEquals(c.units(), d.units());
        assertEquals(size, a.size());
        assertEquals(size, c.size());
    }

    @Test
    void noAksharaIsEverSplitAndWordsJoinBack() {
        for (Language lang : Language.values()) {
            Map<String, Long> corpus = WordLists.corpusLike(lang, 11, 600);
            WordCounts wc = WordCounts.of(lang, corpus, lang.code() + "-like");
            Joiner joiner = new Joiner(lang);
            for (SubwordDictionary d : List.of(new BpeTrainer().train(wc, sizeAbove(wc, 200), Progress.NONE),
                    new ExtendedBpeTrainer().train(wc, sizeAbove(wc, 200), Progress.NONE))) {
                BpeSegmenter s = new BpeSegmenter(d);
                Random rnd = new Random(99);
                List<String> words = new ArrayList<>(corpus.keySet());
                for (int i = 0; i < 2000; i++) {
                    words.add(WordLists.randomWord(rnd, lang));
                }
                for (String w : words) {
                    List<String> pieces = s.segment(w).pieces();
                    assertEquals(w, joiner.join(pieces), () -> d.method() + " " + w + " -> " + pieces);
                    assertEquals(w, String.join("", pieces));
                    java.util.Set<Integer> bounds = new java.util.HashSet<>();
                    for (int b : Aksharas.boundaries(w, lang)) {
                        bounds.add(b);
                    }
                    int off = 0;
                    for (String p : pieces) {
                        assertTrue(bounds.contains(off), () -> w + ": piece boundary inside an akshara " + pieces);
                        assertTrue(!p.isEmpty());
                        off += p.length();
                    }
                }
            }
        }
    }

    @Test
    void segmenterReproducesTheLearnersFinalPieces() {
        WordCounts wc = WordCounts.of(Language.KANNADA, WordLists.corpusLike(Language.KANNADA, 3, 500), "kn-like");
        for (MergeScore score : List.of(MergeScore.FREQUENCY, LikelihoodGain.INSTANCE)) {
            List<String> alphabet = BpeLearning.alphabet(wc, 1.0);
            MergeLearner.Result r = new MergeLearner(score, 1).learn(wc, alphabet, alphabet.size() + 200, Progress.NONE);
            SubwordDictionary d = new SubwordDictionary(Language.KANNADA, "bpe", Map.of(),
                    List.of(new SubwordDictionary.Unit("x", 0)), r.merges(), wc.info(), Map.of());
            BpeSegmenter s = new BpeSegmenter(d, 0);
            Map<String, Long> counts = new HashMap<>();
            for (int i = 0; i < wc.size(); i++) {
                for (String p : s.segment(wc.word(i)).pieces()) {
                    counts.merge(p, wc.count(i), Long::sum);
                }
            }
            assertEquals(r.pieceCounts(), counts, score.name());
        }
    }

    @Test
    void dictionaryRoundTripsThroughTheFile(@TempDir Path dir) throws IOException {
        WordCounts wc = WordCounts.of(Language.TAMIL, WordLists.corpusLike(Language.TAMIL, 5, 300), "ta-like");
        SubwordDictionary d = new ExtendedBpeTrainer().train(wc, sizeAbove(wc, 150), Progress.NONE);
        Path f = dir.resolve("ebpe.json");
        DictionaryIO.write(d, f);
        SubwordDictionary back = DictionaryIO.read(f);
        assertEquals(d.merges(), back.merges());
        assertEquals(d.units(), back.units());
        assertEquals("ebpe", back.method());
        assertEquals(d.parameters().get("merge_score"), back.parameters().get("merge_score"));
        BpeSegmenter a = new BpeSegmenter(d);
        BpeSegmenter b = new BpeSegmenter(back);
        for (String w : wc.words()) {
            assertEquals(a.segment(w), b.segment(w));
        }
        assertTrue(Files.readString(f).contains("\"merges\""));
    }

    @Test
    void concurrentUseGivesTheSameResults() throws Exception {
        WordCounts wc = WordCounts.of(Language.TAMIL, WordLists.corpusLike(Language.TAMIL, 9, 1000), "ta-like");
        SubwordDictionary d = new BpeTrainer().train(wc, sizeAbove(wc, 200), Progress.NONE);
        BpeSegmenter shared = new BpeSegmenter(d, 100);
        BpeSegmenter reference = new BpeSegmenter(d, 0);
        List<String> words = wc.words();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                try {
                    for (int k = 0; k < 3; k++) {
                        for (String w : words) {
                            assertEquals(reference.segment(w).pieces(), shared.segment(w).pieces());
                        }
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void malformedMergesAreRejected() {
        SubwordDictionary bad = new SubwordDictionary(Language.TAMIL, "bpe", Map.of(),
                List.of(new SubwordDictionary.Unit("x", 0)), List.of(List.of("a</w>", "b")), classic.corpus(), Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BpeSegmenter(bad));
        assertTrue(e.getMessage().contains("merge 0"), e.getMessage());
    }
}
