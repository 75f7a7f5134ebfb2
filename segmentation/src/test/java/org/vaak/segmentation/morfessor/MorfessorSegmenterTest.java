package org.vaak.segmentation.morfessor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.corpus.CorpusException;
import org.vaak.segmentation.corpus.CorpusInfo;
import org.vaak.segmentation.dict.SubwordDictionary;

/** Viterbi segmentation with a dictionary written by hand, costs worked out on paper. */
class MorfessorSegmenterTest {
    private static final double T = 10; // morph tokens
    private static final double B = 5; // word tokens

    /** படி x4, த்தான் x4, ம் x2: 10 morph tokens in 5 words. */
    private static SubwordDictionary dict() {
        List<SubwordDictionary.Unit> units = List.of(
                new SubwordDictionary.Unit("படி", Math.log(4 / T)),
                new SubwordDictionary.Unit("த்தான்", Math.log(4 / T)),
                new SubwordDictionary.Unit("ம்", Math.log(2 / T)));
        return new SubwordDictionary(Language.TAMIL, "morfessor", Map.of(), units, List.of(),
                new CorpusInfo("hand", 5, 3, ""),
                Map.of(MorfessorDictionary.MORPH_TOKENS, 10L, MorfessorDictionary.WORD_TOKENS, 5L,
                        MorfessorDictionary.CORPUS_WEIGHT, 1.0));
    }

    @Test
    void knownMorphs() {
        Segmentation s = new MorfessorSegmenter(dict()).segment("படித்தான்");
        assertEquals(List.of("படி", "த்தான்"), s.pieces());
        assertEquals("dictionary", s.source());
        assertEquals("morfessor", s.detail());
        // each morph: ln(T + B + 1) - ln(4 + 1); the word boundary: ln(T + B) - ln B
        double expected = 2 * (Math.log(T + B + 1) - Math.log(5)) + Math.log((T + B) / B);
        assertEquals(expected, s.cost(), 1e-12);
    }

    @Test
    void unknownAksharaWithSmoothing() {
        Segmentation s = new MorfessorSegmenter(dict()).segment("ஜ");
        assertEquals(List.of("ஜ"), s.pieces());
        // ln(T+B+1) - ln 1 + [(M+1) ln(M+1) - M ln M + codelength] / alpha + boundary, M = 3 morph types;
        // codelength of a 1-akshara morph: 2 ln(L + 2) - ln(M + 1) - ln 1, L = 5 aksharas in the lexicon
        double codeLength = 2 * Math.log(7) - Math.log(4);
        double expected = Math.log(16) + 4 * Math.log(4) - 3 * Math.log(3) + codeLength + Math.log(3);
        assertEquals(expected, s.cost(), 1e-12);
    }

    @Test
    void unknownAksharaWithoutSmoothing() {
        Segmentation s = new MorfessorSegmenter(dict(), 0.0, 30).segment("படிஜ");
        assertEquals(List.of("படி", "ஜ"), s.pieces());
        // without smoothing an unknown single atom costs n ln(T+B) + 1, n = 3 aksharas in the word (ப டி ஜ)
        double expected = Math.log(15) - Math.log(4) + (3 * Math.log(15) + 1) + Math.log(3);
        assertEquals(expected, s.cost(), 1e-12);
    }

    @Test
    void neverSplitsAnAkshara() {
        // க்ஷ்மா is one akshara (a cluster with its vowel sign): no unit inside it can be used
        Segmentation s = new MorfessorSegmenter(dict()).segment("படிக்ஷ்மா");
        assertEquals(List.of("படி", "க்ஷ்மா"), s.pieces());
    }

    @Test
    void emptyWord() {
        Segmentation s = new MorfessorSegmenter(dict()).segment("");
        assertTrue(s.pieces().isEmpty());
        assertEquals(0.0, s.cost());
    }

    @Test
    void dictionaryWithoutMorfessorStatisticsIsRejected() {
        SubwordDictionary d = dict();
        SubwordDictionary bare = new SubwordDictionary(d.language(), "bpe", Map.of(), d.units(), List.of(),
                d.corpus(), Map.of());
        CorpusException e = assertThrows(CorpusException.class, () -> new MorfessorSegmenter(bare));
        assertTrue(e.getMessage().contains("morph_tokens"), e.getMessage());
    }
}
