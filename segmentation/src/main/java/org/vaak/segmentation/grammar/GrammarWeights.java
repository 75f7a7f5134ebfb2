package org.vaak.segmentation.grammar;

import java.util.Arrays;

/**
 * The weights of the SG-WFST: a cost (-ln probability) for each choice and for ending in each final
 * morphotactic state. At each morphotactic state the outgoing choices plus "end here" form one
 * distribution, estimated from counts with additive smoothing:
 * {@code P(x | state) = (count(x) + a(x)) / (count(state) + sum of a over the state's outcomes)}, with
 * {@code a = 1} (add-one) for mined units and for ending, and {@code a = 1 + HAND_PRIOR} for units of the
 * hand-made lists, so that between analyses the corpus cannot tell apart (e.g. முடி + ய் + அ against a
 * mined colloquial stem முடிய் + அ) the hand-made one wins.
 */
public final class GrammarWeights {
    /** Extra pseudo-count of hand-made units. */
    public static final double HAND_PRIOR = 1.0;
    private final double[] choiceCost;
    private final double[] finalCost;

    private GrammarWeights(double[] choiceCost, double[] finalCost) {
        this.choiceCost = choiceCost;
        this.finalCost = finalCost;
    }

    /** Every state's outgoing choices equally likely (all counts zero). */
    public static GrammarWeights uniform(GrammarNetwork net) {
        return fromCounts(net, new double[net.choices().size()], new double[net.rootCount()]);
    }

    /**
     * Weights from usage counts: {@code choiceCounts[c]} times choice c was used, {@code finalCounts[r]}
     * times a parse ended in root r.
     */
    public static GrammarWeights fromCounts(GrammarNetwork net, double[] choiceCounts, double[] finalCounts) {
        int roots = net.rootCount();
        double[] total = new double[roots];
        double[] k = new double[roots];
        for (int r = 0; r < roots; r++) {
            k[r] = net.isFinal(r) ? 1 : 0;
            total[r] = net.isFinal(r) ? finalCounts[r] : 0;
        }
        for (Choice c : net.choices()) {
            total[c.fromRoot()] += choiceCounts[c.id()];
            k[c.fromRoot()] += prior(c);
        }
        double[] cc = new double[choiceCounts.length];
        for (Choice c : net.choices()) {
            int r = c.fromRoot();
            cc[c.id()] = -Math.log((choiceCounts[c.id()] + prior(c)) / (total[r] + k[r]));
        }
        double[] fc = new double[roots];
        Arrays.fill(fc, Double.POSITIVE_INFINITY);
        for (int r = 0; r < roots; r++) {
            if (net.isFinal(r)) {
                fc[r] = -Math.log((finalCounts[r] + 1) / (total[r] + k[r]));
            }
        }
        return new GrammarWeights(cc, fc);
    }

    private static double prior(Choice c) {
        return c.mined() ? 1 : 1 + HAND_PRIOR;
    }

    public double choiceCost(int choice) {
        return choiceCost[choice];
    }

    /** The cost of ending in root {@code r}; infinite when r is not final. */
    public double finalCost(int root) {
        return finalCost[root];
    }
}
