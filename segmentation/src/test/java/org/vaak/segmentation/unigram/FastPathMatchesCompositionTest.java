package org.vaak.segmentation.unigram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The array lattices must compute what the WFST expression defines: on seeded random dictionaries and
 * words, expected counts, log-likelihoods and best paths of {@link LatticeMath} equal those of
 * {@code acceptor(word) ∘ closure(dictionary)} computed with jopenfst, within 1e-9 relative.
 */
class FastPathMatchesCompositionTest {
    private static final double TOL = 1e-9;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void sameCountsLikelihoodAndBestPath(long seed) {
        Random rnd = new Random(seed);
        int alphabet = 2 + rnd.nextInt(5);
        List<int[]> units = new ArrayList<>();
        Set<List<Integer>> seen = new HashSet<>();
        for (int a = 0; a < alphabet; a++) {
            units.add(new int[] {a});
            seen.add(List.of(a));
        }
        int extra = 3 + rnd.nextInt(25);
        for (int k = 0; k < extra; k++) {
            int len = 2 + rnd.nextInt(4);
            int[] u = new int[len];
            List<Integer> key = new ArrayList<>();
            for (int i = 0; i < len; i++) {
                u[i] = rnd.nextInt(alphabet);
                key.add(u[i]);
            }
            if (seen.add(key)) {
                units.add(u);
            }
        }
        double[] logProb = new double[units.size()];
        for (int u = 0; u < logProb.length; u++) {
            logProb[u] = -0.1 - 6 * rnd.nextDouble();
        }
        int[][] words = new int[20][];
        for (int w = 0; w < words.length; w++) {
            words[w] = new int[1 + rnd.nextInt(12)];
            for (int i = 0; i < words[w].length; i++) {
                words[w][i] = rnd.nextInt(alphabet);
            }
        }
        WordLattices lat = WordLattices.build(words, new UnitTrie(units));
        FstLattice fst = new FstLattice(units, logProb, alphabet);
        int maxLen = lat.maxLength();
        double[] post = new double[lat.arcCount()];
        int ties = 0;
        for (int w = 0; w < words.length; w++) {
            double logZ = LatticeMath.expect(lat, w, logProb, 1.0, post, new double[maxLen + 1], new double[maxLen + 1]);
            double[] fast = new double[units.size()];
            for (int a = lat.wordArcs[w]; a < lat.wordArcs[w + 1]; a++) {
                fast[lat.unit[a]] += post[a];
            }
            FstLattice.Expectation e = fst.expect(words[w]);
            assertClose(e.logLikelihood(), logZ, "log-likelihood, word " + w);
            for (int u = 0; u < units.size(); u++) {
                assertClose(e.counts().getOrDefault(u, 0.0), fast[u], "count of unit " + u + ", word " + w);
            }
            double expectedLength = 0;
            for (double c : fast) {
                expectedLength += c;
            }
            assertTrue(expectedLength >= 1 - TOL && expectedLength <= words[w].length + TOL);

            double[] best = new double[maxLen + 1];
            int[] back = new int[maxLen + 1];
            double score = LatticeMath.viterbi(lat, w, logProb, -1, best, back);
            int[] arcs = LatticeMath.path(lat, w, back);
            int[] path = new int[arcs.length];
            for (int k = 0; k < arcs.length; k++) {
                path[k] = lat.unit[arcs[k]];
            }
            FstLattice.Best b = fst.best(words[w]);
            assertClose(b.logProb(), score, "best path score, word " + w);
            if (!java.util.Arrays.equals(b.units(), path)) {
                // A tie: the same units in another order (e.g. x|xx and xx|x) score the same.
                double other = 0;
                int covered = 0;
                for (int u : b.units()) {
                    other += logProb[u];
                    covered += units.get(u).length;
                }
                assertEquals(words[w].length, covered, "jopenfst best path covers the word, word " + w);
                assertClose(score, other, "tied best paths score the same, word " + w);
                ties++;
            }
        }
        assertTrue(ties <= 3, ties + " of 20 best paths differ only by ties; expected nearly all identical");
    }

    private static void assertClose(double expected, double actual, String what) {
        double scale = Math.max(Math.abs(expected), Math.abs(actual));
        assertEquals(expected, actual, TOL * Math.max(scale, 1e-300), what);
    }
}
