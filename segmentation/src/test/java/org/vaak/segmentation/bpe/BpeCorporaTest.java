package org.vaak.segmentation.bpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Joiner;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.DictionaryTrainer;
import org.vaak.segmentation.learn.Progress;

/** word -> subwords -> word on every word of the built corpora (property {@code vaak.corpora}). */
@Tag("slow")
class BpeCorporaTest {
    @Test
    void everyCorpusWordJoinsBack() throws IOException {
        Path root = Path.of(System.getProperty("vaak.corpora", System.getenv().getOrDefault("VAAK_CORPORA", "../build/corpora")));
        assumeTrue(Files.isDirectory(root), "no corpora at " + root + " (set -Dvaak.corpora)");
        int checked = 0;
        for (Language lang : Language.values()) {
            Path counts = root.resolve(lang.code()).resolve("words.counts");
            if (!Files.isRegularFile(counts)) {
                continue;
            }
            WordCounts train = WordCounts.fromCounts(counts, lang);
            List<String> words = new ArrayList<>(train.words());
            Path test = root.resolve(lang.code()).resolve("test.txt");
            if (Files.isRegularFile(test)) {
                words.addAll(WordCounts.fromText(test, lang).words());
            }
            Joiner joiner = new Joiner(lang);
            for (DictionaryTrainer t : List.of(new BpeTrainer(), new ExtendedBpeTrainer())) {
                SubwordDictionary d = t.train(train, 4000, Progress.NONE);
                BpeSegmenter s = new BpeSegmenter(d, 0);
                long bad = words.stream().filter(w -> !joiner.join(s.segment(w).pieces()).equals(w)).count();
                assertEquals(0, bad, lang + " " + t.method());
                checked++;
            }
        }
        assumeTrue(checked > 0, "no words.counts under " + root);
    }
}
