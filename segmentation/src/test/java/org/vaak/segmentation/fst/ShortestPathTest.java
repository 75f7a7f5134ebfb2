package org.vaak.segmentation.fst;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortestPathTest {
    @TempDir
    Path dir;

    @Test
    void picksTheLightestPath() {
        FstBuilder b = new FstBuilder();
        for (int i = 0; i < 4; i++) {
            b.addState();
        }
        b.setStart(0).setFinal(3, 0.5f).setFinal(1, 5f);
        b.addArc(0, 1, 11, 1f, 1).addArc(1, 2, 12, 1f, 3).addArc(0, 3, 13, 3f, 2).addArc(2, 4, 14, -1.5f, 3);
        CompactFst fst = b.build(null, null);
        ShortestPath.Path p = ShortestPath.best(fst).orElseThrow();
        assertArrayEquals(new int[] {3, 4}, p.ilabels());
        assertArrayEquals(new int[] {13, 14}, p.olabels());
        assertEquals(2f, p.weight());
        CompactFst path = ShortestPath.apply(fst);
        assertEquals(3, path.numStates());
        assertEquals(Map.of("[3, 4]|[13, 14]", 2f), PathMap.of(path));
        assertEquals(2f, ShortestDistance.total(fst));
    }

    @Test
    void emptyLanguageHasNoPath() {
        FstBuilder b = new FstBuilder();
        b.addState();
        b.setStart(0);
        b.addArc(0, 1, 1, 0f, 0);
        assertTrue(ShortestPath.best(b.build(null, null)).isEmpty());
        assertEquals(0, ShortestPath.apply(CompactFst.empty()).numStates());
    }

    @Test
    void matchesEnumerationOnRandomAcyclicFsts() {
        Random r = new Random(9);
        for (int i = 0; i < 200; i++) {
            CompactFst fst = RandomFst.acyclic(r, 2 + r.nextInt(10), 3, 3, 0.2, false);
            Map<String, Float> all = PathMap.of(fst);
            float best = all.isEmpty() ? Float.POSITIVE_INFINITY : Collections.min(all.values());
            assertEquals(best, ShortestDistance.total(fst), 1e-4f);
            var p = ShortestPath.best(fst);
            assertEquals(!all.isEmpty(), p.isPresent());
            if (p.isPresent()) {
                assertEquals(best, p.get().weight(), 1e-4f);
                assertEquals(best, ShortestDistance.total(ShortestPath.apply(fst)), 1e-4f);
            }
        }
    }

    @Test
    void cyclicFstsAgreeWithDistancesBothWays() {
        Random r = new Random(10);
        for (int i = 0; i < 200; i++) {
            CompactFst fst = RandomFst.cyclic(r, 2 + r.nextInt(10), 3, 3);
            float[] fromStart = ShortestDistance.fromStart(fst);
            float viaFinals = Float.POSITIVE_INFINITY;
            for (int s = 0; s < fst.numStates(); s++) {
                viaFinals = Math.min(viaFinals, fromStart[s] + fst.finalWeight(s));
            }
            assertEquals(viaFinals, ShortestDistance.total(fst), 1e-4f, "case " + i);
            var p = ShortestPath.best(fst);
            assertEquals(viaFinals, p.map(ShortestPath.Path::weight).orElse(Float.POSITIVE_INFINITY), 1e-4f, "case " + i);
        }
    }

    @Test
    void sameAsOpenFst() throws Exception {
        OpenFst.assumeAvailable();
        Random r = new Random(11);
        for (int i = 0; i < 15; i++) {
            CompactFst fst = i % 2 == 0 ? RandomFst.cyclic(r, 3 + r.nextInt(10), 3, 3)
                    : RandomFst.acyclic(r, 3 + r.nextInt(10), 3, 3, 0.2, false);
            OpenFst.compile(fst, dir, "in" + i);
            CompactFst ref = OpenFst.apply(dir, "fstshortestpath", "in" + i + ".fst", "sp" + i + ".fst");
            CompactFst ours = ShortestPath.apply(fst);
            assertEquals(ref.numStates(), ours.numStates(), "path length, case " + i);
            assertEquals(ShortestDistance.total(ref), ShortestDistance.total(ours), 1e-4f, "case " + i);
        }
    }
}
