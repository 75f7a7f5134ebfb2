package org.vaak.segmentation.morfessor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.lexicons.Aksharas;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.Progress;

/**
 * Compares with numbers computed by Morfessor 2.0 itself ({@code src/test/python/morfessor_golden.py},
 * output committed as {@code morfessor/golden.json}): the cost of fixed segmentations, whole training
 * runs (cost, epochs, every word's segmentation) in both atom modes and all dampenings, Viterbi
 * segmentation of new words, and the shuffle that fixes the word order.
 */
class MorfessorGoldenTest {
    private static JsonNode golden;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = MorfessorGoldenTest.class.getResourceAsStream("/morfessor/golden.json")) {
            golden = new ObjectMapper().readTree(in);
        }
    }

    private static String joined(String spaced) {
        return spaced.replace(" ", "");
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-11, what);
    }

    @Test
    void shuffleIsCPythons() {
        for (JsonNode c : golden.get("python_shuffle")) {
            int[] x = new int[c.get("n").asInt()];
            for (int i = 0; i < x.length; i++) {
                x[i] = i;
            }
            new PythonRandom(c.get("seed").asText()).shuffle(x);
            int[] expected = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                expected[i] = c.get("result").get(i).asInt();
            }
            assertArrayEquals(expected, x, "seed " + c.get("seed"));
        }
    }

    @Test
    void fixtureAksharasAreVaaksAksharas() {
        for (JsonNode w : golden.get("words")) {
            String spaced = w.get(1).asText();
            assertEquals(spaced, String.join(" ", Aksharas.split(joined(spaced), Language.TAMIL)));
        }
    }

    /**
     * WordCounts.fromCounts reads a count list as morfessor-train --traindata-list does (any whitespace
     * after the count, trailing blanks and CR ignored, empty lines skipped, repeated words summed), except
     * that it keeps only words of the language: the Kannada word of this Tamil list is left out.
     */
    @Test
    void countListIsReadAsMorfessorReadsIt(@TempDir Path dir) throws IOException {
        JsonNode lf = golden.get("list_format");
        Path f = dir.resolve("words.counts");
        Files.writeString(f, lf.get("text").asText(), StandardCharsets.UTF_8);
        Map<String, Long> expected = new LinkedHashMap<>();
        lf.get("counts").fields().forEachRemaining(e -> {
            if (!e.getKey().equals("ಮನೆ")) {
                expected.put(e.getKey(), e.getValue().asLong());
            }
        });
        assertEquals(5, lf.get("counts").size());
        assertEquals(expected, new java.util.HashMap<>(WordCounts.fromCounts(f, Language.TAMIL).asMap()));
    }

    @Test
    void costOfFixedSegmentationsEqualsMorfessor() {
        for (JsonNode c : golden.get("cost_cases")) {
            AtomMode mode = AtomMode.parse(c.get("atoms").asText());
            Map<String, Long> counts = new LinkedHashMap<>();
            for (JsonNode row : c.get("segmented")) {
                counts.put(joined(row.get(1).asText().replace("|", "")), row.get(0).asLong());
            }
            AtomCorpus corpus = AtomCorpus.of(WordCounts.of(Language.TAMIL, counts, "golden"), mode, Dampening.NONE, 1);
            MorfessorModel model = new MorfessorModel(corpus, new boolean[corpus.atoms.length + 1],
                    new boolean[corpus.atomStrings.size()]);
            model.cost.corpusWeight = c.get("corpusweight").asDouble();
            for (JsonNode row : c.get("segmented")) {
                String[] parts = row.get(1).asText().split("\\|");
                String word = joined(String.join("", parts));
                int w = wordIndex(corpus, word);
                int[] lens = new int[parts.length];
                for (int p = 0; p < parts.length; p++) {
                    lens[p] = mode.split(joined(parts[p]), Language.TAMIL).size();
                }
                model.loadSegmentation(corpus.wordOff[w], corpus.wordLen[w], row.get(0).asLong(), lens);
            }
            String what = mode + " weight " + model.cost.corpusWeight;
            assertClose(c.get("corpus_cost").asDouble(), model.cost.corpusCost(), what + " corpus");
            assertClose(c.get("lexicon_cost").asDouble(), model.cost.lexiconCost(), what + " lexicon");
            assertClose(c.get("cost").asDouble(), model.cost.cost(), what);
        }
    }

    private static int wordIndex(AtomCorpus corpus, String word) {
        for (int w = 0; w < corpus.size(); w++) {
            if (corpus.text(corpus.wordOff[w], corpus.wordLen[w]).equals(word)) {
                return w;
            }
        }
        throw new AssertionError("no word " + word);
    }

    private static WordCounts words() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (JsonNode w : golden.get("words")) {
            m.put(joined(w.get(1).asText()), w.get(0).asLong());
        }
        return WordCounts.of(Language.TAMIL, m, "golden");
    }

    @Test
    void trainingTakesMorfessorsPath() {
        WordCounts words = words();
        for (JsonNode c : golden.get("train_cases")) {
            MorfessorTrainer.Settings s = MorfessorTrainer.Settings.defaults()
                    .withAtoms(AtomMode.parse(c.get("atoms").asText()))
                    .withDampening(Dampening.parse(c.get("dampening").asText()))
                    .withRandseed(c.get("randseed").asText())
                    .withCorpusWeight(c.get("corpusweight").asDouble());
            String what = s.atoms() + "/" + s.dampening() + "/seed " + s.randseed();
            MorfessorTrainer.Result r = new MorfessorTrainer(s).fit(words, 0, Progress.NONE);
            assertEquals(c.get("epochs").asInt(), r.epochs(), what + " epochs");
            assertEquals(c.get("morph_types").asLong(), r.model().cost.lexiconBoundaries, what + " morph types");
            assertClose(c.get("cost").asDouble(), r.cost(), what + " final cost");
            Map<String, List<String>> segs = MorfessorTrainer.segmentations(r.model());
            c.get("segmentations").fields().forEachRemaining(e -> {
                List<String> expected = new ArrayList<>();
                e.getValue().forEach(p -> expected.add(p.asText()));
                assertEquals(expected, segs.get(e.getKey()), what + " " + e.getKey());
            });
        }
    }

    @Test
    void viterbiSegmentationOfNewWordsEqualsMorfessor() {
        WordCounts words = words();
        int checked = 0;
        for (JsonNode c : golden.get("train_cases")) {
            if (!c.get("atoms").asText().equals("akshara")) {
                continue; // vaak's segmenter works on aksharas, like Morfessor 2.0 given akshara atoms
            }
            MorfessorTrainer.Settings s = MorfessorTrainer.Settings.defaults()
                    .withDampening(Dampening.parse(c.get("dampening").asText()))
                    .withRandseed(c.get("randseed").asText())
                    .withCorpusWeight(c.get("corpusweight").asDouble());
            SubwordDictionary dict = new MorfessorTrainer(s).train(words, 0, Progress.NONE);
            MorfessorSegmenter seg = new MorfessorSegmenter(dict);
            var it = c.get("viterbi").fields();
            while (it.hasNext()) {
                var e = it.next();
                Segmentation got = seg.segment(e.getKey());
                List<String> expected = new ArrayList<>();
                e.getValue().get("pieces").forEach(p -> expected.add(p.asText()));
                assertEquals(expected, got.pieces(), e.getKey());
                assertEquals(e.getValue().get("cost").asDouble(), got.cost(), 1e-9, e.getKey());
                checked++;
            }
        }
        assertEquals(24, checked);
    }
}
