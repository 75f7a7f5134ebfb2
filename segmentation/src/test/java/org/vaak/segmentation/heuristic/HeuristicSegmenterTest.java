package org.vaak.segmentation.heuristic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.grammar.Grammars;
import org.vaak.segmentation.grammar.KnowledgeSegmenter;

class HeuristicSegmenterTest {
    private final HeuristicSegmenter ta = new HeuristicSegmenter(Grammars.hand(Language.TAMIL));
    private final HeuristicSegmenter kn = new HeuristicSegmenter(Grammars.hand(Language.KANNADA));

    @Test
    void stripsTheLongestKnownSuffixChainFromAnUnknownStem() {
        Segmentation s = ta.segment("ஸ்கேனர்களை");
        assertEquals(List.of("ஸ்கேனர்", "கள்", "ஐ"), s.pieces());
        assertEquals("heuristic", s.source());
        assertEquals("suffix-chain:noun", s.detail());
        s = kn.segment("ಸ್ಕ್ಯಾನರ್‌ಗಳನ್ನು");
        assertEquals(List.of("ಸ್ಕ್ಯಾನರ್‌", "ಗಳ್", "ಅನ್ನು"), s.pieces());
        assertEquals("suffix-chain:noun", s.detail());
    }

    @Test
    void keepsAStemOfAtLeastTwoAksharas() {
        // ஜோ + ஐ would leave a one-akshara stem; the next split keeps two
        Segmentation s = ta.segment("ஜோஸை");
        assertEquals(List.of("ஜோஸ்", "ஐ"), s.pieces());
        // nothing to strip that leaves two aksharas: the whole word
        s = ta.segment("ஜோஐ");
        assertEquals(List.of("ஜோஐ"), s.pieces());
        assertEquals("whole-word", s.detail());
        s = ta.segment("ஸ்கேனர்");
        assertEquals(List.of("ஸ்கேனர்"), s.pieces());
        assertEquals("whole-word", s.detail());
    }

    @Test
    void textThatIsNotAWordOfTheLanguagePassesThrough() {
        assertEquals("passthrough", ta.segment("abc").source());
        assertEquals("passthrough", ta.segment("").source());
        assertEquals("passthrough", kn.segment("123").source());
    }

    @Test
    void knowledgeSegmenterSaysWhichPathWasTaken() {
        KnowledgeSegmenter k = new KnowledgeSegmenter(Grammars.hand(Language.TAMIL));
        assertEquals("grammar", k.segment("மரத்தை").source());
        assertEquals("noun", k.segment("மரத்தை").detail());
        assertEquals("heuristic", k.segment("ஸ்கேனர்களை").source());
        assertEquals("suffix-chain:noun", k.segment("ஸ்கேனர்களை").detail());
        assertEquals("whole-word", k.segment("ஸ்கேனர்").detail());
    }
}
