package org.vaak.segmentation.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaak.segmentation.lm.LmTestSupport.arpa;
import static org.vaak.segmentation.lm.LmTestSupport.score;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArpaTest {
    static String fixture(String name) throws IOException {
        try (var in = ArpaTest.class.getResourceAsStream("/lm/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void handWrittenModelScoresWithBackoff() throws IOException {
        NgramModel m = arpa(fixture("hand.arpa"));
        assertEquals(3, m.order());
        // <s> a b </s>: three stored n-grams
        assertEquals(-0.3 - 0.1 - 0.2, score(m, "a b"), 1e-6);
        // <s> b c </s>: P(c|<s> b) = bow(<s> b)=0 + bow(b) + P(c); (b c) not stored, so P(</s>|c)
        assertEquals(-0.5 + (-0.1 - 0.9) - 0.45, score(m, "b c"), 1e-6);
        // <s> a c </s>: (a c) is only the prefix of (a c </s>), which the file leaves out
        assertEquals(-0.3 + (-0.15 - 0.2 - 0.9) - 0.35, score(m, "a c"), 1e-6);
        // an unknown word is <unk>
        assertEquals(-0.30103 - 1.0 - 0.69897, score(m, "xyz"), 1e-6);
    }

    @Test
    void writeThenReadKeepsEveryNumber(@TempDir Path dir) throws IOException {
        Random r = new Random(3);
        for (Smoothing s : Smoothing.values()) {
            NgramModel m = LmTestSupport.train(LmTestSupport.randomCorpus(r, 200, 30), new LmOptions(4, s, new int[] {1, 2}, 0));
            Path file = dir.resolve(s.code() + ".arpa");
            ArpaWriter.write(m, file);
            NgramModel back = ArpaReader.read(file);
            assertEquals(m.vocabularySize(), back.vocabularySize());
            int[] ws = new int[4];
            for (int k = 1; k <= 4; k++) {
                assertEquals(m.size(k), back.size(k));
                for (int g = 0; g < m.size(k); g++) {
                    m.words(k, g, ws);
                    int[] mapped = new int[k];
                    for (int j = 0; j < k; j++) {
                        mapped[j] = back.id(m.word(ws[j]));
                    }
                    int h = back.find(mapped, 0, k);
                    assertEquals(m.logProb(k, g), back.logProb(k, h), 0f);
                    assertEquals(m.logBackoff(k, g), back.logBackoff(k, h), 0f);
                }
            }
            StringWriter a = new StringWriter();
            StringWriter b = new StringWriter();
            ArpaWriter.write(m, a);
            ArpaWriter.write(back, b);
            assertEquals(a.toString(), b.toString());
            assertSortedByWordIds(back, a.toString());
            try (Stream<Path> files = Files.list(dir)) {
                assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
            }
        }
    }

    @Test
    void gzippedFilesAreWrittenAndReadByTheirName(@TempDir Path dir) throws IOException {
        NgramModel m = LmTestSupport.train(LmTestSupport.randomCorpus(new Random(5), 300, 40),
                new LmOptions(3, Smoothing.values()[0], new int[] {1, 1}, 0));
        Path plain = dir.resolve("lm.arpa");
        Path gz = dir.resolve("lm.arpa.gz");
        ArpaWriter.write(m, plain);
        ArpaWriter.write(m, gz);
        byte[] bytes = Files.readAllBytes(gz);
        assertEquals(0x1f, bytes[0] & 0xff, "gzip magic");
        assertEquals(0x8b, bytes[1] & 0xff, "gzip magic");
        assertTrue(bytes.length < Files.size(plain) / 2, bytes.length + " vs " + Files.size(plain));
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(gz))) {
            assertEquals(Files.readString(plain), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        ArpaWriter.write(ArpaReader.read(plain), a);
        ArpaWriter.write(ArpaReader.read(gz), b);
        assertEquals(a.toString(), b.toString());
        // a plain file named .gz, and a truncated gzip file: errors that name the file
        Path fake = dir.resolve("fake.arpa.gz");
        Files.copy(plain, fake);
        var e1 = assertThrows(IllegalArgumentException.class, () -> ArpaReader.read(fake));
        assertTrue(e1.getMessage().startsWith(fake + ": not a gzip file"), e1.getMessage());
        Path cut = dir.resolve("cut.arpa.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        var e2 = assertThrows(IllegalArgumentException.class, () -> ArpaReader.read(cut));
        assertTrue(e2.getMessage().startsWith(cut + ": "), e2.getMessage());
    }

    /** Each section lists its n-grams in lexicographic order of word ids (IRSTLM needs them grouped). */
    private static void assertSortedByWordIds(NgramModel m, String arpa) {
        long[] prev = null;
        for (String line : arpa.split("\n")) {
            if (line.startsWith("\\")) {
                prev = null;
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2) {
                continue;
            }
            String[] ws = f[1].split(" ");
            long[] ids = new long[ws.length];
            for (int i = 0; i < ws.length; i++) {
                ids[i] = m.id(ws[i]);
            }
            if (prev != null) {
                assertTrue(java.util.Arrays.compare(prev, ids) < 0, line);
            }
            prev = ids;
        }
    }

    @Test
    void fixtureSurvivesARoundTrip() throws IOException {
        NgramModel m = arpa(fixture("hand.arpa"));
        StringWriter w = new StringWriter();
        ArpaWriter.write(m, w);
        NgramModel back = arpa(w.toString());
        for (String s : new String[] {"a b", "b c", "a c", "c a b a", "xyz b"}) {
            assertEquals(score(m, s), score(back, s), 1e-9, s);
        }
        // the prefix (a c) the file left out is added with its backed-off probability bow(a) P(c)
        assertTrue(w.toString().contains("\nngram 2=7\n"), w.toString());
        assertTrue(w.toString().contains("\n-1.1\ta c\n"), w.toString());
    }

    @Test
    void malformedFilesNameFileAndLine() {
        assertError("\\data\\\nngram 1=1\n\n\\1-grams:\n-1 </s>\n\\end\\\n", "fixture.arpa: the model has no <s>");
        String good = "\\data\\\nngram 1=3\nngram 2=1\n\n\\1-grams:\n-1\t<s>\t-0.5\n-0.5\t</s>\n-0.5\ta\n\n\\2-grams:\n-0.1\t<s> a\n\n\\end\\\n";
        assertEquals(1, arpa(good).size(2));
        assertError(good.replace("-0.1\t<s> a", "-0.1\t<s>"), "fixture.arpa:11: expected log10 probability, 2 word(s)");
        assertError(good.replace("-0.1\t<s> a", "-0.1\t<s> zz"), "fixture.arpa:11: word 'zz' is not among the unigrams");
        assertError(good.replace("-0.1\t<s> a", "x\t<s> a"), "fixture.arpa:11: probability 'x' is not a number");
        assertError(good.replace("-0.1\t<s> a", "-0.1\t<s> a\t-0.2"), "fixture.arpa:11: back-off weight on an n-gram of the highest order 2");
        assertError(good.replace("ngram 1=3", "ngram 1=4"), "\\1-grams: has 3 entries, \\data\\ declared 4");
        assertError(good.replace("-0.5\ta\n", "-0.5\ta\n-0.4\ta\n").replace("ngram 1=3", "ngram 1=4"), "fixture.arpa:9: unigram 'a' is listed twice");
        assertError(good.replace("\\end\\", ""), "expected \\end\\, found the end of the file");
        assertError("hello\n", "fixture.arpa:2: no \\data\\ line");
        assertError(good.replace("ngram 2=1", "ngram two=1"), "fixture.arpa:3: expected 'ngram N=count'");
    }

    private static void assertError(String text, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> arpa(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
