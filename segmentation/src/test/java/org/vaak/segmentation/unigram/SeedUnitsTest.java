package org.vaak.segmentation.unigram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.corpus.WordCounts;

/** The level-wise seed counting chooses exactly the units, in the same order, as the one-map reference. */
class SeedUnitsTest {

    @Test
    void tinyCorpusExactSeeds() {
        // words over aksharas 0..2: "0 1 2" x3, "0 1" x2, "1 2" x1
        int[][] words = {{0, 1, 2}, {0, 1}, {1, 2}};
        long[] counts = {3, 2, 1};
        AksharaTable table = tableOf(3);
        // counts: 01=5, 12=4, 012=3; scores: 01=10, 012=9, 12=8
        List<int[]> seeds = SeedUnits.frequentSubstrings(words, counts, table, 4, 1, 10);
        assertEquals(List.of("[0, 1]", "[0, 1, 2]", "[1, 2]"), show(seeds));
        // minCount 4 drops 012; size 1 keeps the best
        assertEquals(List.of("[0, 1]", "[1, 2]"), show(SeedUnits.frequentSubstrings(words, counts, table, 4, 4, 10)));
        assertEquals(List.of("[0, 1]"), show(SeedUnits.frequentSubstrings(words, counts, table, 4, 1, 1)));
        assertEquals(List.of(), show(SeedUnits.frequentSubstrings(words, counts, table, 1, 1, 10)));
        assertEquals(List.of(), show(SeedUnits.frequentSubstrings(new int[0][], new long[0], table, 4, 1, 10)));
    }

    @ParameterizedTest
    @CsvSource({"1, 6, 1, 50", "2, 4, 2, 20", "3, 8, 3, 1000", "4, 3, 1, 7", "5, 16, 2, 0", "6, 5, 5, 30",
            "7, 2, 1, 3", "8, 10, 1, 100000"})
    void randomCorporaMatchReference(long seed, int maxLength, long minCount, int size) {
        Random rnd = new Random(seed);
        int alphabet = 2 + rnd.nextInt(6);
        int[][] words = new int[200 + rnd.nextInt(300)][];
        long[] counts = new long[words.length];
        for (int w = 0; w < words.length; w++) {
            words[w] = new int[rnd.nextInt(12)];
            for (int i = 0; i < words[w].length; i++) {
                // skewed so that some aksharas are rare and fail the threshold on their own
                words[w][i] = Math.min(rnd.nextInt(alphabet), rnd.nextInt(alphabet));
            }
            counts[w] = 1 + rnd.nextInt(4);
        }
        // Akshara texts whose order differs from their ids, so that ties at the cut are resolved by text.
        AksharaTable table = new AksharaTable(Language.TAMIL);
        String[] letters = {"ழ", "க", "ம", "அ", "ட", "ஊ", "ந", "ப"};
        for (int a = 0; a < alphabet; a++) {
            table.encode(letters[a]);
        }
        assertSame(words, counts, table, maxLength, minCount, size);
    }

    @ParameterizedTest
    @CsvSource({"ta, 16, 2, 1000000", "ta, 8, 3, 500", "kn, 16, 2, 1000000", "kn, 6, 1, 2000"})
    void bundledSampleMatchesReference(String code, int maxLength, long minCount, int size) throws IOException {
        Language lang = Language.fromCode(code);
        Path file = Path.of("..", "corpora", "sample", code, "train.txt");
        assertTrue(Files.isRegularFile(file), "missing " + file.toAbsolutePath());
        WordCounts wc = WordCounts.fromText(file, lang);
        AksharaTable table = new AksharaTable(lang);
        int[][] words = new int[wc.size()][];
        long[] counts = new long[wc.size()];
        for (int w = 0; w < words.length; w++) {
            words[w] = table.encode(wc.word(w));
            counts[w] = wc.count(w);
        }
        assertSame(words, counts, table, maxLength, minCount, size);
    }

    private static void assertSame(int[][] words, long[] counts, AksharaTable table, int maxLength, long minCount,
            int size) {
        List<String> expected = show(SeedUnitsReference.frequentSubstrings(words, counts, table, maxLength,
                minCount, size));
        List<String> actual = show(SeedUnits.frequentSubstrings(words, counts, table, maxLength, minCount, size));
        assertEquals(expected, actual);
    }

    private static AksharaTable tableOf(int n) {
        AksharaTable table = new AksharaTable(Language.TAMIL);
        String[] letters = {"க", "ம", "ப", "அ"};
        for (int a = 0; a < n; a++) {
            table.encode(letters[a]);
        }
        return table;
    }

    private static List<String> show(List<int[]> units) {
        List<String> out = new ArrayList<>();
        for (int[] u : units) {
            out.add(java.util.Arrays.toString(u));
        }
        return out;
    }
}
