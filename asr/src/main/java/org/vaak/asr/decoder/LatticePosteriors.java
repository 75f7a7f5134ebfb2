package org.vaak.asr.decoder;

import java.util.Arrays;

/**
 * Posterior probabilities of the events of an {@link OutputLattice}, by the forward-backward algorithm in
 * the log semiring over costs.
 *
 * <p>The lattice is a graph of events: each event has its main predecessor and the alternative ones
 * recorded at recombinations, and the surviving tokens lead to a super-final node. The link from
 * predecessor {@code p} to event {@code e} costs {@code cost(e) + delta - cost(p)}: the best path between
 * the two, as the Viterbi search kept it. A predecessor reached twice keeps its smaller delta; lists are
 * shared between tokens, so each alternative link is visited once per event (at the delta of the first
 * visit), which keeps a pass linear in the size of the lattice. The
 * posterior of an event is {@code exp(-(alpha + beta - total))}, the share of the lattice's probability
 * mass that passes through it. Events are stored in topological order (a predecessor first), so each pass
 * is one sweep over the arrays.
 */
final class LatticePosteriors {
    private double[] alpha = new double[0];
    private double[] beta = new double[0];
    private int[] stamp = new int[0];
    private int[] slot = new int[0];
    private int curStamp;
    private int[] predEvent = new int[16];
    private double[] predDelta = new double[16];
    private int numPreds;
    private int[] altSeen = new int[0];
    private int altStamp;
    private int[] stackNode = new int[16];
    private double[] stackBase = new double[16];

    /**
     * Event posteriors for the given surviving tokens ({@code n} of them, with their total costs, final
     * weights included when they are used, their last events and alternative lists).
     */
    double[] compute(OutputLattice lat, double[] tokCost, int[] tokEvent, int[] tokAlt, int n) {
        int size = lat.size;
        int root = size;
        if (altSeen.length < lat.altSize) {
            altSeen = new int[Math.max(lat.altSize, altSeen.length * 2)];
            altStamp = 0;
        }
        if (alpha.length < size + 1) {
            int cap = Math.max(size + 1, alpha.length * 2);
            alpha = new double[cap];
            beta = new double[cap];
            stamp = new int[cap];
            slot = new int[cap];
            curStamp = 0;
        }
        Arrays.fill(alpha, 0, size + 1, Double.POSITIVE_INFINITY);
        Arrays.fill(beta, 0, size + 1, Double.POSITIVE_INFINITY);
        alpha[root] = 0;
        for (int e = 0; e < size; e++) {
            preds(lat, lat.pred[e], lat.alt[e], root);
            double a = Double.POSITIVE_INFINITY;
            for (int i = 0; i < numPreds; i++) {
                int p = predEvent[i];
                a = logAdd(a, alpha[p] + lat.cost[e] + predDelta[i] - costOf(lat, p, root));
            }
            alpha[e] = a;
        }
        double total = Double.POSITIVE_INFINITY;
        for (int f = 0; f < n; f++) {
            preds(lat, tokEvent[f], tokAlt[f], root);
            for (int i = 0; i < numPreds; i++) {
                int p = predEvent[i];
                double w = tokCost[f] + predDelta[i] - costOf(lat, p, root);
                total = logAdd(total, alpha[p] + w);
                beta[p] = logAdd(beta[p], w);
            }
        }
        for (int e = size - 1; e >= 0; e--) {
            if (beta[e] == Double.POSITIVE_INFINITY) {
                continue;
            }
            preds(lat, lat.pred[e], lat.alt[e], root);
            for (int i = 0; i < numPreds; i++) {
                int p = predEvent[i];
                beta[p] = logAdd(beta[p], lat.cost[e] + predDelta[i] - costOf(lat, p, root) + beta[e]);
            }
        }
        double[] gamma = new double[size];
        for (int e = 0; e < size; e++) {
            double g = alpha[e] + beta[e] - total;
            gamma[e] = Double.isFinite(g) ? Math.min(1.0, Math.exp(-g)) : 0.0;
        }
        return gamma;
    }

    private static double costOf(OutputLattice lat, int p, int root) {
        return p == root ? 0.0 : lat.cost[p];
    }

    /** Collects the distinct predecessors (main one with delta 0, then the alternative list). */
    private void preds(OutputLattice lat, int main, int altHead, int root) {
        if (++curStamp == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            curStamp = 1;
        }
        if (++altStamp == Integer.MAX_VALUE) {
            Arrays.fill(altSeen, 0);
            altStamp = 1;
        }
        numPreds = 0;
        addPred(main < 0 ? root : main, 0.0);
        int sp = 0;
        if (altHead >= 0) {
            stackNode[sp] = altHead;
            stackBase[sp++] = 0.0;
        }
        while (sp > 0) {
            int a = stackNode[--sp];
            double base = stackBase[sp];
            if (altSeen[a] == altStamp) {
                continue;
            }
            altSeen[a] = altStamp;
            double d = base + lat.altDelta[a];
            int ev = lat.altEvent[a];
            if (d > lat.maxDelta) {
                if (lat.altNext[a] >= 0) {
                    stackNode[sp] = lat.altNext[a];
                    stackBase[sp++] = base;
                }
                continue;
            }
            addPred(ev < 0 ? root : ev, d);
            if (sp + 2 > stackNode.length) {
                stackNode = Arrays.copyOf(stackNode, stackNode.length * 2);
                stackBase = Arrays.copyOf(stackBase, stackBase.length * 2);
            }
            if (lat.altNext[a] >= 0) {
                stackNode[sp] = lat.altNext[a];
                stackBase[sp++] = base;
            }
            if (lat.altSub[a] >= 0) {
                stackNode[sp] = lat.altSub[a];
                stackBase[sp++] = d;
            }
        }
    }

    private void addPred(int p, double delta) {
        if (stamp[p] == curStamp) {
            int i = slot[p];
            if (delta < predDelta[i]) {
                predDelta[i] = delta;
            }
            return;
        }
        if (numPreds == predEvent.length) {
            predEvent = Arrays.copyOf(predEvent, numPreds * 2);
            predDelta = Arrays.copyOf(predDelta, numPreds * 2);
        }
        stamp[p] = curStamp;
        slot[p] = numPreds;
        predEvent[numPreds] = p;
        predDelta[numPreds++] = delta;
    }

    /** -ln(exp(-a) + exp(-b)). */
    static double logAdd(double a, double b) {
        if (a == Double.POSITIVE_INFINITY) {
            return b;
        }
        if (b == Double.POSITIVE_INFINITY) {
            return a;
        }
        double lo = Math.min(a, b);
        return lo - Math.log1p(Math.exp(-Math.abs(a - b)));
    }
}
