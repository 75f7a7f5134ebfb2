package org.vaak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in-process: exit codes, messages, outputs, and no half-written files. */
class CliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private InputStream oldIn;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        oldIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
        System.setIn(oldIn);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Vaak.execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path corpus() throws Exception {
        Path c = dir.resolve("corpus.txt");
        StringBuilder sb = new StringBuilder();
        String[] stems = {"படி", "எழுது", "பார்", "கேள்", "செய்", "வா", "போ", "சொல்"};
        String[] ends = {"த்தான்", "த்தாள்", "க்கிறான்", "க்கிறாள்", "ப்பான்", "த்தார்கள்", "க்க", "த்து"};
        for (String s : stems) {
            for (String e : ends) {
                sb.append(s).append(e).append(' ');
            }
            sb.append("மரம் மரத்தை மரங்களை வீடு வீட்டில் வீடுகளில்\n");
        }
        Files.writeString(c, sb.toString());
        return c;
    }

    @Test
    void trainSegmentJoinRoundTrip() throws Exception {
        Path c = corpus();
        for (String method : new String[] {"bpe", "ebpe", "morfessor", "unigram-ml", "unigram-viterbi"}) {
            Path d = dir.resolve(method + ".json");
            assertEquals(0, run("train-dict", "--lang", "ta", "--method", method, "--size", "40", "--corpus", c.toString(),
                    "-o", d.toString(), "-q"), method + ": " + err());
            assertTrue(Files.size(d) > 0);
            Path seg = dir.resolve(method + ".seg");
            assertEquals(0, run("segment", "--dict", d.toString(), c.toString(), "-o", seg.toString()), err());
            assertTrue(Files.readString(seg).contains("@@"), method + " splits some word");
            Path joined = dir.resolve(method + ".joined");
            assertEquals(0, run("join", "--lang", "ta", seg.toString(), "-o", joined.toString()), err());
            assertEquals(Files.readString(c), Files.readString(joined), method);
            assertEquals(0, run("dict-eval", "--dict", d.toString(), "--corpus", c.toString()), err());
            assertTrue(out().contains("exact: 100.0000% of types"), out());
        }
    }

    @Test
    void grammarSegmentsAndSaysWhichPath() throws Exception {
        System.setIn(new ByteArrayInputStream("படித்தான்\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, run("segment", "--grammar", "ta", "--format", "tsv"), err());
        assertEquals("படித்தான்\tபடி த்த் ஆன்\tgrammar\tverb\n", out());
    }

    @Test
    void grammarExportWritesOpenFstText() throws Exception {
        Path o = dir.resolve("g");
        assertEquals(0, run("grammar", "export", "--lang", "kn", "-o", o.toString()), err());
        try (Stream<Path> s = Files.list(o)) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().endsWith(".fst.txt")));
        }
    }

    @Test
    void emptyCorpusIsAClearErrorAndWritesNothing() throws Exception {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        Path d = dir.resolve("d.json");
        assertEquals(1, run("train-dict", "--lang", "ta", "--method", "bpe", "--size", "100", "--corpus", empty.toString(),
                "-o", d.toString()));
        assertTrue(err().contains("empty.txt") && err().contains("no Tamil words"), err());
        assertFalse(err().contains("Exception"), err());
        assertFalse(Files.exists(d));
        assertEquals(1, Files.list(dir).count(), "no temporary file left behind");
    }

    @Test
    void wrongScriptAndWrongEncodingAreNamed() throws Exception {
        Path kn = dir.resolve("kannada.txt");
        Files.writeString(kn, "ಕನ್ನಡ ಮಾತನಾಡುತ್ತಾನೆ ಮರಗಳನ್ನು\n");
        assertEquals(1, run("train-dict", "--lang", "ta", "--method", "morfessor", "--corpus", kn.toString(),
                "-o", dir.resolve("x.json").toString()));
        assertTrue(err().contains("kannada.txt") && err().contains("another script"), err());

        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        assertEquals(1, run("train-dict", "--lang", "ta", "--method", "bpe", "--size", "10", "--corpus", latin1.toString(),
                "-o", dir.resolve("y.json").toString()));
        assertTrue(err().contains("latin1.txt") && err().contains("UTF-8"), err());

        Path english = dir.resolve("english.txt");
        Files.writeString(english, "This is plain English text that has no Tamil in it at all, ".repeat(10));
        Path d = dir.resolve("d.json");
        assertEquals(0, run("train-dict", "--lang", "ta", "--method", "bpe", "--size", "30", "--corpus", corpus().toString(),
                "-o", d.toString(), "-q"), err());
        assertEquals(1, run("segment", "--dict", d.toString(), english.toString()));
        assertTrue(err().contains("english.txt") && err().contains("no Tamil letters"), err());
    }

    @Test
    void damagedDictionaryAndTooLargeSize() throws Exception {
        Path c = corpus();
        Path d = dir.resolve("d.json");
        assertEquals(0, run("train-dict", "--lang", "ta", "--method", "bpe", "--size", "30", "--corpus", c.toString(),
                "-o", d.toString(), "-q"), err());
        String json = Files.readString(d);
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, json.substring(0, json.length() / 2));
        assertEquals(1, run("segment", "--dict", cut.toString(), c.toString()));
        assertTrue(err().contains("cut.json") && err().contains("damaged"), err());

        Path big = dir.resolve("big.json");
        assertEquals(1, run("train-dict", "--lang", "ta", "--method", "bpe", "--size", "1000000", "--corpus", c.toString(),
                "-o", big.toString(), "-q"));
        assertTrue(err().contains("at most"), err());
        assertFalse(Files.exists(big));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("train-dict", "--lang", "ta"));
        assertEquals(2, run("segment"));
        assertEquals(1, run("train-dict", "--lang", "xx", "--method", "bpe", "--size", "10", "--corpus", "nofile",
                "-o", dir.resolve("z.json").toString()));
        assertTrue(err().contains("unknown language 'xx'"), err());
    }
}
