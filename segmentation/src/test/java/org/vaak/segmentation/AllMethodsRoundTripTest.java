package org.vaak.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vaak.lexicons.Aksharas;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.DictionaryIO;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.LearnerOptions;
import org.vaak.segmentation.learn.Learners;

/**
 * Every method, both languages, on the bundled sample corpora: trained through the same registry the
 * command line uses, written and read back, then every word of the train and test samples is segmented;
 * each must join back exactly and no piece boundary may fall inside an akshara.
 */
class AllMethodsRoundTripTest {
    static Stream<Arguments> cases() {
        List<Arguments> a = new ArrayList<>();
        for (Language l : Language.values()) {
            for (String m : Learners.methods()) {
                a.add(Arguments.of(l, m));
            }
        }
        return a.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everySampleWordJoinsBack(Language lang, String method) throws Exception {
        Path dir = Path.of("..", "corpora", "sample", lang.code());
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("train.txt")), "sample corpus missing: " + dir);
        WordCounts train = WordCounts.fromText(dir.resolve("train.txt"), lang);
        SubwordDictionary d = Learners.trainer(method, new LearnerOptions(7, 2, null, null, java.util.Map.of()))
                .train(train, method.equals("morfessor") ? 0 : 1500, org.vaak.segmentation.learn.Progress.NONE);
        assertEquals(lang, d.language());
        assertEquals(method, d.method());
        Path file = Files.createTempFile("dict", ".json");
        try {
            DictionaryIO.write(d, file);
            d = DictionaryIO.read(file);
        } finally {
            Files.deleteIfExists(file);
        }
        Segmenter s = Segmenters.forDictionary(d);
        Joiner joiner = new Joiner(lang);
        Set<String> words = new HashSet<>(train.words());
        words.addAll(WordCounts.fromText(dir.resolve("test.txt"), lang).words());
        int split = 0;
        for (String w : words) {
            List<String> pieces = s.segment(w).pieces();
            assertEquals(w, joiner.join(pieces), () -> w + " -> " + pieces);
            Set<Integer> akshara = new HashSet<>();
            for (int b : Aksharas.boundaries(w, lang)) {
                akshara.add(b);
            }
            int at = 0;
            for (String p : pieces) {
                assertTrue(akshara.contains(at), () -> w + " split inside an akshara: " + pieces);
                at += p.length();
            }
            if (pieces.size() > 1) {
                split++;
            }
        }
        assertTrue(split > words.size() / 4, method + " splits a fair share of words: " + split + " of " + words.size());
    }
}
