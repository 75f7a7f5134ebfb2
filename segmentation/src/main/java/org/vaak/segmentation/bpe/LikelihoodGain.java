package org.vaak.segmentation.bpe;

/**
 * The merge score of extended BPE: the exact gain in log-likelihood of the training corpus under a
 * unigram model of the pieces (maximum-likelihood probabilities) when every occurrence of a pair
 * {@code (a, b)} becomes the new piece {@code ab}.
 *
 * <p>With {@code L = sum_x f(x) log f(x) - T log T} and a pair seen {@code c} times, the merge turns
 * {@code f(a)} into {@code f(a) - c}, {@code f(b)} into {@code f(b) - c}, adds {@code f(ab) = c} and makes
 * {@code T} into {@code T - c}. For small {@code c} the gain is about
 * {@code c (log(c T / (f(a) f(b))) - 1)}: the pair's frequency times its pointwise mutual information,
 * so a frequent pair of pieces that are frequent anyway scores lower than a slightly rarer pair whose
 * pieces mostly occur together.
 *
 * <p>A smaller {@code T} never raises the gain ({@code d gain / d T = log(T / (T - c)) > 0}), which is what
 * the learner's lazy update of the total requires.
 */
final class LikelihoodGain implements MergeScore {
    static final LikelihoodGain INSTANCE = new LikelihoodGain();

    private LikelihoodGain() {
    }

    @Override
    public double score(long c, long fa, long fb, long total, boolean samePiece) {
        double gain = xlogx(c) - xlogxDrop(total, c);
        if (samePiece) {
            gain += xlogxDrop(fa, Math.min(fa, 2 * c));
        } else {
            gain += xlogxDrop(fa, Math.min(fa, c)) + xlogxDrop(fb, Math.min(fb, c));
        }
        return gain;
    }

    /** {@code (f - c) log(f - c) - f log f}, computed without cancelling large terms. */
    static double xlogxDrop(long f, long c) {
        if (c == 0 || f == 0) {
            return 0;
        }
        if (c >= f) {
            return -xlogx(f);
        }
        return -c * Math.log(f) + (f - c) * Math.log1p(-(double) c / f);
    }

    private static double xlogx(long x) {
        return x <= 0 ? 0 : x * Math.log(x);
    }

    @Override
    public boolean usesPieceCounts() {
        return true;
    }

    @Override
    public String name() {
        return "log-likelihood-gain";
    }
}
