package org.vaak.audio.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusPlanTest {
    private static final List<String> TRAIN = List.of("alpha beta gamma.", "Beta gamma!", "delta", "alpha beta gamma",
            "x1 y2", "epsilon zeta eta", "theta iota kappa lambda", "mu nu");
    private static final List<String> TEST = List.of("alpha beta gamma", "omega psi", "chi phi upsilon tau",
            "sigma rho pi", "omicron xi", "nu mu");

    /** A stand-in for the transcript normaliser: lower case, punctuation dropped. */
    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").trim().replaceAll(" +", " ");
    }

    static CorpusText text() {
        return CorpusText.build(TRAIN, TEST, CorpusPlanTest::norm, line -> !line.matches(".*[0-9].*"), 2);
    }

    @Test
    void sentencePools() {
        CorpusText t = text();
        assertEquals(List.of("alpha beta gamma", "beta gamma", "epsilon zeta eta", "theta iota kappa lambda", "mu nu"), t.train());
        assertEquals(List.of("omega psi", "chi phi upsilon tau", "sigma rho pi", "omicron xi", "nu mu"), t.test());
        assertEquals(List.of("alpha", "beta", "delta", "epsilon", "eta", "gamma", "iota", "kappa", "lambda", "mu", "nu", "theta", "zeta"),
                t.trainWords());
        assertTrue(t.inTrainVocabulary("x1"), "the vocabulary has every token of the training text");
        assertFalse(t.inTrainVocabulary("omega"));
        // nu mu: both known; omega psi: both unknown -> 2 of 4
        assertEquals(0.5, t.oovRate(List.of("nu mu", "omega psi")), 1e-12);
    }

    @Test
    void heldOutSpeakersAndSentences() {
        CorpusPlan.Settings d = CorpusPlan.Settings.defaults("ta", 5);
        CorpusPlan plan = new CorpusPlan(text(), new CorpusPlan.Settings("ta", 5, d.trainVariants(), d.heldOutVariants(),
                3, 2, 0.3, 130, 210, 35, 65, 30, 70));
        assertEquals(3, plan.size(CorpusPlan.TEST));
        assertEquals(2, plan.size(CorpusPlan.DEV));
        assertEquals(3, plan.size(CorpusPlan.TEST_SEEN_VOICES));
        Set<String> testText = new HashSet<>(plan.testSentences());
        for (String s : plan.devSentences()) {
            assertFalse(testText.contains(s), "dev and test sentences differ");
        }
        int words = 0;
        for (int i = 0; i < 500; i++) {
            PlannedUtterance p = plan.get(CorpusPlan.TRAIN, i);
            assertTrue(d.trainVariants().contains(p.voice().variant()), p.toString());
            assertFalse(testText.contains(p.text()));
            assertTrue(p.voice().wordsPerMinute() >= 130 && p.voice().wordsPerMinute() <= 210);
            if (p.source().equals("words")) {
                words++;
                String[] w = p.text().split(" ");
                assertTrue(w.length >= 3 && w.length <= 8, p.text());
                assertTrue(text().trainWords().containsAll(List.of(w)));
            } else {
                assertTrue(text().train().contains(p.text()));
            }
            assertEquals(String.format("ta-train-%06d", i), p.id());
        }
        assertEquals(0.3, words / 500.0, 0.07);
        for (int i = 0; i < 3; i++) {
            PlannedUtterance t = plan.get(CorpusPlan.TEST, i);
            PlannedUtterance s = plan.get(CorpusPlan.TEST_SEEN_VOICES, i);
            assertEquals(t.text(), s.text());
            assertTrue(d.heldOutVariants().contains(t.voice().variant()));
            assertTrue(d.trainVariants().contains(s.voice().variant()));
        }
        for (int i = 0; i < 2; i++) {
            assertTrue(d.heldOutVariants().contains(plan.get(CorpusPlan.DEV, i).voice().variant()));
        }
    }

    @Test
    void planIsAFunctionOfSeedAndIndex() {
        CorpusPlan a = new CorpusPlan(text(), CorpusPlan.Settings.defaults("kn", 9));
        CorpusPlan b = new CorpusPlan(text(), CorpusPlan.Settings.defaults("kn", 9));
        CorpusPlan c = new CorpusPlan(text(), CorpusPlan.Settings.defaults("kn", 10));
        int differs = 0;
        for (int i = 200; i >= 0; i--) {
            assertEquals(a.get(CorpusPlan.TRAIN, i), b.get(CorpusPlan.TRAIN, i));
            if (!a.get(CorpusPlan.TRAIN, i).equals(c.get(CorpusPlan.TRAIN, i))) {
                differs++;
            }
        }
        assertTrue(differs > 190);
        assertThrows(IllegalArgumentException.class, () -> a.get("nope", 0));
    }

    @Test
    void aSpeakerCannotBeBothTrainingAndHeldOut() {
        assertThrows(IllegalArgumentException.class, () -> new CorpusPlan.Settings("ta", 1, List.of("m1", "f2"),
                List.of("f2"), 1, 1, 0.2, 130, 210, 35, 65, 30, 70));
    }
}
