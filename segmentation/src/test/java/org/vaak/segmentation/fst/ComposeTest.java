package org.vaak.segmentation.fst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeTest {
    @TempDir
    Path dir;

    static CompactFst single(int in, int out, float w) {
        FstBuilder b = new FstBuilder();
        b.addState();
        b.addState();
        b.setStart(0).setFinal(1, 0.25f);
        b.addArc(0, in, out, w, 1);
        return b.build(null, null);
    }

    @Test
    void matchesLabelsAndAddsWeights() {
        CompactFst c = Compose.apply(single(1, 2, 1f), single(2, 3, 0.5f));
        assertEquals(Map.of("[1]|[3]", 2f), PathMap.of(c));
        assertEquals(2, c.numStates());
        assertEquals(-1, Compose.apply(single(1, 2, 1f), single(3, 3, 0f)).start(), "no match: empty result");
    }

    @Test
    void epsilonsAreCountedOnce() {
        // A = a:eps eps:x ; B = eps:y x:z : A o B has exactly one path a:yz (or a:z y ordering) per epsilon pairing
        FstBuilder a = new FstBuilder();
        for (int i = 0; i < 3; i++) {
            a.addState();
        }
        a.setStart(0).setFinal(2, 0f);
        a.addArc(0, 1, 0, 1f, 1).addArc(1, 0, 5, 0f, 2);
        FstBuilder b = new FstBuilder();
        for (int i = 0; i < 3; i++) {
            b.addState();
        }
        b.setStart(0).setFinal(2, 0f);
        b.addArc(0, 0, 6, 2f, 1).addArc(1, 5, 7, 0f, 2);
        CompactFst c = Compose.apply(a.build(null, null), b.build(null, null));
        assertEquals(Map.of("[1]|[6, 7]", 3f), PathMap.of(c));
        // the sequence filter lets A's output-epsilon move first, then B's input epsilon: 2 paths would be redundant
        assertEquals(1, countPaths(c));
    }

    static int countPaths(CompactFst f) {
        int[] n = new int[f.numStates()];
        int[] order = TopSort.order(f);
        int total = 0;
        n[f.start()] = 1;
        for (int s : order) {
            if (f.isFinal(s)) {
                total += n[s];
            }
            for (int a = f.arcStart(s); a < f.arcEnd(s); a++) {
                n[f.next(a)] += n[s];
            }
        }
        return total;
    }

    @Test
    void refusesMismatchedSymbolTables() {
        CompactFst a = single(1, 1, 0f).withSymbols(new String[] {"<eps>", "a"}, new String[] {"<eps>", "a"});
        CompactFst b = single(1, 1, 0f).withSymbols(new String[] {"<eps>", "b"}, new String[] {"<eps>", "b"});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Compose.apply(a, b));
        assertTrue(e.getMessage().contains("label 1 is 'a'"), e.getMessage());
    }

    /** The composition of two enumerated relations: min over middle strings of the weight sums. */
    static Map<String, Float> composeMaps(Map<String, Float> x, Map<String, Float> y) {
        Map<String, Float> out = new TreeMap<>();
        for (var e : x.entrySet()) {
            String[] io = e.getKey().split("\\|");
            for (var f : y.entrySet()) {
                String[] jo = f.getKey().split("\\|");
                if (io[1].equals(jo[0])) {
                    out.merge(io[0] + "|" + jo[1], e.getValue() + f.getValue(), Math::min);
                }
            }
        }
        return out;
    }

    @Test
    void agreesWithRelationalCompositionOnRandomTransducers() {
        Random r = new Random(6);
        for (int i = 0; i < 200; i++) {
            CompactFst a = RandomFst.acyclic(r, 2 + r.nextInt(6), 3, 2, 0.3, false);
            CompactFst b = RandomFst.acyclic(r, 2 + r.nextInt(6), 3, 2, 0.3, false);
            PathMap.assertEquivalent(composeMaps(PathMap.of(a), PathMap.of(b)), PathMap.of(Compose.apply(a, b)), "case " + i);
        }
    }

    @Test
    void isAssociative() {
        Random r = new Random(7);
        for (int i = 0; i < 150; i++) {
            CompactFst a = RandomFst.acyclic(r, 2 + r.nextInt(6), 3, 2, 0.3, false);
            CompactFst b = RandomFst.acyclic(r, 2 + r.nextInt(6), 3, 2, 0.3, false);
            CompactFst c = RandomFst.acyclic(r, 2 + r.nextInt(6), 3, 2, 0.3, false);
            PathMap.assertEquivalent(PathMap.of(Compose.apply(Compose.apply(a, b), c)),
                    PathMap.of(Compose.apply(a, Compose.apply(b, c))), "case " + i);
        }
    }

    @Test
    void sameAsOpenFst() throws Exception {
        OpenFst.assumeAvailable();
        Random r = new Random(8);
        for (int i = 0; i < 20; i++) {
            CompactFst a = i % 4 == 3 ? RandomFst.cyclic(r, 4, 3, 2) : RandomFst.acyclic(r, 3 + r.nextInt(6), 3, 2, 0.3, false);
            CompactFst b = RandomFst.acyclic(r, 3 + r.nextInt(6), 3, 2, 0.3, false);
            OpenFst.compile(a, dir, "a" + i);
            OpenFst.compile(b, dir, "b" + i);
            OpenFst.run(dir, "fstarcsort", "--sort_type=olabel", "a" + i + ".fst", "as" + i + ".fst");
            OpenFst.run(dir, "fstcompose", "as" + i + ".fst", "b" + i + ".fst", "c" + i + ".fst");
            CompactFst ref = OpenFst.load(dir, "c" + i + ".fst");
            CompactFst ours = Compose.apply(a, b);
            assertEquals(ref.numStates(), ours.numStates(), "states, case " + i);
            assertEquals(ref.numArcs(), ours.numArcs(), "arcs, case " + i);
            if (i % 4 != 3) {
                PathMap.assertEquivalent(PathMap.of(ref), PathMap.of(ours), "case " + i);
            } else {
                assertEquals(ShortestDistance.total(ref), ShortestDistance.total(ours), 1e-4f, "best weight, case " + i);
            }
        }
    }
}
