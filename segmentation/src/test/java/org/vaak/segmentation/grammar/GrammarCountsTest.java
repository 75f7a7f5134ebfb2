package org.vaak.segmentation.grammar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.grammar.GrammarLoader;
import org.vaak.segmentation.corpus.CorpusException;
import org.vaak.segmentation.corpus.WordCounts;

class GrammarCountsTest {
    @TempDir
    Path dir;

    private static WordCounts words() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("படித்தான்", 5L);
        m.put("மரத்தை", 3L);
        m.put("மரங்களை", 2L);
        m.put("அவன்", 4L);
        return WordCounts.of(Language.TAMIL, m, "tiny");
    }

    @Test
    void writtenCountsReadBackAndGiveTheTrainedWeights() throws Exception {
        SubwordGrammar start = SubwordGrammarCompiler.compile(GrammarLoader.load(Language.TAMIL, false));
        double[][] counts = GrammarCounts.estimate(start, words());
        double used = 0;
        for (double c : counts[0]) {
            used += c;
        }
        assertTrue(used >= 5 + 3 + 2 + 4, "every word parsed contributes its count to at least one choice");
        Path f = dir.resolve("weights.tsv");
        GrammarCounts.write(start.network(), counts, f, List.of("test"));
        double[][] back;
        try (var in = Files.newInputStream(f)) {
            back = GrammarCounts.read(start.network(), in, f.toString());
        }
        assertArrayEquals(counts[0], back[0]);
        assertArrayEquals(counts[1], back[1]);
        SubwordGrammar trained = SubwordGrammarCompiler.compile(GrammarLoader.load(Language.TAMIL, false), words());
        for (int c = 0; c < counts[0].length; c++) {
            assertEquals(trained.weights().choiceCost(c),
                    GrammarWeights.fromCounts(start.network(), back[0], back[1]).choiceCost(c), 1e-12);
        }
    }

    @Test
    void countsThatNoLongerFitTheGrammarAreRefused() {
        GrammarNetwork net = SubwordGrammarCompiler.compile(GrammarLoader.load(Language.TAMIL, false)).network();
        String stale = "# header\nchoice\tstart\tverb/verb_stem/ந்ஓஇல்ல்ஆத்அ\tverb:S\t7\n";
        CorpusException e = assertThrows(CorpusException.class, () -> GrammarCounts.read(net,
                new ByteArrayInputStream(stale.getBytes(StandardCharsets.UTF_8)), "w.tsv"));
        assertTrue(e.getMessage().startsWith("w.tsv:2:") && e.getMessage().contains("out of date"), e.getMessage());
        String bad = "final\tstart\tmany\n";
        e = assertThrows(CorpusException.class, () -> GrammarCounts.read(net,
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "w.tsv"));
        assertTrue(e.getMessage().startsWith("w.tsv:1:"), e.getMessage());
    }

    @Test
    void shippedWeightsFitTheShippedGrammars() {
        for (Language l : Language.values()) {
            SubwordGrammar g = SubwordGrammars.shipped(l);
            SubwordGrammar uniform = SubwordGrammarCompiler.compile(GrammarLoader.load(l));
            int differ = 0;
            for (int c = 0; c < g.network().choices().size(); c++) {
                if (g.weights().choiceCost(c) != uniform.weights().choiceCost(c)) {
                    differ++;
                }
            }
            assertTrue(differ > g.network().choices().size() / 2, l + ": the shipped weights are estimated, not uniform");
        }
    }
}
