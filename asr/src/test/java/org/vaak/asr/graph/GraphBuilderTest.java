package org.vaak.asr.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaak.asr.graph.TinyGraphs.A;
import static org.vaak.asr.graph.TinyGraphs.B;
import static org.vaak.asr.graph.TinyGraphs.BLK;
import static org.vaak.asr.graph.TinyGraphs.C;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vaak.segmentation.fst.CompactFst;

class GraphBuilderTest {
    static final GraphOptions STANDARD = GraphOptions.DEFAULT.withTopology(CtcTopology.Variant.STANDARD);

    static List<GraphOptions> exactOptions() {
        GraphOptions d = STANDARD;
        GraphOptions sc = d.withTopology(CtcTopology.Variant.STANDARD_SHORTCUT);
        return List.of(d, d.withMinimizeTlg(true), d.withMinimizeLg(false), d.withMinimizeLg(false).withMinimizeTlg(true),
                sc, sc.withMinimizeLg(false), sc.withMinimizeTlg(true));
    }

    static CompactFst tlg(GraphOptions o) {
        return GraphBuilder.build(TinyGraphs.bigram(), null, TinyGraphs.lexicon(), TinyGraphs.PHONES, o).graph();
    }

    @ParameterizedTest
    @MethodSource("exactOptions")
    void bestPathsEqualHandComputedCosts(GraphOptions o) {
        CompactFst g = tlg(o);
        // a a b <blk> -> phones a b: "ab" from the start state: 1.0 + final 0.4
        check(g, "ab", 1.4f, A, A, B, BLK);
        // a <blk> a -> a a: "a" (2.0) #0 (0.2) "a" (1.6) final 0.8 = 4.6 (beats 0.5 + 1.6 + 0.2 + 1.6 + 0.8)
        check(g, "a a", 4.6f, A, BLK, A);
        // a a -> a: 2.0 + 0.8
        check(g, "a", 2.8f, A, A);
        // b a b -> "b ab": 0.5 + 1.2 + 0.1 + 2.0 + 0.4 = 4.2
        check(g, "b ab", 4.2f, B, A, B);
        check(g, "b ab", 4.2f, BLK, B, BLK, BLK, A, B, B, BLK);
        // no word is pronounced c
        assertNull(TinyGraphs.best(g, C));
        // a phone sequence that no word sequence has: nothing
        assertNull(TinyGraphs.best(g, A, B, C));
    }

    private static void check(CompactFst g, String units, float cost, int... tokens) {
        Map.Entry<String, Float> best = TinyGraphs.best(g, tokens);
        assertEquals(units, best.getKey());
        assertEquals(cost, best.getValue(), 1e-4f);
    }

    @Test
    void allOutputsOfATokenSequence() {
        CompactFst g = tlg(GraphOptions.DEFAULT);
        // a b: ab (1.4), x (0.5 + 3.0 + 0.6), a b (2.0 + 0.2 + 1.2 + 0.6)
        Map<String, Float> all = TinyGraphs.all(g, A, B);
        assertEquals(List.of("a b", "ab", "x"), new ArrayList<>(all.keySet()));
        assertEquals(4.0f, all.get("a b"), 1e-4f);
        assertEquals(1.4f, all.get("ab"), 1e-4f);
        assertEquals(4.1f, all.get("x"), 1e-4f);
    }

    @Test
    void compactTopologyAlsoReadsARepeatAsTwoPhones() {
        CompactFst standard = tlg(STANDARD);
        CompactFst compact = tlg(GraphOptions.DEFAULT.withTopology(CtcTopology.Variant.COMPACT));
        assertEquals(Map.of("a", 2.8f), TinyGraphs.all(standard, A, A));
        Map<String, Float> c = TinyGraphs.all(compact, A, A);
        assertEquals(2, c.size());
        assertEquals(2.8f, c.get("a"), 1e-4f);
        assertEquals(4.6f, c.get("a a"), 1e-4f);
        // with a blank between, both agree
        assertEquals(TinyGraphs.all(standard, A, BLK, A).keySet(), TinyGraphs.all(compact, A, BLK, A).keySet());
    }

