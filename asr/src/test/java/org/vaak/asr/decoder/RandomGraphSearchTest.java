package org.vaak.asr.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.FstBuilder;

/**
 * Seeded random graphs and posteriors: the decoder without pruning finds exactly the best path of a plain
 * dynamic programme over (frame, state); with a wide beam it agrees; with tight pruning it never finds a
 * cheaper path than the optimum.
 */
class RandomGraphSearchTest {
    static final int TOKENS = 4;

    @Test
    void exhaustiveAndWideBeamEqualTheOptimum() {
        int checked = 0;
        for (int seed = 1; seed <= 300; seed++) {
            Random rnd = new Random(seed);
            CompactFst g = randomGraph(rnd);
            float[][] lp = randomPosteriors(rnd, 3 + rnd.nextInt(8));
            Best ref = optimum(g, lp);
            DecodeResult ex = new BeamDecoder(g, TOKENS, DecoderConfig.EXHAUSTIVE).decode(lp);
            if (ref.cost == Double.POSITIVE_INFINITY) {
                assertTrue(!ex.reachedFinal(), "seed " + seed);
                continue;
            }
            checked++;
            assertTrue(ex.reachedFinal(), "seed " + seed);
            assertEquals(ref.cost, ex.cost(), 1e-4, "seed " + seed);
            assertEquals(ref.labels, labels(ex), "seed " + seed);
            DecodeResult wide = new BeamDecoder(g, TOKENS, DecoderConfig.DEFAULT.withBeam(60)).decode(lp);
            assertEquals(ref.cost, wide.cost(), 1e-4, "seed " + seed);
            assertEquals(ref.labels, labels(wide), "seed " + seed);
            DecodeResult tight = new BeamDecoder(g, TOKENS, DecoderConfig.DEFAULT.withBeam(1.5).withMaxActive(2))
                    .decode(lp);
            if (tight.reachedFinal()) {
                assertTrue(tight.cost() >= ref.cost - 1e-4, "seed " + seed);
            }
            for (DecodedUnit u : ex.units()) {
                assertTrue(u.confidence() >= 0 && u.confidence() <= 1, "seed " + seed);
                assertTrue(u.firstFrame() <= u.lastFrame() && u.lastFrame() < lp.length, "seed " + seed);
            }
        }
        assertTrue(checked > 100, "too few graphs with a final path: " + checked);
    }

    static List<Integer> labels(DecodeResult r) {
        List<Integer> l = new ArrayList<>();
        r.units().forEach(u -> l.add(u.label()));
        return l;
    }

    /** 4-8 states, 1-4 arcs each; epsilon arcs only go to higher states (no epsilon cycle). */
    static CompactFst randomGraph(Random rnd) {
        int n = 4 + rnd.nextInt(5);
        FstBuilder b = new FstBuilder();
        for (int s = 0; s < n; s++) {
            b.addState();
        }
        b.setStart(0);
        for (int s = 0; s < n; s++) {
            if (rnd.nextDouble() < 0.4) {
                b.setFinal(s, (float) (rnd.nextDouble() * 2));
            }
            int arcs = 1 + rnd.nextInt(4);
            for (int k = 0; k < arcs; k++) {
                int to = rnd.nextInt(n);
                int in = 1 + rnd.nextInt(TOKENS);
                if (to > s && rnd.nextDouble() < 0.25) {
                    in = 0;
                }
                int out = rnd.nextDouble() < 0.5 ? 0 : 1 + rnd.nextInt(4);
                b.addArc(s, in, out, (float) (rnd.nextDouble() * 3 - 0.5), to);
            }
        }
        return b.build(null, null);
    }

    static float[][] randomPosteriors(Random rnd, int frames) {
        float[][] lp = new float[frames][TOKENS];
        for (float[] f : lp) {
            double z = 0;
            double[] x = new double[TOKENS];
            for (int k = 0; k < TOKENS; k++) {
                x[k] = Math.exp(2 * rnd.nextGaussian());
                z += x[k];
            }
            for (int k = 0; k < TOKENS; k++) {
                f[k] = (float) Math.log(x[k] / z);
            }
        }
        return lp;
    }

    record Best(double cost, List<Integer> labels) {
    }

    /** Viterbi over (frame, state) with whole label sequences as back-pointers. */
    static Best optimum(CompactFst g, float[][] lp) {
        int n = g.numStates();
        double[] d = new double[n];
        List<List<Integer>> out = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            d[s] = Double.POSITIVE_INFINITY;
            out.add(List.of());
        }
        d[g.start()] = 0;
        epsilonClosure(g, d, out);
        for (float[] f : lp) {
            double[] nd = new double[n];
            java.util.Arrays.fill(nd, Double.POSITIVE_INFINITY);
            List<List<Integer>> nout = new ArrayList<>(out);
            for (int s = 0; s < n; s++) {
                if (d[s] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int a = g.arcStart(s); a < g.arcEnd(s); a++) {
                    if (g.ilabel(a) == 0) {
                        continue;
                    }
                    double c = d[s] + g.weight(a) - f[g.ilabel(a) - 1];
                    int t = g.next(a);
                    if (c < nd[t]) {
                        nd[t] = c;
                        nout.set(t, append(out.get(s), g.olabel(a)));
                    }
                }
            }
            d = nd;
            out = nout;
            epsilonClosure(g, d, out);
        }
        double best = Double.POSITIVE_INFINITY;
        List<Integer> labels = List.of();
        for (int s = 0; s < n; s++) {
            double c = d[s] + g.finalWeight(s);
            if (c < best) {
                best = c;
                labels = out.get(s);
            }
        }
        return new Best(best, labels);
    }

    /** Epsilon arcs go upwards only, so one pass in state order is a topological order. */
    static void epsilonClosure(CompactFst g, double[] d, List<List<Integer>> out) {
        for (int s = 0; s < d.length; s++) {
            if (d[s] == Double.POSITIVE_INFINITY) {
                continue;
            }
            for (int a = g.arcStart(s); a < g.arcEnd(s) && g.ilabel(a) == 0; a++) {
                double c = d[s] + g.weight(a);
                if (c < d[g.next(a)]) {
                    d[g.next(a)] = c;
                    out.set(g.next(a), append(out.get(s), g.olabel(a)));
                }
            }
        }
    }

    static List<Integer> append(List<Integer> l, int label) {
        if (label == 0) {
            return l;
        }
        List<Integer> r = new ArrayList<>(l);
        r.add(label);
        return r;
    }
}
