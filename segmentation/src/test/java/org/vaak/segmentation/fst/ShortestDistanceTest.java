package org.vaak.segmentation.fst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.steveash.jopenfst.semiring.LogSemiring;
import com.github.steveash.jopenfst.semiring.TropicalSemiring;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShortestDistanceTest {
    /** -log of the sum over all successful paths of exp(-weight), by enumeration (acyclic FSTs). */
    static double logSum(CompactFst f, int s, double w, int depth) {
        double total = f.isFinal(s) ? Math.exp(-(w + f.finalWeight(s))) : 0;
        for (int a = f.arcStart(s); a < f.arcEnd(s); a++) {
            total += Math.exp(-logSum(f, f.next(a), w + f.weight(a), depth + 1));
        }
        return -Math.log(total);
    }

    @Test
    void logSemiringSumsAllPaths() {
        Random r = new Random(14);
        for (int i = 0; i < 100; i++) {
            CompactFst fst = RandomFst.acyclic(r, 2 + r.nextInt(8), 3, 3, 0.2, false);
            double expected = logSum(fst, fst.start(), 0, 0);
            double got = ShortestDistance.total(fst, new LogSemiring());
            assertEquals(expected, got, 1e-4, "case " + i);
            double[] forward = ShortestDistance.fromStart(fst, new LogSemiring());
            double viaFinals = Double.POSITIVE_INFINITY;
            LogSemiring log = new LogSemiring();
            for (int s = 0; s < fst.numStates(); s++) {
                viaFinals = log.plus(viaFinals, log.times(forward[s], fst.finalWeight(s)));
            }
            assertEquals(expected, viaFinals, 1e-4, "forward, case " + i);
            assertEquals(ShortestDistance.total(fst), ShortestDistance.total(fst, TropicalSemiring.INSTANCE), 1e-5);
        }
    }

    @Test
    void logSemiringOnACycleIsAGeometricSeries() {
        // one final state with a self-loop of weight w: sum_k exp(-k w) = 1 / (1 - exp(-w))
        FstBuilder b = new FstBuilder();
        b.addState();
        b.setStart(0).setFinal(0, 0f);
        b.addArc(0, 1, 1, 2f, 0);
        CompactFst fst = b.build(null, null);
        double expected = Math.log(1 - Math.exp(-2));
        assertEquals(expected, ShortestDistance.total(fst, new LogSemiring()), 2e-3);
        assertEquals(expected, ShortestDistance.fromStart(fst, new LogSemiring())[0], 2e-3);
        assertEquals(0.0, ShortestDistance.total(fst, TropicalSemiring.INSTANCE), 1e-9);
    }
}