    @Test
    void shortcutIsSmallerAndHasTheSameOutputsAsTheStandardTopology() {
        CompactFst standard = tlg(STANDARD);
        CompactFst shortcut = tlg(GraphOptions.DEFAULT);
        assertEquals(CtcTopology.Variant.STANDARD_SHORTCUT, GraphOptions.DEFAULT.topology());
        assertEquals(standard.numStates(), shortcut.numStates());
        // here every chain state with one phone arc also has a disambiguation arc or ends at the hub: no saving
        assertEquals(standard.numArcs(), shortcut.numArcs());
        java.util.Random rnd = new java.util.Random(5);
        for (int trial = 0; trial < 300; trial++) {
            int[] tokens = new int[rnd.nextInt(8)];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = rnd.nextInt(4);
            }
            Map<String, Float> a = TinyGraphs.all(standard, tokens);
            Map<String, Float> b = TinyGraphs.all(shortcut, tokens);
            assertEquals(a.keySet(), b.keySet(), java.util.Arrays.toString(tokens));
            for (String k : a.keySet()) {
                assertEquals(a.get(k), b.get(k), 1e-5f);
            }
        }
        assertEquals(Map.of("a", 2.8f), TinyGraphs.all(shortcut, A, A));
    }

    @Test
    void graphConventions() {
        CompactFst g = tlg(GraphOptions.DEFAULT);
        assertArrayEquals(new String[] {"<eps>", "<blk>", "a", "b", "c"}, g.inputSymbols());
        for (int a = 0; a < g.numArcs(); a++) {
            assertTrue(g.ilabel(a) <= 4, "input label " + g.ilabel(a));
            String out = g.outputSymbols()[g.olabel(a)];
            assertTrue(g.olabel(a) == 0 || !out.startsWith("#"), "output " + out);
            assertTrue(g.weight(a) >= -1e-6f);
        }
    }

    /**
     * Seeded property: for random token sequences, the graph's best output and cost equal those of the pieces
     * composed by hand: the CTC collapse, every segmentation of the phones into lexicon words, G's cost of the
     * word sequence.
     */
    @ParameterizedTest
    @MethodSource("exactOptions")
    void agreesWithThePiecesOnRandomTokenSequences(GraphOptions o) {
        CompactFst g = tlg(o);
        CompactFst grammar = TinyGraphs.bigram();
        Map<String, List<Integer>> prons = new HashMap<>();
        for (Lexicon.Entry e : TinyGraphs.lexicon().entries()) {
            prons.put(e.unit(), e.phones().stream().map(TinyGraphs.PHONES::indexOf).toList());
        }
        Random rnd = new Random(7);
        int checked = 0;
        for (int trial = 0; trial < 300; trial++) {
            int[] tokens = new int[1 + rnd.nextInt(7)];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = rnd.nextInt(3); // blank, a, b
            }
            List<Integer> phones = TinyGraphs.collapse(tokens);
            Map<String, Float> expected = new HashMap<>();
            segmentations(phones, 0, new ArrayList<>(), prons, grammar, expected);
            Map<String, Float> got = TinyGraphs.all(g, tokens);
            assertEquals(expected.keySet(), got.keySet(), "outputs of " + java.util.Arrays.toString(tokens));
            for (String k : expected.keySet()) {
                assertEquals(expected.get(k), got.get(k), 1e-4f, k);
            }
            checked += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(checked > 100, "only " + checked + " sequences had an output");
    }

    private static void segmentations(List<Integer> phones, int from, List<String> words, Map<String, List<Integer>> prons,
            CompactFst g, Map<String, Float> out) {
        if (from == phones.size()) {
            float c = TinyGraphs.grammarCost(g, words); // no words at all: G's cost of the empty sentence
            if (c != Float.POSITIVE_INFINITY) {
                out.merge(String.join(" ", words), c, Math::min);
            }
            return;
        }
        for (Map.Entry<String, List<Integer>> e : prons.entrySet()) {
            List<Integer> p = e.getValue();
            if (from + p.size() <= phones.size() && phones.subList(from, from + p.size()).equals(p)) {
                words.add(e.getKey());
                segmentations(phones, from + p.size(), words, prons, g, out);
                words.remove(words.size() - 1);
            }
        }
    }
}
