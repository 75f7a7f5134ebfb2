package org.vaak.asr.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconFstTest {
    @Test
    void homophonesAndPrefixesGetDisambiguationSymbols() {
        List<Lexicon.Entry> e = TinyGraphs.lexicon().sorted(); // a, ab, b, ba, x
        assertEquals(List.of("a", "ab", "b", "ba", "x"), e.stream().map(Lexicon.Entry::unit).toList());
        // a is a prefix of ab/x; ab and x share a b; b is a prefix of ba
        assertArrayEquals(new int[] {1, 1, 1, 0, 2}, LexiconFst.disambiguate(e));
    }

    @Test
    void symbolLayout() {
        LexiconFst.Result r = LexiconFst.build(TinyGraphs.lexicon(), TinyGraphs.PHONES, TinyGraphs.WORDS);
        assertArrayEquals(new String[] {"<eps>", "<blk>", "a", "b", "c", "#0", "#1", "#2"}, r.symbols().fullTable());
        assertEquals(java.util.Set.of(1), r.passThrough());
        // states: 0, a:(#1), ab:(b, #1), b:(#1), ba:(a), x:(b, #2) -> 1 + 1 + 2 + 1 + 1 + 2
        assertEquals(8, r.fst().numStates());
        // arcs: #0 loop, a + #1, a b #1, b #1, b a, a b #2
        assertEquals(1 + 2 + 3 + 2 + 2 + 3, r.fst().numArcs());
    }

    @Test
    void unitsOutsideGAreLeftOutAndGUnitsWithoutPronunciationAreReported() {
        Lexicon lex = new Lexicon(List.of(new Lexicon.Entry("a", List.of("a"), 0f),
                new Lexicon.Entry("zzz", List.of("c"), 0f)), Map.of());
        LexiconFst.Result r = LexiconFst.build(lex, TinyGraphs.PHONES, TinyGraphs.WORDS);
        assertEquals(List.of("ab", "b", "ba", "x"), r.unitsWithoutPronunciation());
        assertEquals(2, r.fst().numArcs()); // #0 loop and a
    }

    @Test
    void unknownPhoneIsRefused() {
        Lexicon lex = new Lexicon(List.of(new Lexicon.Entry("a", List.of("q"), 0f)), Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LexiconFst.build(lex, TinyGraphs.PHONES, TinyGraphs.WORDS));
        assertEquals("unit 'a': phone 'q' is not in the phone set", e.getMessage());
    }
}
