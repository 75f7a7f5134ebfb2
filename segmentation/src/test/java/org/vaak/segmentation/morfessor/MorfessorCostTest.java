package org.vaak.segmentation.morfessor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.corpus.WordCounts;

/** Costs of hand-made models, worked out on paper from the formulas in {@link MorfessorCost}. */
class MorfessorCostTest {
    private static final double LN2 = Math.log(2);
    private static final double LN3 = Math.log(3);

    private static MorfessorModel model(Map<String, Long> words, double weight) {
        AtomCorpus corpus = AtomCorpus.of(WordCounts.of(Language.TAMIL, words, "hand"), AtomMode.CODEPOINT,
                Dampening.NONE, 1);
        MorfessorModel m = new MorfessorModel(corpus, new boolean[corpus.atoms.length + 1],
                new boolean[corpus.atomStrings.size()]);
        m.cost.corpusWeight = weight;
        return m;
    }

    @Test
    void oneUnsplitWord() {
        // "aa" x3 as one morph. Corpus: T=3, B=3, M=1: 6 ln 6 - 3 ln 3 - 3 ln 3 = 6 ln 2; frequency term
        // ln 2! - ln 0! - ln 2! = 0. Lexicon: L=2 (a:2), M=1: 3 ln 3 - 2 ln 2 - ln 1!; frequency term
        // ln 2! - ln 1! - ln 1! = ln 2.
        MorfessorModel m = model(Map.of("aa", 3L), 1.0);
        m.load();
        assertEquals(6 * LN2, m.cost.corpusCost(), 1e-12);
        assertEquals(3 * LN3 - LN2, m.cost.lexiconCost(), 1e-12);
        assertEquals(5 * LN2 + 3 * LN3, m.cost.cost(), 1e-12);
    }

    @Test
    void splitWordWithCorpusWeight() {
        // "ab" x2 split as a + b. Corpus: T=4, B=2, M=2, a:2 b:2: 6 ln 6 - 2 ln 2 - 4 ln 2 = 6 ln 3; frequency
        // ln 3! - ln 1! - ln 2! = ln 3. Lexicon: L=2, M=2, atoms a:1 b:1: 4 ln 4 - 2 ln 2 - ln 2! = 5 ln 2;
        // frequency ln 3! - ln 2! - ln 1! = ln 3.
        for (double alpha : new double[] {1.0, 0.5, 3.0}) {
            MorfessorModel m = model(Map.of("ab", 2L), alpha);
            m.loadSegmentation(0, 2, 2, new int[] {1, 1});
            assertEquals(alpha * 6 * LN3 + LN3, m.cost.corpusCost(), 1e-12);
            assertEquals(5 * LN2 + LN3, m.cost.lexiconCost(), 1e-12);
            assertEquals(2, m.cost.lexiconBoundaries);
            assertEquals(4, m.cost.corpusTokens);
        }
    }

    @Test
    void changesAreUndoneExactly() {
        MorfessorModel m = model(Map.of("abab", 3L, "ab", 1L), 1.0);
        m.load();
        double before = m.cost.cost();
        int w = m.corpus.wordLen[0] == 4 ? 0 : 1;
        int off = m.corpus.wordOff[w];
        m.setAnalysis(off, 4, new int[] {2, 2}); // abab = ab + ab, ab also a word
        assertEquals(1, m.cost.lexiconBoundaries);
        assertEquals(7, m.cost.corpusTokens);
        m.setAnalysis(off, 4, new int[] {4});
        assertEquals(before, m.cost.cost(), 1e-9);
        assertEquals(2, m.cost.lexiconBoundaries);
    }

    @Test
    void logFactorialIsExactBelowTwentyAndStirlingAbove() {
        assertEquals(0.0, MorfessorCost.logFactorial(0));
        assertEquals(0.0, MorfessorCost.logFactorial(1));
        assertEquals(Math.log(120), MorfessorCost.logFactorial(5), 1e-12);
        assertEquals(Math.log(121645100408832000.0), MorfessorCost.logFactorial(19), 1e-12);
        double n = 25;
        assertEquals(n * Math.log(n) - n + 0.5 * (Math.log(n) + Math.log(2 * Math.PI)),
                MorfessorCost.logFactorial(25), 1e-12);
        // Stirling is within 1/(12n) of the truth: ln 25! = 58.0036052...
        assertEquals(58.00360522298052, MorfessorCost.logFactorial(25), 1.0 / 300);
    }
}
