package org.vaak.asr.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.Compose;
import org.vaak.segmentation.fst.Determinize;
import org.vaak.segmentation.fst.FstBuilder;
import org.vaak.segmentation.fst.Minimize;
import org.vaak.segmentation.fst.ShortestPath;

class LexiconComposeTest {
    static void assertSameAsCompose(CompactFst l, CompactFst g) {
        CompactFst ours = LexiconCompose.apply(l, g);
        CompactFst generic = Compose.apply(l, g);
        assertEquals(generic.numStates(), ours.numStates());
        assertEquals(generic.numArcs(), ours.numArcs());
        CompactFst a = Minimize.apply(Determinize.apply(ours));
        CompactFst b = Minimize.apply(Determinize.apply(generic));
        assertEquals(b.numStates(), a.numStates());
        assertEquals(b.numArcs(), a.numArcs());
        assertEquals(ShortestPath.best(b).map(ShortestPath.Path::weight).orElse(-1f),
                ShortestPath.best(a).map(ShortestPath.Path::weight).orElse(-1f), 1e-5f);
    }

    @Test
    void sameAsGenericCompositionOnTheTinyLexicon() {
        LexiconFst.Result r = LexiconFst.build(TinyGraphs.lexicon(), TinyGraphs.PHONES, TinyGraphs.WORDS);
        assertTrue(LexiconCompose.hubShaped(r.fst()));
        assertSameAsCompose(r.fst(), TinyGraphs.bigram());
    }

    @Test
    void sameAsGenericCompositionOnRandomGrammarsWithEpsilons() {
        LexiconFst.Result r = LexiconFst.build(TinyGraphs.lexicon(), TinyGraphs.PHONES, TinyGraphs.WORDS);
        Random rnd = new Random(11);
        int nonEmpty = 0;
        for (int t = 0; t < 50; t++) {
            int n = 1 + rnd.nextInt(6);
            FstBuilder b = new FstBuilder();
            for (int s = 0; s < n; s++) {
                b.addState();
                if (rnd.nextInt(3) == 0) {
                    b.setFinal(s, rnd.nextInt(4) * 0.25f);
                }
            }
            b.setStart(0);
            b.setFinal(n - 1, 0.5f);
            for (int s = 0; s < n; s++) {
                for (int k = 0; k < 3; k++) {
                    int label = rnd.nextInt(TinyGraphs.WORDS.length); // 0 = epsilon, 1 = #0
                    if (s == n - 1) {
                        break;
                    }
                    int to = s + 1 + rnd.nextInt(n - 1 - s); // acyclic, so that determinization terminates
                    b.addArc(s, label, label, rnd.nextInt(8) * 0.125f, to);
                }
            }
            CompactFst g = b.build(TinyGraphs.WORDS.clone(), TinyGraphs.WORDS.clone());
            assertSameAsCompose(r.fst(), g);
            nonEmpty += Compose.apply(r.fst(), g).numStates() > 0 ? 1 : 0;
        }
        assertTrue(nonEmpty > 20, nonEmpty + " of 50 compositions had a path");
    }

    @Test
    void otherShapesFallBackToCompose() {
        FstBuilder b = new FstBuilder();
        b.addState();
        b.addState();
        b.setStart(0);
        b.setFinal(0, 0f);
        b.addArc(0, 2, 0, 0f, 1);
        b.addArc(1, 3, 4, 0f, 0); // output on the second arc
        CompactFst l = b.build(null, null);
        assertFalse(LexiconCompose.hubShaped(l));
        assertEquals(Compose.apply(l, l).numArcs(), LexiconCompose.apply(l, l).numArcs());
    }
}
