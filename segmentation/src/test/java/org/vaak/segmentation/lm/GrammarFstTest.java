package org.vaak.segmentation.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.Compose;
import org.vaak.segmentation.fst.FstBuilder;
import org.vaak.segmentation.fst.FstText;
import org.vaak.segmentation.fst.ShortestDistance;

class GrammarFstTest {
    private static final double LN10 = Math.log(10);

    /**
     * The labels of a sentence's path through G: the word's arc where the state has one, else the back-off
     * arc and try again; at the end the final weight, else back off.
     */
    static int[] pathLabels(CompactFst g, NgramModel m, int[] words) {
        int backoff = GrammarFst.backoffLabel(m);
        List<Integer> labels = new ArrayList<>();
        int s = g.start();
        for (int i = 0; i <= words.length; i++) {
            while (true) {
                if (i == words.length ? g.isFinal(s) : g.findInput(s, GrammarFst.label(words[i])) >= 0) {
                    break;
                }
                int a = g.findInput(s, backoff);
                assertTrue(a >= 0, "state " + s + " has neither the word nor a back-off arc");
                labels.add(backoff);
                s = g.next(a);
            }
            if (i < words.length) {
                int a = g.findInput(s, GrammarFst.label(words[i]));
                labels.add(GrammarFst.label(words[i]));
                s = g.next(a);
            }
        }
        return labels.stream().mapToInt(Integer::intValue).toArray();
    }

    static CompactFst linear(int[] labels, String[] syms) {
        FstBuilder b = new FstBuilder();
        int s = b.addState();
        b.setStart(s);
        for (int l : labels) {
            int t = b.addState();
            b.addArc(s, l, l, 0f, t);
            s = t;
        }
        b.setFinal(s, 0f);
        return b.build(syms, syms);
    }

    /** Random sentences over the vocabulary (without <s>, </s>): G's path cost equals -ln P of the model. */
    static void assertPathsMatch(NgramModel m, Random r, int sentences) {
        CompactFst g = GrammarFst.build(m);
        assertTrue(g.isInputDeterministic());
        String[] syms = g.inputSymbols();
        for (int i = 0; i < sentences; i++) {
            int len = r.nextInt(9);
            int[] words = new int[len];
            String[] text = new String[len];
            for (int j = 0; j < len; j++) {
                do {
                    words[j] = r.nextInt(m.vocabularySize());
                } while (words[j] == m.bos() || words[j] == m.eos());
                text[j] = m.word(words[j]);
            }
            double expected = -LN10 * Perplexity.sentenceLogProb(m, text);
            CompactFst path = Compose.apply(linear(pathLabels(g, m, words), syms), g);
            double got = ShortestDistance.total(path);
            assertEquals(expected, got, 1e-4 * Math.max(1, Math.abs(expected)), String.join(" ", text));
        }
    }

    @Test
    void trainedModelsPathCostsAreTheirProbabilities() {
        Random r = new Random(11);
        for (int order = 1; order <= 5; order++) {
            for (Smoothing s : Smoothing.values()) {
                NgramModel m = LmTestSupport.train(LmTestSupport.randomCorpus(r, 300, 30),
                        new LmOptions(order, s, order > 2 ? new int[] {2} : null, 0));
                assertPathsMatch(m, r, 200);
            }
        }
    }

    @Test
    void handWrittenArpaPathCosts() throws IOException {
        NgramModel m = LmTestSupport.arpa(ArpaTest.fixture("hand.arpa"));
        assertPathsMatch(m, new Random(5), 300);
        CompactFst g = GrammarFst.build(m);
        // states: empty history, <s>, a, b, c (c </s>), (<s> a), (a b), (b a) (bow), (a c) (added prefix);
        // <unk>, </s> and (<s> b) (no followers, no back-off weight) have none
        assertEquals(9, g.numStates());
        // start = history <s>: its word a costs -ln 10^-0.3
        int a = g.findInput(g.start(), GrammarFst.label(m.id("a")));
        assertEquals(0.3 * LN10, g.weight(a), 1e-6);
        // a b </s>: the path <s> -a-> (<s> a) -b-> (a b), final weight 0.2 ln 10
        assertEquals("#0", g.inputSymbols()[GrammarFst.backoffLabel(m)]);
        assertEquals("<eps>", g.inputSymbols()[0]);
    }

    /** OpenFst (libfst-tools) compiles G and gives a sentence path the same cost; skipped without it. */
    @Test
    void openFstScoresTheSamePaths(@TempDir Path dir) throws IOException, InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(Path.of("/usr/bin/fstcompile")),
                "OpenFst tools (libfst-tools) are not installed");
        NgramModel m = LmTestSupport.arpa(ArpaTest.fixture("hand.arpa"));
        CompactFst g = GrammarFst.build(m);
        FstText.write(g, dir.resolve("g"));
        run(dir, "fstcompile", "--isymbols=g.isyms", "--osymbols=g.osyms", "g.fst.txt", "g.unsorted");
        run(dir, "fstarcsort", "--sort_type=ilabel", "g.unsorted", "g.fst");
        String[] syms = g.inputSymbols();
        Random r = new Random(8);
        for (int i = 0; i < 20; i++) {
            int[] words = new int[1 + r.nextInt(6)];
            String[] text = new String[words.length];
            for (int j = 0; j < words.length; j++) {
                do {
                    words[j] = r.nextInt(m.vocabularySize());
                } while (words[j] == m.bos() || words[j] == m.eos());
                text[j] = m.word(words[j]);
            }
            int[] labels = pathLabels(g, m, words);
            StringBuilder lin = new StringBuilder();
            for (int j = 0; j < labels.length; j++) {
                lin.append(j).append(' ').append(j + 1).append(' ').append(syms[labels[j]]).append(' ').append(syms[labels[j]]).append('\n');
            }
            lin.append(labels.length).append('\n');
            java.nio.file.Files.writeString(dir.resolve("s.fst.txt"), lin.toString());
            run(dir, "fstcompile", "--isymbols=g.isyms", "--osymbols=g.osyms", "s.fst.txt", "s.fst");
            run(dir, "fstcompose", "s.fst", "g.fst", "sg.fst");
            String dist = run(dir, "fstshortestdistance", "--reverse", "sg.fst");
            double got = Double.NaN;
            for (String line : dist.split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 2 && f[0].equals("0")) {
                    got = Double.parseDouble(f[1]);
                }
            }
            double expected = -LN10 * Perplexity.sentenceLogProb(m, text);
            assertEquals(expected, got, 1e-4 * Math.max(1, Math.abs(expected)), String.join(" ", text));
        }
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    @Test
    void writesAttTextWithSymbols(@TempDir Path dir) throws IOException {
        NgramModel m = LmTestSupport.arpa(ArpaTest.fixture("hand.arpa"));
        CompactFst g = GrammarFst.build(m);
        FstText.write(g, dir.resolve("g"));
        CompactFst back = FstText.read(dir.resolve("g"));
        assertEquals(g.numStates(), back.numStates());
        assertEquals(g.numArcs(), back.numArcs());
        assertEquals(ShortestDistance.total(g), ShortestDistance.total(back), 1e-5);
    }
}
