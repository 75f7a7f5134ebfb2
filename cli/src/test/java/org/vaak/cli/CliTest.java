package org.vaak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line end to end, in-process: exit codes, messages, outputs, and no half-written files. */
class CliTest extends CommandTest {
    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The bundled Tamil sample's training split (skips the test when the sample is absent). */
    private Path corpus() throws Exception {
        Path c = Path.of("..", "corpora", "sample", "ta", "train.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(c), "sample corpus missing: " + c);
        return c;
    }

    /** Running text to segment: the sample's test split. */
    private Path text() throws Exception {
        return Path.of("..", "corpora", "sample", "ta", "test.txt");
    }

    @Test
    void trainSegmentJoinRoundTrip() throws Exception {
        Path c = corpus();
        for (String method : new String[] {"bpe", "ebpe", "morfessor", "unigram-ml", "unigram-viterbi"}) {
            Path d = dir.resolve(method + ".json");
            List<String> args = new ArrayList<>(List.of("train-dict", "--lang", "ta", "--method", method, "--corpus", c.toString(),
                    "-o", d.toString(), "-q"));
            if (!method.equals("morfessor")) {
                args.addAll(List.of("--size", "800"));
            }
            assertEquals(0, run(args.toArray(String[]::new)), method + ": " + err());
            assertTrue(Files.size(d) > 0);
            Path seg = dir.resolve(method + ".seg");
            assertEquals(0, run("segment", "--dict", d.toString(), text().toString(), "-o", seg.toString()), err());
            assertTrue(Files.readString(seg).contains("@@"), method + " splits some word");
            Path joined = dir.resolve(method + ".joined");
            assertEquals(0, run("join", "--lang", "ta", seg.toString(), "-o", joined.toString()), err());
            assertEquals(Files.readString(text()), Files.readString(joined), method);
            assertEquals(0, run("dict-eval", "--dict", d.toString(), "--corpus", text().toString()), err());
            assertTrue(out().contains("exact: 100.0000% of types"), out());
        }
    }

    @Test
    void unigramStartsFromBpeOrMorfessorUnits() throws Exception {
        Path c = corpus();
        for (String init : new String[] {"bpe", "morfessor"}) {
            Path d = dir.resolve("u-" + init + ".json");
            assertEquals(0, run("train-dict", "--lang", "ta", "--method", "unigram-viterbi", "--init", init, "--size", "600",
                    "--corpus", c.toString(), "-o", d.toString(), "-q"), err());
            String json = Files.readString(d);
            assertTrue(json.contains("\"init\" : \"" + init + "\""), json.substring(0, 600));
            assertTrue(json.contains("\"size\" : 600"), "pruned to the asked size");
            assertEquals(0, run("dict-eval", "--dict", d.toString(), "--corpus", text().toString()), err());
        }
        assertEquals(1, run("train-dict", "--lang", "ta", "--method", "bpe", "--init", "morfessor", "--size", "600",
                "--corpus", c.toString(), "-o", dir.resolve("x.json").toString(), "-q"));
        assertTrue(err().contains("--init applies to unigram"), err());
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
        java.util.Set<String> isyms = new java.util.HashSet<>();
        java.util.Set<String> osyms = new java.util.HashSet<>();
        for (String l : Files.readAllLines(o.resolve("sg-wfst-kn.isyms"))) {
            isyms.add(l.split("\t")[0]);
        }
        for (String l : Files.readAllLines(o.resolve("sg-wfst-kn.osyms"))) {
            osyms.add(l.split("\t")[0]);
        }
        assertTrue(isyms.contains("<eps>") && osyms.contains("<eps>"));
        int arcs = 0;
        int finals = 0;
        for (String l : Files.readAllLines(o.resolve("sg-wfst-kn.fst.txt"))) {
            String[] f = l.split("\t");
            if (f.length == 5) {
                assertTrue(isyms.contains(f[2]) && osyms.contains(f[3]), l);
                assertTrue(Double.parseDouble(f[4]) >= 0, l);
                arcs++;
            } else {
                assertEquals(2, f.length, l);
                finals++;
            }
        }
        assertTrue(arcs > 10_000 && finals > 0, arcs + " arcs, " + finals + " final states");
        assertTrue(osyms.contains("verb/verb_stem/ಮ್ಆಡ್"), "the export holds the grammar's units");
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
        assertEquals(0, run("train-dict", "--lang", "ta", "--method", "bpe", "--size", "400", "--corpus", corpus().toString(),
                "-o", d.toString(), "-q"), err());
        assertEquals(1, run("segment", "--dict", d.toString(), english.toString()));
        assertTrue(err().contains("english.txt") && err().contains("no Tamil letters"), err());
    }

    @Test
    void damagedDictionaryAndTooLargeSize() throws Exception {
        Path c = corpus();
        Path d = dir.resolve("d.json");
        assertEquals(0, run("train-dict", "--lang", "ta", "--method", "bpe", "--size", "400", "--corpus", c.toString(),
                "-o", d.toString(), "-q"), err());
        String json = Files.readString(d);
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, json.substring(0, json.length() / 2));
        assertEquals(1, run("segment", "--dict", cut.toString(), c.toString()));
        assertTrue(err().contains("cut.json") && err().contains("damaged"), err());

        Path big = dir.resolve("big.json");
        assertEquals(1, run("train-dict", "--lang", "ta", "--method", "bpe", "--size", "1000000", "--corpus", c.toString(),
                "-o", big.toString(), "-q"));
        assertTrue(err().contains("at most") && err().contains("lenient=true"), err());
        assertFalse(Files.exists(big), "no dictionary written after a failure");
        assertEquals(0, run("train-dict", "--lang", "ta", "--method", "bpe", "--size", "1000000", "--corpus", c.toString(),
                "-o", big.toString(), "-q", "-p", "lenient=true"), err());
        assertTrue(Files.size(big) > 0);
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
