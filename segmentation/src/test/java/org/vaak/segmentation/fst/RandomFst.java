package org.vaak.segmentation.fst;

import java.util.Random;

/** Seeded random FSTs for property tests, in the manner of OpenFst's algo_test. */
final class RandomFst {
    private RandomFst() {
    }

    /**
     * An acyclic FST: states 0..n-1, arcs only from lower to higher ids, labels 1..numLabels (epsilon
     * with probability {@code epsProb} on each side), weights multiples of 1/4 in [0, 4).
     */
    static CompactFst acyclic(Random r, int n, int arcsPerState, int numLabels, double epsProb, boolean acceptor) {
        FstBuilder b = new FstBuilder(n, n * arcsPerState);
        for (int i = 0; i < n; i++) {
            b.addState();
        }
        b.setStart(0);
        for (int s = 0; s < n - 1; s++) {
            int k = 1 + r.nextInt(arcsPerState);
            for (int j = 0; j < k; j++) {
                int t = s + 1 + r.nextInt(Math.min(n - 1 - s, 4));
                int in = r.nextDouble() < epsProb ? 0 : 1 + r.nextInt(numLabels);
                int out = acceptor ? in : r.nextDouble() < epsProb ? 0 : 1 + r.nextInt(numLabels);
                b.addArc(s, in, out, r.nextInt(16) / 4f, t);
            }
        }
        b.setFinal(n - 1, r.nextInt(8) / 4f);
        for (int s = 1; s < n - 1; s++) {
            if (r.nextInt(4) == 0) {
                b.setFinal(s, r.nextInt(8) / 4f);
            }
        }
        return b.build(null, null);
    }

    /**
     * An acyclic functional transducer without input epsilons: an acceptor whose output labels are a
     * function of the input label (some map to epsilon), so every input string has one output string.
     */
    static CompactFst functional(Random r, int n, int arcsPerState, int numLabels) {
        CompactFst acc = acyclic(r, n, arcsPerState, numLabels, 0, true);
        FstBuilder b = new FstBuilder(n, acc.numArcs());
        for (int i = 0; i < n; i++) {
            b.addState();
            b.setFinal(i, acc.finalWeight(i));
        }
        b.setStart(acc.start());
        for (int s = 0; s < n; s++) {
            for (int a = acc.arcStart(s); a < acc.arcEnd(s); a++) {
                int in = acc.ilabel(a);
                int out = in % 3 == 0 ? 0 : 100 + in;
                b.addArc(s, in, out, acc.weight(a), acc.next(a));
            }
        }
        return b.build(null, null);
    }

    /** A cyclic acceptor (random arcs anywhere), used where cycles matter (text I/O, shortest path). */
    static CompactFst cyclic(Random r, int n, int arcsPerState, int numLabels) {
        FstBuilder b = new FstBuilder(n, n * arcsPerState);
        for (int i = 0; i < n; i++) {
            b.addState();
        }
        b.setStart(0);
        for (int s = 0; s < n; s++) {
            int k = r.nextInt(arcsPerState + 1);
            for (int j = 0; j < k; j++) {
                int l = r.nextInt(numLabels + 1);
                b.addArc(s, l, l, r.nextInt(16) / 4f, r.nextInt(n));
            }
            if (r.nextInt(3) == 0) {
                b.setFinal(s, r.nextInt(8) / 4f);
            }
        }
        return b.build(null, null);
    }

    /**
     * A cyclic deterministic acceptor without epsilons: each state has at most one arc per label
     * (labels 1..numLabels), weights multiples of 1/4, about a third of the states final.
     */
    static CompactFst cyclicDeterministic(Random r, int n, int numLabels) {
        FstBuilder b = new FstBuilder(n, n * numLabels);
        for (int i = 0; i < n; i++) {
            b.addState();
        }
        b.setStart(0);
        for (int s = 0; s < n; s++) {
            for (int l = 1; l <= numLabels; l++) {
                if (r.nextInt(3) != 0) {
                    b.addArc(s, l, l, r.nextInt(4) / 4f, r.nextInt(n));
                }
            }
            if (r.nextInt(3) == 0) {
                b.setFinal(s, r.nextInt(4) / 4f);
            }
        }
        return b.build(null, null);
    }
}
