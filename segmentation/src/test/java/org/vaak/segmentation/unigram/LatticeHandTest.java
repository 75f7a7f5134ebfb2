package org.vaak.segmentation.unigram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word "abc" with units a, b, c, ab, bc: segmentations, posteriors and best path worked out by hand. */
class LatticeHandTest {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final List<int[]> UNITS = List.of(new int[] {A}, new int[] {B}, new int[] {C},
            new int[] {A, B}, new int[] {B, C});
    private static final double[] P = {0.2, 0.1, 0.3, 0.25, 0.15};
    private static final int[] WORD = {A, B, C};

    // Paths: a|b|c = .2*.1*.3 = .006, ab|c = .25*.3 = .075, a|bc = .2*.15 = .03; Z = .111
    private static final double Z = 0.111;
    private static final double[] POSTERIOR = {(0.006 + 0.03) / Z, 0.006 / Z, (0.006 + 0.075) / Z, 0.075 / Z,
        0.03 / Z};

    private static double[] logP() {
        double[] lp = new double[P.length];
        for (int i = 0; i < P.length; i++) {
            lp[i] = Math.log(P[i]);
        }
        return lp;
    }

    @Test
    void arrayLatticeGivesHandPosteriors() {
        WordLattices l = WordLattices.build(new int[][] {WORD}, new UnitTrie(UNITS));
        assertEquals(5, l.arcCount(), "arcs a, ab, b, bc, c and nothing else");
        double[] post = new double[l.arcCount()];
        double logZ = LatticeMath.expect(l, 0, logP(), 3.0, post, new double[4], new double[4]);
        assertEquals(Math.log(Z), logZ, 1e-12);
        double[] perUnit = new double[UNITS.size()];
        for (int a = 0; a < post.length; a++) {
            perUnit[l.unit[a]] += post[a];
        }
        for (int u = 0; u < perUnit.length; u++) {
            assertEquals(3.0 * POSTERIOR[u], perUnit[u], 1e-12, "unit " + u);
        }
    }

    @Test
    void arrayLatticeBestPathIsAbThenC() {
        WordLattices l = WordLattices.build(new int[][] {WORD}, new UnitTrie(UNITS));
        double[] best = new double[4];
        int[] back = new int[4];
        assertEquals(Math.log(0.075), LatticeMath.viterbi(l, 0, logP(), -1, best, back), 1e-12);
        int[] path = LatticeMath.path(l, 0, back);
        assertArrayEquals(new int[] {3, 2}, new int[] {l.unit[path[0]], l.unit[path[1]]});
        // Without ab the best is a|bc (.03 > .006).
        assertEquals(Math.log(0.03), LatticeMath.viterbi(l, 0, logP(), 3, best, back), 1e-12);
    }

    @Test
    void fstCompositionGivesHandPosteriors() {
        FstLattice fst = new FstLattice(UNITS, logP(), 3);
        FstLattice.Expectation e = fst.expect(WORD);
        assertEquals(Math.log(Z), e.logLikelihood(), 1e-12);
        assertEquals(5, e.counts().size());
        for (int u = 0; u < UNITS.size(); u++) {
            assertEquals(POSTERIOR[u], e.counts().get(u), 1e-12, "unit " + u);
        }
        FstLattice.Best b = fst.best(WORD);
        assertArrayEquals(new int[] {3, 2}, b.units());
        assertEquals(Math.log(0.075), b.logProb(), 1e-12);
        // (position, closure state): (0,start) (1,final) (1,inside ab) (2,final) (2,inside bc) (3,final)
        assertEquals(6, fst.logLattice(WORD).getStateCount());
    }

    @Test
    void viterbiCountsGoToBestPathOnly() {
        WordLattices l = WordLattices.build(new int[][] {WORD}, new UnitTrie(UNITS));
        try (Workers w = new Workers(1)) {
            EStep.Result ml = EStep.run(l, new long[] {2}, logP(), false, w);
            EStep.Result vit = EStep.run(l, new long[] {2}, logP(), true, w);
            assertArrayEquals(new double[] {0, 0, 2, 2, 0}, vit.counts(), 0);
            assertEquals(2 * Math.log(0.075), vit.logLikelihood(), 1e-12);
            for (int u = 0; u < 5; u++) {
                assertEquals(2 * POSTERIOR[u], ml.counts()[u], 1e-12);
            }
            assertEquals(2 * Math.log(Z), ml.logLikelihood(), 1e-12);
        }
    }
}
