package org.vaak.segmentation.fst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminizeTest {
    @TempDir
    Path dir;

    @Test
    void mergesPathsAndKeepsTheBestWeight() {
        // 0 -a/1-> 1 -b/0-> 3 ; 0 -a/2-> 2 -b/0-> 3 ; 2 -c/0.5-> 3 ; 3 final
        FstBuilder b = new FstBuilder();
        for (int i = 0; i < 4; i++) {
            b.addState();
        }
        b.setStart(0).setFinal(3, 0f);
        b.addArc(0, 1, 1, 1f, 1).addArc(0, 1, 1, 2f, 2).addArc(1, 2, 2, 0f, 3).addArc(2, 2, 2, 0f, 3).addArc(2, 3, 3, 0.5f, 3);
        CompactFst d = Determinize.apply(b.build(null, null));
        assertTrue(d.isInputDeterministic());
        assertEquals(3, d.numStates());
        assertEquals(3, d.numArcs());
        assertEquals(Map.of("[1, 2]|[1, 2]", 1f, "[1, 3]|[1, 3]", 2.5f), PathMap.of(d));
        // the residual weight 1 of the second path moved onto c
        int s1 = d.next(d.arcStart(0));
        assertEquals(1f, d.weight(d.arcStart(0)));
        assertEquals(0f, d.weight(d.findInput(s1, 2)));
        assertEquals(1.5f, d.weight(d.findInput(s1, 3)));
    }

    @Test
    void delaysOutputUntilTheInputDecidesIt() {
        // lexicon: a b </w> -> "ab" (on the first arc), a c </w> -> "ac"
        FstBuilder b = new FstBuilder();
        for (int i = 0; i < 7; i++) {
            b.addState();
        }
        b.setStart(0).setFinal(3, 0f).setFinal(6, 0f);
        b.addArc(0, 1, 11, 0f, 1).addArc(1, 2, 0, 0f, 2).addArc(2, 9, 0, 0f, 3);
        b.addArc(0, 1, 12, 0f, 4).addArc(4, 3, 0, 0f, 5).addArc(5, 9, 0, 0f, 6);
        CompactFst fst = b.build(null, null);
        CompactFst d = Determinize.apply(fst);
        assertTrue(d.isInputDeterministic());
        assertEquals(Map.of("[1, 2, 9]|[11]", 0f, "[1, 3, 9]|[12]", 0f), PathMap.of(d));
        assertEquals(PathMap.of(fst), PathMap.of(d));
        assertEquals(6, d.numStates(), "determinization alone merges no suffixes");
        assertEquals(4, Minimize.apply(d).numStates(), "the two words' tails after b and c merge");
        int s1 = d.next(d.arcStart(0));
        assertEquals(0, d.olabel(d.arcStart(0)), "output is not known after 'a'");
        assertEquals(11, d.olabel(d.findInput(s1, 2)));
        assertEquals(12, d.olabel(d.findInput(s1, 3)));
    }

    @Test
    void pendingOutputAtAFinalStateGoesOnEpsilonArcs() {
        // a -> x (ends after a), a b -> y: after reading 'a' the output is still open
        FstBuilder b = new FstBuilder();
        for (int i = 0; i < 4; i++) {
            b.addState();
        }
        b.setStart(0).setFinal(1, 0.5f).setFinal(3, 0f);
        b.addArc(0, 1, 7, 0f, 1).addArc(0, 1, 8, 1f, 2).addArc(2, 2, 0, 0f, 3);
        CompactFst fst = b.build(null, null);
        CompactFst d = Determinize.apply(fst);
        PathMap.assertEquivalent(PathMap.of(fst), PathMap.of(d), "pending output");
        int s1 = d.next(d.arcStart(0));
        assertEquals(0, d.olabel(d.arcStart(0)));
        int eps = d.findInput(s1, 0);
        assertEquals(7, d.olabel(eps), "x is emitted on an epsilon-input arc");
        assertEquals(8, d.olabel(d.findInput(s1, 2)));
        assertEquals(4, d.numStates());
    }

    @Test
    void rejectsNonFunctionalTransducers() {
        FstBuilder b = new FstBuilder();
        b.addState();
        b.addState();
        b.setStart(0).setFinal(1, 0f);
        b.addArc(0, 1, 5, 0f, 1).addArc(0, 1, 6, 0f, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Determinize.apply(b.build(null, null)));
        assertTrue(e.getMessage().contains("not functional"), e.getMessage());
    }

    @Test
    void emptyFst() {
        assertEquals(-1, Determinize.apply(CompactFst.empty()).start());
    }

    @Test
    void keepsTheWeightedLanguageOfRandomAcceptors() {
        Random r = new Random(1);
        for (int i = 0; i < 200; i++) {
            CompactFst fst = RandomFst.acyclic(r, 2 + r.nextInt(9), 3, 3, 0.1, true);
            CompactFst d = Determinize.apply(fst);
            assertTrue(d.isInputDeterministic());
            PathMap.assertEquivalent(PathMap.of(fst), PathMap.of(d), "acceptor " + i);
            assertEquals(d.numStates(), Determinize.apply(d).numStates(), "determinize is idempotent");
        }
    }

    @Test
    void keepsTheWeightedRelationOfRandomFunctionalTransducers() {
        Random r = new Random(2);
        for (int i = 0; i < 200; i++) {
            CompactFst fst = RandomFst.functional(r, 2 + r.nextInt(9), 3, 5);
            CompactFst d = Determinize.apply(fst);
            assertTrue(d.isInputDeterministic());
            PathMap.assertEquivalent(PathMap.of(fst), PathMap.of(d), "transducer " + i);
        }
    }

    @Test
    void sameAsOpenFst() throws Exception {
        OpenFst.assumeAvailable();
        Random r = new Random(3);
        for (int i = 0; i < 12; i++) {
            boolean acceptor = i % 2 == 0;
            CompactFst fst = acceptor ? RandomFst.acyclic(r, 3 + r.nextInt(8), 3, 3, 0.1, true)
                    : RandomFst.functional(r, 3 + r.nextInt(8), 3, 5);
            OpenFst.compile(fst, dir, "in" + i);
            CompactFst ref = OpenFst.apply(dir, "fstdeterminize", "in" + i + ".fst", "det" + i + ".fst");
            CompactFst ours = Determinize.apply(fst);
            PathMap.assertEquivalent(PathMap.of(ref), PathMap.of(ours), "case " + i);
            if (acceptor) {
                assertEquals(ref.numStates(), ours.numStates(), "states, case " + i);
                assertEquals(ref.numArcs(), ours.numArcs(), "arcs, case " + i);
            }
            if (acceptor && !hasEpsilon(ours)) { // fstequivalent takes epsilon-free deterministic acceptors
                OpenFst.compile(ours, dir, "ours" + i);
                OpenFst.run(dir, "fstequivalent", "det" + i + ".fst", "ours" + i + ".fst");
            }
        }
    }

    static boolean hasEpsilon(CompactFst f) {
        for (int a = 0; a < f.numArcs(); a++) {
            if (f.ilabel(a) == 0) {
                return true;
            }
        }
        return false;
    }
}
