package org.vaak.audio.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs against the installed libespeak-ng; skipped with a message where it is missing. */
class EspeakSynthesizerTest {
    private static final String TEXT = "சிறிது நேரம் கழித்து";

    @BeforeAll
    static void needsEspeak() {
        boolean present;
        try {
            EspeakSynthesizer.libraryFile();
            present = true;
        } catch (SynthException e) {
            present = false;
        }
        assumeTrue(present, "libespeak-ng is not installed: espeak-ng tests skipped");
    }

    @Test
    void speaksTamilWithPhoneTimings() throws Exception {
        try (EspeakSynthesizer s = EspeakSynthesizer.open(true)) {
            assertEquals(22050, s.sampleRate());
            Speech sp = s.speak(TEXT, new Voice("ta", "m3", 170, 50, 50));
            assertTrue(sp.seconds() > 0.8 && sp.seconds() < 3, "duration " + sp.seconds());
            List<PhoneTiming> phones = sp.phones();
            // சிறிது: s i R i d U, the first phones espeak-ng's Tamil rules give.
            assertEquals(List.of("s", "i", "R", "i", "d", "U"), phones.subList(0, 6).stream().map(PhoneTiming::phone).toList());
            double t = 0;
            for (PhoneTiming p : phones) {
                assertTrue(p.start() >= t - 1e-9 && p.end() >= p.start(), p.toString());
                t = p.start();
            }
            assertEquals(sp.seconds(), phones.get(phones.size() - 1).end(), 1e-9);
            assertTrue(Signals.peak(sp.samples()) > 0.05);
        }
    }

    @Test
    void fasterRateGivesShorterSpeech() throws Exception {
        try (EspeakSynthesizer s = EspeakSynthesizer.open(false)) {
            double slow = s.speak(TEXT, new Voice("ta", "m1", 120, 50, 50)).seconds();
            double fast = s.speak(TEXT, new Voice("ta", "m1", 240, 50, 50)).seconds();
            assertTrue(fast < 0.7 * slow, slow + " vs " + fast);
        }
    }

    /** The first utterance of a fresh synthesiser does not depend on anything spoken before. */
    private static float[] fresh(String variant) throws Exception {
        try (EspeakSynthesizer s = EspeakSynthesizer.open(false)) {
            return s.speak(TEXT, new Voice("ta", variant, 170, 50, 50), 11).samples();
        }
    }

    @Test
    void anUnknownVariantIsSilentlyTheBaseVoiceSoVariantsAreChecked() throws Exception {
        float[] base = fresh("");
        assertArrayEquals(base, fresh(""), "a fresh synthesiser is reproducible");
        assertArrayEquals(base, fresh("no-such-variant"));
        assertFalse(Arrays.equals(base, fresh("m3")));
        assertFalse(Arrays.equals(base, fresh("klatt")));
        try (EspeakSynthesizer s = EspeakSynthesizer.open(false)) {
            var known = s.variants();
            assertTrue(known.containsAll(EspeakVariants.TRAIN), "missing: " + EspeakVariants.TRAIN);
            assertTrue(known.containsAll(EspeakVariants.HELD_OUT), "missing: " + EspeakVariants.HELD_OUT);
            assertFalse(known.contains("no-such-variant"));
        }
    }

    @Test
    void everyChosenVariantSoundsDifferent() throws Exception {
        float[] base = fresh("");
        for (String v : EspeakVariants.TRAIN.subList(0, 6)) {
            assertFalse(Arrays.equals(base, fresh(v)), v);
        }
        for (String v : EspeakVariants.HELD_OUT) {
            assertFalse(Arrays.equals(base, fresh(v)), v);
        }
    }

    @Test
    void seededNoisyVariantsAreReproducibleOnAFreshSynthesiser() throws Exception {
        assertArrayEquals(fresh("f2"), fresh("f2"));
        assertArrayEquals(fresh("klatt2"), fresh("klatt2"));
    }

    @Test
    void noChosenVariantReachesFullScale() throws Exception {
        try (EspeakSynthesizer s = EspeakSynthesizer.open(false)) {
            for (List<String> list : List.of(EspeakVariants.TRAIN, EspeakVariants.HELD_OUT)) {
                for (String v : list) {
                    float peak = Signals.peak(s.speak("கோப்பு முறைமையில் போதுமான இடம் இல்லை", new Voice("ta", v, 150, 65, 70)).samples());
                    assertTrue(peak < 32767 / 32768f && peak > 0.02, v + " peak " + peak);
                }
            }
        }
    }

    @Test
    void badVoicesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Voice("ta", "m3", 50, 50, 50));
        assertThrows(IllegalArgumentException.class, () -> new Voice("ta", "m3;rm", 150, 50, 50));
        assertThrows(IllegalArgumentException.class, () -> new Voice("ta", "m3", 150, 101, 50));
        assertEquals("kn+f2", new Voice("kn", "f2", 150, 50, 50).espeakName());
        assertEquals("kn", new Voice("kn", "", 150, 50, 50).espeakName());
    }
}
