package org.vaak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaak.asr.graph.DecodingGraph;

/** {@code vaak graph build} and {@code vaak graph info} end to end, in-process, on a tiny word grammar. */
class GraphCommandTest extends CommandTest {
    /** A unigram loop over three Tamil words and a backoff-style #0 symbol, as OpenFst text. */
    private Path grammar() throws Exception {
        Files.writeString(dir.resolve("G.fst.txt"), "0\t0\tஅம்மா\tஅம்மா\t1.0986\n0\t0\tஅப்பா\tஅப்பா\t1.0986\n"
                + "0\t0\tபடித்தான்\tபடித்தான்\t1.0986\n0\t0.5\n");
        String syms = "<eps>\t0\n#0\t1\nஅம்மா\t2\nஅப்பா\t3\nபடித்தான்\t4\n";
        Files.writeString(dir.resolve("G.isyms"), syms);
        Files.writeString(dir.resolve("G.osyms"), syms);
        return dir.resolve("G.fst.txt");
    }

    @Test
    void buildThroughTheCacheThenInfo() throws Exception {
        Path g = grammar();
        Path cache = dir.resolve("cache");
        Path graph = dir.resolve("g.bin");
        assertEquals(0, run("graph", "build", "--lang", "ta", "--lm", g.toString(), "--words", "--cache", cache.toString(),
                "-o", graph.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("vaak graph build: wrote " + graph));
        DecodingGraph d = DecodingGraph.read(graph);
        assertEquals("ta", d.metadata().get("lang"));
        assertEquals("words", d.metadata().get("units"));
        assertEquals("3", d.metadata().get("lexicon.entries"));
        List<Path> cached;
        try (var s = Files.list(cache)) {
            cached = s.toList();
        }
        assertEquals(1, cached.size());
        long modified = Files.getLastModifiedTime(cached.get(0)).toMillis();
        Files.delete(graph);
        assertEquals(0, run("graph", "build", "--lang", "ta", "--lm", g.toString(), "--cache", cache.toString(),
                "-o", graph.toString()));
        assertEquals(modified, Files.getLastModifiedTime(cached.get(0)).toMillis());
        assertTrue(Files.isRegularFile(graph));

        assertEquals(0, run("graph", "info", graph.toString()));
        String info = out.toString(StandardCharsets.UTF_8);
        assertTrue(info.contains("states\t" + d.fst().numStates() + "\n"), info);
        assertTrue(info.contains("arcs\t" + d.fst().numArcs() + "\n"), info);
        assertTrue(info.contains("input symbols\t46 (<eps>, <blk>, 44 phones)\n"), info);
        assertTrue(info.contains("output symbols\t5\n"), info);
    }

    @Test
    void buildsFromAnArpaModelThatTrainLmWrote() throws Exception {
        Path text = dir.resolve("lm.txt");
        Files.writeString(text, "மரம் பெரியது\nமரம் சிறியது\nபெரியது மரம்\n");
        Path arpa = dir.resolve("lm.arpa");
        assertEquals(0, run("train-lm", "--order", "2", "-o", arpa.toString(), text.toString()),
                err.toString(StandardCharsets.UTF_8));
        Path graph = dir.resolve("words.bin");
        assertEquals(0, run("graph", "build", "--lang", "ta", "--lm", arpa.toString(), "--words", "--no-cache", "-o",
                graph.toString()), err.toString(StandardCharsets.UTF_8));
        DecodingGraph d = DecodingGraph.read(graph);
        // the three words; <s>, </s> and <unk> have no pronunciation
        assertEquals("3", d.metadata().get("lexicon.entries"));
        java.util.Set<String> outputs = new java.util.TreeSet<>();
        for (int a = 0; a < d.fst().numArcs(); a++) {
            int o = d.fst().olabel(a);
            if (o != 0) {
                outputs.add(d.fst().outputSymbols()[o]);
            }
        }
        assertEquals(java.util.Set.of("மரம்", "பெரியது", "சிறியது"), outputs);
    }

    @Test
    void badInputGetsAMessageNamingTheFile() throws Exception {
        Path missing = dir.resolve("nope.fst.txt");
        assertEquals(1, run("graph", "build", "--lang", "ta", "--lm", missing.toString(), "--no-cache", "-o",
                dir.resolve("g.bin").toString()));
        assertEquals("vaak build: " + missing + ": no such file\n", err.toString(StandardCharsets.UTF_8));
        Path arpa = dir.resolve("lm.arpa");
        Files.writeString(arpa, "\\data\\\n");
        assertEquals(1, run("graph", "build", "--lang", "ta", "--lm", arpa.toString(), "--no-cache", "-o",
                dir.resolve("g.bin").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("vaak build: " + arpa + ":"), err.toString(StandardCharsets.UTF_8));
        Path g = dir.resolve("g.bin");
        assertEquals(0, run("graph", "build", "--lang", "ta", "--lm", grammar().toString(), "--no-cache", "-o", g.toString()));
        byte[] b = Files.readAllBytes(g);
        Files.write(g, java.util.Arrays.copyOf(b, b.length - 3));
        assertEquals(1, run("graph", "info", g.toString()));
        assertEquals("vaak info: " + g + ": is truncated: " + (b.length - 3) + " bytes, the header says " + b.length + "\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals(1, run("graph", "build", "--lang", "ta", "--lm", grammar().toString(), "--words", "--grammar", "-o",
                g.toString()));
        assertEquals("vaak build: give one of --words, --dict/--subwords or --grammar (--grammar may take a --dict)\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
