package org.vaak.asr.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.Compose;
import org.vaak.segmentation.fst.Determinize;
import org.vaak.segmentation.fst.FstText;
import org.vaak.segmentation.fst.Minimize;
import org.vaak.segmentation.fst.ShortestPath;

/**
 * The pipeline's steps against OpenFst's tools (libfst-tools) on the tiny lexicon and bigram: L o G and
 * det(L o G) have the same sizes as {@code fstcompose} and {@code fstdeterminize} give, and the best paths of
 * token sequences through OpenFst's {@code T o fstminimize(fstdeterminize(L o G))} have the same outputs
 * and costs (within OpenFst's quantization, 1/1024 per arc) as through vaak's graph. Skipped when the tools are not installed.
 */
class OpenFstAgreementTest {
    @TempDir
    Path dir;

    @Test
    void pipelineAgreesWithOpenFst() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/fstcompose")), "OpenFst tools (libfst-tools) are not installed");
        CompactFst g = TinyGraphs.bigram();
        LexiconFst.Result lr = LexiconFst.build(TinyGraphs.lexicon(), TinyGraphs.PHONES, TinyGraphs.WORDS);
        compile(lr.fst(), "L");
        compile(g, "G");
        run("fstarcsort", "--sort_type=ilabel", "G.fst", "Gs.fst");
        run("fstcompose", "L.fst", "Gs.fst", "LG.fst");
        CompactFst lg = Compose.apply(lr.fst(), g);
        assertEquals(sizes("LG.fst"), List.of(lg.numStates(), lg.numArcs()));
        run("fstdeterminize", "LG.fst", "LGd.fst");
        CompactFst lgd = Determinize.apply(lg);
        assertEquals(sizes("LGd.fst"), List.of(lgd.numStates(), lgd.numArcs()));
        run("fstminimize", "LGd.fst", "LGm.fst");
        CompactFst lgm = Minimize.apply(lgd);
        assertEquals(sizes("LGm.fst"), List.of(lgm.numStates(), lgm.numArcs()));
        compile(CtcTopology.build(lr.symbols(), CtcTopology.Variant.STANDARD), "T");
        run("fstarcsort", "--sort_type=olabel", "T.fst", "Ts.fst");
        run("fstcompose", "Ts.fst", "LGm.fst", "TLGd.fst");
        StringBuilder ipairs = new StringBuilder();
        for (int d = 0; d < lr.symbols().numDisambig(); d++) {
            ipairs.append(lr.symbols().disambig(d)).append(" 0\n");
        }
        Files.writeString(dir.resolve("ipairs.txt"), ipairs.toString());
        Files.writeString(dir.resolve("opairs.txt"), TinyGraphs.word("#0") + " 0\n");
        run("fstrelabel", "--relabel_ipairs=ipairs.txt", "--relabel_opairs=opairs.txt", "TLGd.fst", "TLG.fst");
        CompactFst tlg = GraphBuilder.build(g, null, TinyGraphs.lexicon(), TinyGraphs.PHONES, GraphOptions.DEFAULT).graph();
        int[][] cases = {{1, 1, 2, 0}, {1, 0, 1}, {2, 1, 2}, {0, 2, 0, 0, 1, 2, 2, 0}, {1, 2, 1, 2}, {2, 2, 1, 1}};
        for (int[] tokens : cases) {
            compile(TinyGraphs.tokens(tokens), "tok");
            run("fstcompose", "tok.fst", "TLG.fst", "c.fst");
            run("fstshortestpath", "c.fst", "best.fst");
            CompactFst best = load("best.fst");
            ShortestPath.Path p = ShortestPath.best(best).orElseThrow();
            Map.Entry<String, Float> ours = TinyGraphs.best(tlg, tokens);
            assertEquals(ours.getKey(), TinyGraphs.units(p.olabels(), TinyGraphs.WORDS), java.util.Arrays.toString(tokens));
            // fstminimize quantizes the pushed weights it compares to 1/1024 and keeps the quantized values
            assertEquals(ours.getValue(), p.weight(), 2f / 1024);
        }
    }

    private void compile(CompactFst f, String name) throws Exception {
        FstText.write(f.withSymbols(null, null), dir.resolve(name));
        run("fstcompile", name + ".fst.txt", name + ".fst");
    }

    private CompactFst load(String name) throws Exception {
        Path txt = dir.resolve(name + ".txt");
        Files.writeString(txt, run("fstprint", name));
        return FstText.read(txt, null, null, false);
    }

    private List<Integer> sizes(String name) throws Exception {
        CompactFst f = load(name);
        return List.of(f.numStates(), f.numArcs());
    }

    private String run(String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(false);
        Path err = dir.resolve("stderr.txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + ": " + Files.readString(err));
        }
        return out;
    }

}
