package org.vaak.asr.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaak.asr.eval.EditAlignment.Kind;
import org.vaak.asr.eval.EditAlignment.Op;

class ErrorRateTest {
    private static List<String> t(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split(" "));
    }

    private static void counts(EditAlignment a, int s, int d, int i, int ok) {
        assertEquals(List.of(s, d, i, ok), List.of(a.substitutions(), a.deletions(), a.insertions(), a.matches()), a.ops().toString());
    }

    @Test
    void alignmentsByHand() {
        counts(EditAlignment.align(t("a b c d"), t("a x c d e")), 1, 0, 1, 3);
        counts(EditAlignment.align(t("a b c"), t("")), 0, 3, 0, 0);
        counts(EditAlignment.align(t(""), t("x y")), 0, 0, 2, 0);
        counts(EditAlignment.align(t("k i t t e n"), t("s i t t i n g")), 2, 0, 1, 4);
        counts(EditAlignment.align(t("a b c"), t("a b c")), 0, 0, 0, 3);
        assertEquals(0, EditAlignment.align(t(""), t("")).errors());
    }

    @Test
    void operationsInOrderWithStableTies() {
        assertEquals(List.of(new Op(Kind.DELETION, "a", null), new Op(Kind.MATCH, "b", "b")),
                EditAlignment.align(t("a b"), t("b")).ops());
        assertEquals(List.of(new Op(Kind.INSERTION, null, "b"), new Op(Kind.MATCH, "a", "a")),
                EditAlignment.align(t("a"), t("b a")).ops());
        // two alignments of cost 2; the trace-back takes the substitution at the end first
        assertEquals(List.of(new Op(Kind.DELETION, "a", null), new Op(Kind.SUBSTITUTION, "b", "c")),
                EditAlignment.align(t("a b"), t("c")).ops());
    }

    @Test
    void corpusLevelRateIsNotAMeanOfUtteranceRates() {
        ErrorRate r = new ErrorRate();
        r.add(t("a b c d e f g h i j"), t("a b c d e f g h i x"));
        r.add(t("p q"), t("r"));
        assertEquals(2, r.substitutions());
        assertEquals(1, r.deletions());
        assertEquals(0, r.insertions());
        assertEquals(12, r.referenceLength());
        assertEquals(2, r.utterances());
        assertEquals(0.25, r.rate(), 1e-12);
        assertEquals("25.00% (S 2, D 1, I 0, N 12)", r.toString());
        assertTrue(Double.isNaN(new ErrorRate().rate()));
    }

    @Test
    void wordsAndCharactersAfterNfc() {
        ErrorRate w = new ErrorRate();
        // கொடு with the two-part vowel sign written decomposed (U+0BC6 U+0BBE) and composed (U+0BCA)
        w.addWords("\u0B95\u0BC6\u0BBE\u0B9F\u0BC1  \u0BAE\u0BB0\u0BAE\u0BCD", " \u0B95\u0BCA\u0B9F\u0BC1 \u0BAE\u0BB0\u0BAE\u0BCD ");
        assertEquals(0, w.errors());
        assertEquals(2, w.referenceLength());
        ErrorRate c = new ErrorRate();
        c.addCharacters("ab  c", "abc");
        assertEquals(1, c.deletions());
        assertEquals(4, c.referenceLength());
        c.addCharacters("\u0B95\u0BCA", "\u0B95\u0BC6\u0BBE");
        assertEquals(1, c.errors());
        assertEquals(6, c.referenceLength());
    }
}
