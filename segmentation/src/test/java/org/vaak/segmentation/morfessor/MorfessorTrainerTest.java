package org.vaak.segmentation.morfessor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.lexicons.Aksharas;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Joiner;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.corpus.CorpusException;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.DictionaryIO;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.Progress;

class MorfessorTrainerTest {
    private static final List<String> STEMS = List.of("படி", "ஓடு", "பாடு", "தேடு", "கூடு", "வாங்கு", "செய", "நட");
    private static final List<String> SUFFIXES = List.of("கிறான்", "கிறாள்", "த்தான்", "த்தாள்", "வான்", "வாள்");

    /** Every stem with every suffix, 50 times each, and the stems and suffixes on their own, 20 times each. */
    private static WordCounts paradigm() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String st : STEMS) {
            for (String su : SUFFIXES) {
                m.put(st + su, 50L);
            }
            m.put(st, 20L);
        }
        for (String su : SUFFIXES) {
            m.put(su, 20L);
        }
        return WordCounts.of(Language.TAMIL, m, "paradigm");
    }

    /**
     * The cheapest lexicon of a full paradigm is its stems and suffixes: every one of them must be in the
     * lexicon anyway, and with them every other word costs only a second morph token. (Without the stems
     * and suffixes as words of their own, the first split of a word would add two new morphs and cost more
     * than it saves, so the greedy search keeps all words whole: Morfessor 2.0 given akshara atoms does the
     * same.)
     */
    @Test
    void learnsStemsAndSuffixesOfAFullParadigm() {
        MorfessorTrainer.Result r = new MorfessorTrainer().fit(paradigm(), 0, Progress.NONE);
        Map<String, List<String>> segs = MorfessorTrainer.segmentations(r.model());
        for (String st : STEMS) {
            for (String su : SUFFIXES) {
                assertEquals(List.of(st, su), segs.get(st + su), st + su);
            }
            assertEquals(List.of(st), segs.get(st));
        }
        for (String su : SUFFIXES) {
            assertEquals(List.of(su), segs.get(su));
        }
        assertEquals(STEMS.size() + SUFFIXES.size(), r.model().cost.lexiconBoundaries);
        SubwordDictionary d = new MorfessorTrainer().train(paradigm(), 0, Progress.NONE);
        Set<String> units = new HashSet<>();
        d.units().forEach(u -> units.add(u.piece()));
        Set<String> expected = new HashSet<>(STEMS);
        expected.addAll(SUFFIXES);
        assertEquals(expected, units);
        // with the default dampening (ones) every word counts once: a stem is used 1 + 6 times, a suffix
        // 1 + 8 times, out of 8 * 7 + 6 * 9 = 110 morph tokens
        assertEquals(Math.log(7 / 110.0), d.units().stream().filter(u -> u.piece().equals("படி")).findFirst()
                .orElseThrow().logProb(), 1e-12);
    }

    @Test
    void dampeningModes() {
        assertEquals(5, Dampening.NONE.apply(5));
        assertEquals(1, Dampening.ONES.apply(5));
        assertEquals(1, Dampening.LOG.apply(1)); // round(log2 2)
        assertEquals(2, Dampening.LOG.apply(2)); // round(1.58)
        assertEquals(3, Dampening.LOG.apply(5)); // round(2.58)
        assertEquals(10, Dampening.LOG.apply(1000)); // round(9.97)
        Map<String, Long> m = Map.of("படி", 1L, "படித்தான்", 5L, "ஓடு", 1000L);
        WordCounts wc = WordCounts.of(Language.TAMIL, m, "damp");
        long[] expected = {1006, 14, 3};
        Dampening[] modes = {Dampening.NONE, Dampening.LOG, Dampening.ONES};
        for (int i = 0; i < modes.length; i++) {
            SubwordDictionary d = new MorfessorTrainer(MorfessorTrainer.Settings.defaults().withDampening(modes[i]))
                    .train(wc, 0, Progress.NONE);
            assertEquals(expected[i], ((Number) d.stats().get(MorfessorDictionary.WORD_TOKENS)).longValue(),
                    modes[i].toString());
            assertEquals(modes[i].label(), d.parameters().get("dampening"));
        }
    }

    /** A seeded list of made-up words that look like Tamil or Kannada, odd sequences included. */
    static WordCounts corpusLike(Language lang, int n, long seed) {
        int base = lang == Language.TAMIL ? 0x0B80 : 0x0C80;
        int[] consonants = lang == Language.TAMIL
                ? new int[] {0x95, 0x99, 0x9A, 0x9E, 0x9F, 0xA3, 0xA4, 0xA8, 0xAA, 0xAE, 0xAF, 0xB0, 0xB2, 0xB5, 0xB3, 0xB4, 0xB1, 0xA9}
                : new int[] {0x95, 0x97, 0x9A, 0x9C, 0x9F, 0xA1, 0xA3, 0xA4, 0xA6, 0xA8, 0xAA, 0xAC, 0xAE, 0xAF, 0xB0, 0xB2, 0xB5, 0xB8, 0xB9, 0xB3};
        int[] signs = lang == Language.TAMIL
                ? new int[] {0xBE, 0xBF, 0xC0, 0xC1, 0xC2, 0xC6, 0xC7, 0xC8, 0xCA, 0xCB, 0xCC}
                : new int[] {0xBE, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xC6, 0xC7, 0xC8, 0xCA, 0xCB, 0xCC};
        int[] vowels = {0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0E, 0x0F, 0x10, 0x12, 0x13, 0x14};
        int virama = lang.virama() - base;
        Random rnd = new Random(seed);
        Map<String, Long> m = new LinkedHashMap<>();
        String[] suffixes = new String[12];
        for (int i = 0; i < suffixes.length; i++) {
            suffixes[i] = syllables(rnd, base, consonants, signs, vowels, virama, 1 + rnd.nextInt(2), false);
        }
        while (m.size() < n) {
            StringBuilder w = new StringBuilder();
            w.append(syllables(rnd, base, consonants, signs, vowels, virama, 1 + rnd.nextInt(3), true));
            int k = rnd.nextInt(3);
            for (int i = 0; i < k; i++) {
                w.append(suffixes[rnd.nextInt(suffixes.length)]);
            }
            if (rnd.nextInt(10) == 0) {
                // a dead consonant before an independent vowel, a ZWNJ, or a Tamil aytham
                int pick = rnd.nextInt(3);
                w.appendCodePoint(base + consonants[rnd.nextInt(consonants.length)]);
                w.appendCodePoint(base + virama);
                if (pick == 0) {
                    w.appendCodePoint(base + vowels[rnd.nextInt(vowels.length)]);
                } else if (pick == 1) {
                    w.append('\u200C').appendCodePoint(base + consonants[0]);
                } else if (lang == Language.TAMIL) {
                    w.appendCodePoint(0x0B83);
                }
            }
            m.merge(java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFC), 1L + rnd.nextInt(30), Long::sum);
        }
        return WordCounts.of(lang, m, "corpus-like-" + lang.code());
    }

    private static String syllables(Random rnd, int base, int[] consonants, int[] signs, int[] vowels, int virama,
            int count, boolean mayStartWithVowel) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i == 0 && mayStartWithVowel && rnd.nextInt(5) == 0) {
                sb.appendCodePoint(base + vowels[rnd.nextInt(vowels.length)]);
                continue;
            }
            sb.appendCodePoint(base + consonants[rnd.nextInt(consonants.length)]);
            int r = rnd.nextInt(4);
            if (r == 0) {
                sb.appendCodePoint(base + virama);
                if (rnd.nextBoolean()) {
                    sb.appendCodePoint(base + consonants[rnd.nextInt(consonants.length)]);
                    sb.appendCodePoint(base + signs[rnd.nextInt(signs.length)]);
                }
            } else if (r < 3) {
                sb.appendCodePoint(base + signs[rnd.nextInt(signs.length)]);
            }
        }
        return sb.toString();
    }

    private static void assertOnAksharaBoundaries(String word, List<String> pieces, Language lang) {
        Set<Integer> bounds = new HashSet<>();
        for (int b : Aksharas.boundaries(word, lang)) {
            bounds.add(b);
        }
        int at = 0;
        for (String p : pieces) {
            assertFalse(p.isEmpty(), word);
            at += p.length();
            assertTrue(bounds.contains(at), word + " split inside an akshara: " + pieces);
        }
        assertEquals(word.length(), at, word);
    }

    @Test
    void neverSplitsAnAksharaAndEveryWordJoinsBack() {
        for (Language lang : Language.values()) {
            WordCounts wc = corpusLike(lang, 1500, 11);
            // a low corpus weight favours a small lexicon, so that many words are split
            MorfessorTrainer trainer = new MorfessorTrainer(MorfessorTrainer.Settings.defaults()
                    .withDampening(Dampening.LOG).withCorpusWeight(0.2));
            MorfessorTrainer.Result r = trainer.fit(wc, 0, Progress.NONE);
            Map<String, List<String>> segs = MorfessorTrainer.segmentations(r.model());
            assertEquals(wc.size(), segs.size());
            SubwordDictionary dict = trainer.train(wc, 0, Progress.NONE);
            MorfessorSegmenter segmenter = new MorfessorSegmenter(dict);
            Joiner joiner = new Joiner(lang);
            int split = 0;
            for (String w : wc.words()) {
                List<String> trained = segs.get(w);
                assertOnAksharaBoundaries(w, trained, lang);
                assertEquals(w, joiner.join(trained), w);
                Segmentation s = segmenter.segment(w);
                assertOnAksharaBoundaries(w, s.pieces(), lang);
                assertEquals(w, joiner.join(s.pieces()), w);
                split += s.pieces().size() > 1 ? 1 : 0;
            }
            assertTrue(split > wc.size() / 4, lang + ": only " + split + " words split");
            for (SubwordDictionary.Unit u : dict.units()) {
                assertEquals(u.piece(), String.join("", Aksharas.split(u.piece(), lang)));
                assertTrue(u.logProb() < 0);
            }
        }
    }

    @Test
    void sameSeedSameDictionary() {
        WordCounts wc = corpusLike(Language.KANNADA, 800, 3);
        MorfessorTrainer t = new MorfessorTrainer(MorfessorTrainer.Settings.defaults().withRandseed("42"));
        SubwordDictionary a = t.train(wc, 0, Progress.NONE);
        SubwordDictionary b = t.train(wc, 0, Progress.NONE);
        assertEquals(a.units(), b.units());
        assertEquals(a.stats().get("final_cost"), b.stats().get("final_cost"));
        assertEquals(a.parameters(), b.parameters());
    }

    @Test
    void targetSizeTunesTheCorpusWeight() {
        WordCounts wc = corpusLike(Language.TAMIL, 1500, 5);
        SubwordDictionary plain = new MorfessorTrainer().train(wc, 0, Progress.NONE);
        int target = plain.size() / 2;
        SubwordDictionary tuned = new MorfessorTrainer().train(wc, target, Progress.NONE);
        assertEquals(target, tuned.parameters().get("num_morph_types"));
        assertTrue(((Number) tuned.stats().get(MorfessorDictionary.CORPUS_WEIGHT)).doubleValue() < 1.0);
        assertTrue(Math.abs(tuned.size() - target) < Math.abs(plain.size() - target),
                "plain " + plain.size() + ", tuned " + tuned.size() + ", target " + target);
        assertThrows(CorpusException.class, () -> new MorfessorTrainer().train(wc, 10_000_000, Progress.NONE));
    }

    @Test
    void emptyOrTooRareInput() {
        assertThrows(CorpusException.class, () -> WordCounts.of(Language.TAMIL, Map.of(), "empty"));
        WordCounts once = WordCounts.of(Language.TAMIL, Map.of("படி", 1L), "once");
        MorfessorTrainer.Settings s = new MorfessorTrainer.Settings(AtomMode.AKSHARA, 1.0, Dampening.ONES, 0.005, "0",
                Set.of("-"), null, 2, 0, 0.01);
        CorpusException e = assertThrows(CorpusException.class, () -> new MorfessorTrainer(s).train(once, 0, Progress.NONE));
        assertTrue(e.getMessage().contains("once"), e.getMessage());
        // a single one-akshara word: nothing to split, one unit of probability 1
        SubwordDictionary d = new MorfessorTrainer().train(WordCounts.of(Language.TAMIL, Map.of("ப", 3L), "one"), 0,
                Progress.NONE);
        assertEquals(List.of(new SubwordDictionary.Unit("ப", 0.0)), d.units());
    }

    @Test
    void badSettingsAreRejected() {
        MorfessorTrainer.Settings d = MorfessorTrainer.Settings.defaults();
        assertThrows(IllegalArgumentException.class, () -> d.withCorpusWeight(0));
        assertThrows(IllegalArgumentException.class, () -> d.withFinishThreshold(-1));
        assertThrows(IllegalArgumentException.class, () -> AtomMode.parse("byte"));
        assertThrows(IllegalArgumentException.class, () -> Dampening.parse("sqrt"));
    }

    @Test
    void forcedSplitAndNoSplit() {
        // '-' is not a letter of the script, so WordCounts never yields it; use code-point atoms on made-up
        // words to exercise the settings
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("ab-cd", 3L);
        m.put("abab", 2L);
        m.put("cdcd", 4L);
        WordCounts wc = WordCounts.of(Language.TAMIL, m, "latin");
        MorfessorTrainer.Settings s = new MorfessorTrainer.Settings(AtomMode.CODEPOINT, 1.0, Dampening.NONE, 0.005, "0",
                Set.of("-"), "..", 1, 0, 0.01);
        Map<String, List<String>> segs = MorfessorTrainer.segmentations(new MorfessorTrainer(s).fit(wc, 0, Progress.NONE).model());
        assertEquals(List.of("ab", "-", "cd"), segs.get("ab-cd")); // forced around '-', no split elsewhere
        assertEquals(List.of("abab"), segs.get("abab"));
        assertEquals(List.of("cdcd"), segs.get("cdcd"));
    }

    @Test
    void dictionaryRoundTrip(@TempDir Path dir) throws IOException {
        WordCounts wc = corpusLike(Language.TAMIL, 600, 9);
        SubwordDictionary d = new MorfessorTrainer().train(wc, 0, Progress.NONE);
        Path f = dir.resolve("morfessor.json");
        DictionaryIO.write(d, f);
        SubwordDictionary back = DictionaryIO.read(f);
        assertEquals("morfessor", back.method());
        assertEquals(d.units(), back.units());
        assertEquals(d.stats().get("final_cost"), back.stats().get("final_cost"));
        assertEquals("akshara", back.parameters().get("atoms"));
        MorfessorSegmenter before = new MorfessorSegmenter(d);
        MorfessorSegmenter after = new MorfessorSegmenter(back);
        List<String> probe = new ArrayList<>(wc.words());
        probe.add("படிக்கிறார்கள்");
        for (String w : probe) {
            assertEquals(before.segment(w), after.segment(w), w);
        }
        assertTrue(Files.size(f) > 0);
    }
}
