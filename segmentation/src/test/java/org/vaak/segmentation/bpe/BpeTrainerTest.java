package org.vaak.segmentation.bpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.corpus.CorpusException;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.Progress;

class BpeTrainerTest {
    /** The textbook example; outside the Tamil block every code point is an akshara of its own. */
    static WordCounts classic() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("low", 5L);
        m.put("lower", 2L);
        m.put("newest", 6L);
        m.put("widest", 3L);
        return WordCounts.of(Language.TAMIL, m, "classic");
    }

    static WordCounts tamil() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("மரம்", 5L);
        m.put("மரத்தை", 3L);
        m.put("மரங்களை", 2L);
        m.put("படம்", 4L);
        return WordCounts.of(Language.TAMIL, m, "tamil");
    }

    private static List<List<String>> pairs(String... p) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (int i = 0; i < p.length; i += 2) {
            out.add(List.of(p[i], p[i + 1]));
        }
        return out;
    }

    @Test
    void classicExampleGivesTheTextbookMergesWithStringOrderTies() {
        SubwordDictionary d = new BpeTrainer(BpeOptions.FULL_ALPHABET).train(classic(), 22, Progress.NONE);
        assertEquals(pairs("e", "s", "es", "t</w>", "l", "o", "e", "w", "ew", "est</w>", "n", "ewest</w>",
                "lo", "w</w>", "d", "est</w>", "i", "dest</w>", "w", "idest</w>", "e", "r</w>", "lo", "w",
                "low", "er</w>"), d.merges());
        List<String> units = d.units().stream().map(SubwordDictionary.Unit::piece).toList();
        // base aksharas by count, then string; "low" is learned twice (word-final and inside) but is one unit
        assertEquals(List.of("e", "w", "s", "t", "l", "o", "n", "d", "i", "r", "es", "est", "lo", "ew", "ewest",
                "newest", "low", "dest", "idest", "widest", "er", "lower"), units);
        assertEquals("bpe", d.method());
        assertEquals(22, d.size());
    }

    @Test
    void unitProbabilitiesAreRelativeFrequenciesOfTheFinalSegmentation() {
        SubwordDictionary d = new BpeTrainer(BpeOptions.FULL_ALPHABET).train(classic(), 22, Progress.NONE);
        // every training word ends as one piece: 16 tokens, low 5, lower 2, newest 6, widest 3
        Map<String, Double> lp = new LinkedHashMap<>();
        d.units().forEach(u -> lp.put(u.piece(), u.logProb()));
        double sum = 16 + 0.5 * 18; // 18 units never produced count half an occurrence
        assertEquals(Math.log(6 / sum), lp.get("newest"), 1e-12);
        assertEquals(Math.log(5 / sum), lp.get("low"), 1e-12);
        assertEquals(Math.log(0.5 / sum), lp.get("e"), 1e-12);
        double total = lp.values().stream().mapToDouble(Math::exp).sum();
        assertEquals(1.0, total, 1e-12);
    }

    @Test
    void sizeCountsUnitsNotMerges() {
        SubwordDictionary d = new BpeTrainer(BpeOptions.FULL_ALPHABET).train(classic(), 21, Progress.NONE);
        assertEquals(11, d.merges().size());
        assertEquals(21, d.size());
        SubwordDictionary base = new BpeTrainer(BpeOptions.FULL_ALPHABET).train(classic(), 10, Progress.NONE);
        assertEquals(0, base.merges().size());
        assertEquals(10, base.size());
    }

    @Test
    void tooLargeSizeFailsWithTheMaximumUnlessLenient() {
        CorpusException e = assertThrows(CorpusException.class,
                () -> new BpeTrainer(BpeOptions.FULL_ALPHABET).train(classic(), 23, Progress.NONE));
        assertTrue(e.getMessage().contains("the corpus allows at most 22 units"), e.getMessage());
        assertTrue(e.getMessage().startsWith("classic: "), e.getMessage());
        SubwordDictionary d = new BpeTrainer(BpeOptions.FULL_ALPHABET.withLenient(true)).train(classic(), 100, Progress.NONE);
        assertEquals(22, d.size());
        assertEquals(true, d.stats().get("exhausted"));
    }

    @Test
    void sizeBelowTheAlphabetFails() {
        CorpusException e = assertThrows(CorpusException.class,
                () -> new BpeTrainer(BpeOptions.FULL_ALPHABET).train(classic(), 9, Progress.NONE));
        assertTrue(e.getMessage().contains("10 distinct aksharas"), e.getMessage());
    }

    @Test
    void emptyCorpusIsRejected() {
        assertThrows(CorpusException.class, () -> WordCounts.of(Language.TAMIL, Map.of(), "empty"));
        assertThrows(IllegalArgumentException.class, () -> new BpeTrainer(BpeOptions.FULL_ALPHABET).train(classic(), 0, Progress.NONE));
    }

    @Test
    void tamilExampleMergesAksharasNeverCodePoints() {
        // aksharas: ம ர ம் | ம ர த்தை | ம ர ங்க ளை | ப ட ம் (8 distinct)
        SubwordDictionary d = new BpeTrainer(BpeOptions.FULL_ALPHABET).train(tamil(), 12, Progress.NONE);
        assertEquals(pairs("ம", "ர", "மர", "ம்</w>", "ட", "ம்</w>", "ப", "டம்</w>"), d.merges());
        BpeSegmenter s = new BpeSegmenter(d);
        assertEquals(List.of("மர", "த்தை"), s.segment("மரத்தை").pieces());
        assertEquals(List.of("மர", "ங்க", "ளை"), s.segment("மரங்களை").pieces());
        assertEquals(List.of("மரம்"), s.segment("மரம்").pieces());
        assertEquals(List.of("ம", "ர"), s.segment("மர").pieces(), "ம ர merges only inside a word, not at its end");
        SubwordDictionary full = new BpeTrainer(BpeOptions.FULL_ALPHABET).train(tamil(), 15, Progress.NONE);
        assertEquals(pairs("ம", "ர", "மர", "ம்</w>", "ட", "ம்</w>", "ப", "டம்</w>", "மர", "த்தை</w>",
                "ங்க", "ளை</w>", "மர", "ங்களை</w>"), full.merges());
        CorpusException e = assertThrows(CorpusException.class,
                () -> new BpeTrainer(BpeOptions.FULL_ALPHABET).train(tamil(), 16, Progress.NONE));
        assertTrue(e.getMessage().contains("at most 15 units"), e.getMessage());
    }

    @Test
    void aksharaCoverageLeavesRareAksharasOutAndUnmerged() {
        Map<String, Long> m = new LinkedHashMap<>(tamil().asMap());
        m.put("மரஸ்", 1L);
        WordCounts wc = WordCounts.of(Language.TAMIL, m, "rare");
        assertEquals(9, BpeLearning.alphabet(wc, 1.0).size());
        assertEquals(8, BpeLearning.alphabet(wc, 0.97).size());
        SubwordDictionary d = new BpeTrainer(BpeOptions.FULL_ALPHABET.withAksharaCoverage(0.97)).train(wc, 10, Progress.NONE);
        assertEquals(pairs("ம", "ர", "மர", "ம்</w>"), d.merges());
        assertEquals(List.of("மர", "ஸ்"), new BpeSegmenter(d).segment("மரஸ்").pieces());
        // pieces per word token: மரம் 5x1, மரத்தை 3x2 (மர த்தை), மரங்களை 2x3, படம் 4x3 (ப ட ம்), மரஸ் 1x2
        assertEquals((5 + 6 + 6 + 12 + 2) / 15.0, (double) d.stats().get("pieces_per_word"), 1e-4);
    }

    @Test
    void byDefaultTheAlphabetTakesAtMostHalfTheUnits() {
        SubwordDictionary d = new BpeTrainer(BpeOptions.DEFAULT.withLenient(true)).train(tamil(), 12, Progress.NONE);
        assertEquals(6, d.stats().get("alphabet"));
        // the two rarest aksharas (ங்க and ளை, 2 tokens each) are left out, never merged, and stay single
        // pieces; without them the corpus allows 6 aksharas + 5 merges
        assertEquals(11, d.size());
        assertEquals(List.of("மர", "ங்க", "ளை"), new BpeSegmenter(d).segment("மரங்களை").pieces());
        assertEquals(List.of("மரத்தை"), new BpeSegmenter(d).segment("மரத்தை").pieces());
        assertEquals(40.0 / 44, (double) d.stats().get("alphabet_coverage"), 1e-6);
    }

    @Test
    void progressIsReported() {
        long[] last = new long[2];
        new BpeTrainer(BpeOptions.FULL_ALPHABET).train(classic(), 22, (phase, done, total) -> {
            last[0] = done;
            last[1] = total;
        });
        assertEquals(22, last[0]);
        assertEquals(22, last[1]);
    }
}
