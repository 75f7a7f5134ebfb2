package org.vaak.segmentation.fst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinimizeTest {
    @TempDir
    Path dir;

    /** A trie of weighted words (labels 1..), one final state per word end. */
    static CompactFst trie(List<int[]> words, float[] weights) {
        FstBuilder b = new FstBuilder();
        b.addState();
        b.setStart(0);
        java.util.Map<Long, Integer> child = new java.util.HashMap<>();
        for (int w = 0; w < words.size(); w++) {
            int s = 0;
            int[] word = words.get(w);
            for (int i = 0; i < word.length; i++) {
                long key = ((long) s << 32) | word[i];
                Integer t = child.get(key);
                if (t == null) {
                    t = b.addState();
                    child.put(key, t);
                    b.addArc(s, word[i], word[i], i == 0 ? weights[w] : 0f, t);
                }
                s = t;
            }
            b.setFinal(s, 0f);
        }
        return b.build(null, null);
    }

    @Test
    void sharedSuffixesMerge() {
        // {a c, b c}: trie 5 states -> minimal 3
        CompactFst t = trie(List.of(new int[] {1, 3}, new int[] {2, 3}), new float[] {0, 0});
        assertEquals(5, t.numStates());
        CompactFst m = Minimize.apply(t);
        assertEquals(3, m.numStates());
        assertEquals(3, m.numArcs());
        assertEquals(PathMap.of(t), PathMap.of(m));
    }

    @Test
    void weightsArePushedBeforeMerging() {
        // "ac"/1 and "bc"/0 merge after pushing; with "ad"/0 and "bd"/0 added they cannot
        FstBuilder b = new FstBuilder();
        for (int i = 0; i < 5; i++) {
            b.addState();
        }
        b.setStart(0).setFinal(3, 0f).setFinal(4, 0f);
        b.addArc(0, 1, 1, 0f, 1).addArc(1, 3, 3, 1f, 3).addArc(0, 2, 2, 0f, 2).addArc(2, 3, 3, 0f, 4);
        CompactFst two = b.build(null, null);
        CompactFst m = Minimize.apply(two);
        assertEquals(3, m.numStates());
        PathMap.assertEquivalent(PathMap.of(two), PathMap.of(m), "pushed");
        assertEquals(1f, m.weight(m.findInput(0, 1)), "the weight moved to the first arc");

        FstBuilder c = new FstBuilder();
        for (int i = 0; i < 7; i++) {
            c.addState();
        }
        c.setStart(0).setFinal(3, 0f).setFinal(4, 0f).setFinal(5, 0f).setFinal(6, 0f);
        c.addArc(0, 1, 1, 0f, 1).addArc(1, 3, 3, 1f, 3).addArc(1, 4, 4, 0f, 5);
        c.addArc(0, 2, 2, 0f, 2).addArc(2, 3, 3, 0f, 4).addArc(2, 4, 4, 0f, 6);
        CompactFst four = c.build(null, null);
        CompactFst m4 = Minimize.apply(four);
        assertEquals(4, m4.numStates());
        PathMap.assertEquivalent(PathMap.of(four), PathMap.of(m4), "not mergeable");
    }

    @Test
    void differentFinalWeightsStayApart() {
        CompactFst t = trie(List.of(new int[] {1}, new int[] {2}), new float[] {0, 0});
        FstBuilder b = new FstBuilder();
        for (int i = 0; i < 3; i++) {
            b.addState();
        }
        b.setStart(0).setFinal(1, 0f).setFinal(2, 0f).setFinal(0, 2f);
        b.addArc(0, 1, 1, 0f, 1).addArc(0, 2, 2, 0f, 2).addArc(1, 3, 3, 0f, 0);
        CompactFst m = Minimize.apply(b.build(null, null));
        assertEquals(3, m.numStates(), "state 1 loops back, state 2 does not");
        assertEquals(2, Minimize.apply(t).numStates());
    }

    @Test
    void rejectsNonDeterministicInput() {
        FstBuilder b = new FstBuilder();
        b.addState();
        b.addState();
        b.setStart(0).setFinal(1, 0f);
        b.addArc(0, 1, 1, 0f, 1).addArc(0, 1, 1, 1f, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Minimize.apply(b.build(null, null)));
        assertTrue(e.getMessage().contains("determinize first"), e.getMessage());
    }

    @Test
    void keepsTheLanguageAndIsIdempotentOnRandomInput() {
        Random r = new Random(4);
        for (int i = 0; i < 200; i++) {
            CompactFst fst = i % 2 == 0 ? RandomFst.acyclic(r, 2 + r.nextInt(12), 3, 2, 0.1, true)
                    : RandomFst.functional(r, 2 + r.nextInt(12), 3, 4);
            CompactFst d = Determinize.apply(fst);
            CompactFst m = Minimize.apply(d);
            PathMap.assertEquivalent(PathMap.of(fst), PathMap.of(m), "case " + i);
            assertTrue(m.numStates() <= Connect.apply(d).numStates());
            CompactFst mm = Minimize.apply(m);
            assertEquals(m.numStates(), mm.numStates(), "idempotent, case " + i);
            assertEquals(m.numArcs(), mm.numArcs(), "idempotent, case " + i);
        }
    }

    @Test
    void totalWeightOfAStartStateOnACycleGoesOnANewStartState() {
        // 0 final/1 with a loop a/0.5: weight of a^k is 1 + 0.5k; the pushed total 1 may not go on the loop
        FstBuilder b = new FstBuilder();
        b.addState();
        b.setStart(0).setFinal(0, 1f);
        b.addArc(0, 1, 1, 0.5f, 0);
        CompactFst fst = b.build(null, null);
        CompactFst pushed = Push.towardInitial(fst);
        assertEquals(2, pushed.numStates());
        int eps = pushed.findInput(pushed.start(), 0);
        assertEquals(1f, pushed.weight(eps));
        assertSameWeights(fst, pushed, 1, 5);
        assertSameWeights(fst, Minimize.apply(fst), 1, 5);
    }

    @Test
    void cyclicAutomata() {
        // (a b)* with an extra copy of the loop: 4 states -> 2
        FstBuilder b = new FstBuilder();
        for (int i = 0; i < 4; i++) {
            b.addState();
        }
        b.setStart(0).setFinal(0, 0f).setFinal(2, 0f);
        b.addArc(0, 1, 1, 0f, 1).addArc(1, 2, 2, 0f, 2).addArc(2, 1, 1, 0f, 3).addArc(3, 2, 2, 0f, 0);
        CompactFst m = Minimize.apply(b.build(null, null));
        assertEquals(2, m.numStates());
        assertEquals(2, m.numArcs());
    }

    @Test
    void sameStateCountsAsOpenFst() throws Exception {
        OpenFst.assumeAvailable();
        Random r = new Random(5);
        for (int i = 0; i < 12; i++) {
            boolean acceptor = i % 2 == 0;
            CompactFst fst = acceptor ? RandomFst.acyclic(r, 4 + r.nextInt(10), 3, 2, 0.1, true)
                    : RandomFst.functional(r, 4 + r.nextInt(10), 3, 4);
            CompactFst d = Determinize.apply(fst);
            OpenFst.compile(d, dir, "d" + i);
            CompactFst ref = OpenFst.apply(dir, "fstminimize", "d" + i + ".fst", "m" + i + ".fst");
            CompactFst ours = Minimize.apply(d);
            PathMap.assertEquivalent(PathMap.of(ref), PathMap.of(ours), "case " + i);
            assertEquals(ref.numStates(), ours.numStates(), "states, case " + i);
            assertEquals(ref.numArcs(), ours.numArcs(), "arcs, case " + i);
            if (acceptor && !DeterminizeTest.hasEpsilon(ours)) {
                OpenFst.compile(ours, dir, "ours" + i);
                OpenFst.run(dir, "fstequivalent", "m" + i + ".fst", "ours" + i + ".fst");
            }
        }
    }

    @Test
    void cyclicDeterministicAcceptorsLikeOpenFst() throws Exception {
        OpenFst.assumeAvailable();
        Random r = new Random(15);
        for (int i = 0; i < 15; i++) {
            CompactFst fst = RandomFst.cyclicDeterministic(r, 4 + r.nextInt(12), 3);
            OpenFst.compile(fst, dir, "c" + i);
            CompactFst ref = OpenFst.apply(dir, "fstminimize", "c" + i + ".fst", "cm" + i + ".fst");
            CompactFst ours = Minimize.apply(fst);
            assertEquals(ref.numStates(), ours.numStates(), "states, case " + i);
            assertEquals(ref.numArcs(), ours.numArcs(), "arcs, case " + i);
            // like OpenFst, the total weight sits on an epsilon arc from a new start state when the start
            // state lies on a cycle; the result is isomorphic to fstminimize's
            OpenFst.compile(ours, dir, "ours-c" + i);
            OpenFst.run(dir, "fstisomorphic", "cm" + i + ".fst", "ours-c" + i + ".fst");
            assertSameWeights(fst, ours, 3, 6);
        }
    }

    /** Both deterministic acceptors give every string up to {@code maxLen} over 1..labels the same weight. */
    static void assertSameWeights(CompactFst a, CompactFst b, int labels, int maxLen) {
        int[] word = new int[maxLen];
        for (int len = 0; len <= maxLen; len++) {
            long count = (long) Math.pow(labels, len);
            for (long code = 0; code < count; code++) {
                long c = code;
                for (int i = 0; i < len; i++) {
                    word[i] = 1 + (int) (c % labels);
                    c /= labels;
                }
                float wa = weightOf(a, word, len);
                float wb = weightOf(b, word, len);
                assertEquals(wa, wb, 1e-4f, "weight of " + java.util.Arrays.toString(java.util.Arrays.copyOf(word, len)));
            }
        }
    }

    /** The weight of {@code word} in a deterministic acceptor (epsilon arcs followed first). */
    static float weightOf(CompactFst f, int[] word, int len) {
        float w = 0f;
        int s = f.start();
        if (s < 0) {
            return Float.POSITIVE_INFINITY;
        }
        for (int i = 0; i <= len; i++) {
            int eps;
            while ((eps = f.findInput(s, 0)) >= 0) {
                w += f.weight(eps);
                s = f.next(eps);
            }
            if (i == len) {
                break;
            }
            int a = f.findInput(s, word[i]);
            if (a < 0) {
                return Float.POSITIVE_INFINITY;
            }
            w += f.weight(a);
            s = f.next(a);
        }
        return w + f.finalWeight(s);
    }
}
