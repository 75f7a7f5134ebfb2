package org.vaak.segmentation.unigram;

/**
 * Forward-backward (log semiring) and best path (tropical semiring) over one word of
 * {@link WordLattices}. Lattice states are the akshara positions 0..n of the word; an arc (i, j, u)
 * carries the unit's log-probability. Log-sums are taken per state with the maximum factored out
 * (one {@code exp} per arc and one {@code log} per state). The caller supplies the scratch arrays, so
 * a pass allocates nothing and different threads may work on different words at once.
 */
final class LatticeMath {
    private LatticeMath() {
    }

    /**
     * Forward-backward over word {@code w}: writes {@code weight} times each arc's posterior into
     * {@code post} and returns the word's log-likelihood (log of the summed probability of all its
     * segmentations), -infinity when it has none.
     *
     * @param alpha scratch, at least the word's length + 1
     * @param beta scratch, at least the word's length + 1
     */
    static double expect(WordLattices l, int w, double[] logProb, double weight, double[] post,
            double[] alpha, double[] beta) {
        int from = l.wordArcs[w];
        int to = l.wordArcs[w + 1];
        int n = l.wordLength[w];
        int[] start = l.start;
        int[] end = l.end;
        int[] unit = l.unit;
        int[] byEnd = l.byEnd;
        alpha[0] = 0;
        int k = from;
        for (int j = 1; j <= n; j++) {
            int g = k;
            double m = Double.NEGATIVE_INFINITY;
            while (k < to && end[byEnd[k]] == j) {
                int a = byEnd[k++];
                m = Math.max(m, alpha[start[a]] + logProb[unit[a]]);
            }
            if (m == Double.NEGATIVE_INFINITY) {
                alpha[j] = m;
                continue;
            }
            double sum = 0;
            for (int q = g; q < k; q++) {
                int a = byEnd[q];
                sum += Math.exp(alpha[start[a]] + logProb[unit[a]] - m);
            }
            alpha[j] = m + Math.log(sum);
        }
        double logZ = alpha[n];
        if (logZ == Double.NEGATIVE_INFINITY) {
            for (int a = from; a < to; a++) {
                post[a] = 0;
            }
            return logZ;
        }
        beta[n] = 0;
        int p = to - 1;
        for (int i = n - 1; i >= 0; i--) {
            int g = p;
            double m = Double.NEGATIVE_INFINITY;
            while (p >= from && start[p] == i) {
                m = Math.max(m, logProb[unit[p]] + beta[end[p]]);
                p--;
            }
            if (m == Double.NEGATIVE_INFINITY) {
                beta[i] = m;
                continue;
            }
            double sum = 0;
            for (int a = g; a > p; a--) {
                sum += Math.exp(logProb[unit[a]] + beta[end[a]] - m);
            }
            beta[i] = m + Math.log(sum);
        }
        for (int a = from; a < to; a++) {
            double lp = alpha[start[a]] + logProb[unit[a]] + beta[end[a]] - logZ;
            post[a] = lp == Double.NEGATIVE_INFINITY ? 0 : weight * Math.exp(lp);
        }
        return logZ;
    }

    /**
     * Best path over word {@code w}: fills {@code best} (best log-probability of each prefix) and
     * {@code back} (the last arc of that best prefix, -1 when none) and returns the best log-probability
     * of the whole word, -infinity when it has no segmentation. Arcs of unit {@code exclude} are not used
     * (-1 uses all). Ties go to the arc met first in end-then-start order, i.e. the longer last unit.
     */
    static double viterbi(WordLattices l, int w, double[] logProb, int exclude, double[] best, int[] back) {
        int from = l.wordArcs[w];
        int to = l.wordArcs[w + 1];
        int n = l.wordLength[w];
        int[] start = l.start;
        int[] end = l.end;
        int[] unit = l.unit;
        int[] byEnd = l.byEnd;
        best[0] = 0;
        back[0] = -1;
        int k = from;
        for (int j = 1; j <= n; j++) {
            double b = Double.NEGATIVE_INFINITY;
            int arg = -1;
            while (k < to && end[byEnd[k]] == j) {
                int a = byEnd[k++];
                if (unit[a] == exclude) {
                    continue;
                }
                double t = best[start[a]] + logProb[unit[a]];
                if (t > b) {
                    b = t;
                    arg = a;
                }
            }
            best[j] = b;
            back[j] = arg;
        }
        return best[n];
    }

    /** The arcs of the best path found by {@link #viterbi}, in word order; empty when there is none. */
    static int[] path(WordLattices l, int w, int[] back) {
        int n = l.wordLength[w];
        int count = 0;
        for (int j = n; j > 0; j = l.start[back[j]]) {
            if (back[j] < 0) {
                return new int[0];
            }
            count++;
        }
        int[] arcs = new int[count];
        for (int j = n; j > 0; j = l.start[back[j]]) {
            arcs[--count] = back[j];
        }
        return arcs;
    }
}
