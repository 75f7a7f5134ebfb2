package org.vaak.training.ctc;

/**
 * Connectionist temporal classification (Graves et al. 2006) for one utterance, by the forward-backward
 * algorithm in log space (doubles). Token 0 is the blank. Given per-frame log-probabilities it returns the
 * loss {@code -log p(labels | x)} and the occupancies {@code gamma[t][k]}: the posterior probability that
 * frame t emits token k, summed over the alignments. When the log-probabilities are a log-softmax of logits,
 * the gradient of the loss with respect to the logits is {@code softmax - gamma}.
 *
 * <p>A label sequence needs at least {@code labels + repeats} frames (a blank must separate equal
 * neighbours); with fewer the loss is infinite and gamma is all zero.
 */
public final class CtcLoss {
    private CtcLoss() {
    }

    /** Loss and occupancies; {@code gamma} has the layout of the input, {@code [frames][tokens]} row-major. */
    public record Result(double loss, float[] gamma) {
        public boolean feasible() {
            return !Double.isInfinite(loss);
        }
    }

    /** Frames a label sequence needs: its length plus its adjacent repeats. */
    public static int minFrames(int[] labels) {
        int n = labels.length;
        for (int i = 1; i < labels.length; i++) {
            if (labels[i] == labels[i - 1]) {
                n++;
            }
        }
        return n;
    }

    /**
     * @param logProbs {@code [frames][tokens]} row-major log-probabilities (rows need not be normalised)
     * @param frames number of frames used (rows beyond are ignored)
     * @param tokens row width
     * @param labels target tokens, each in {@code [1, tokens)}
     */
    public static Result compute(float[] logProbs, int frames, int tokens, int[] labels) {
        for (int l : labels) {
            if (l <= 0 || l >= tokens) {
                throw new IllegalArgumentException("label " + l + " outside [1, " + tokens + ")");
            }
        }
        if (frames <= 0 || (long) frames * tokens > logProbs.length) {
            throw new IllegalArgumentException(frames + " frames of " + tokens + " tokens but " + logProbs.length
                    + " values");
        }
        float[] gamma = new float[frames * tokens];
        if (frames < minFrames(labels)) {
            return new Result(Double.POSITIVE_INFINITY, gamma);
        }
        int s = 2 * labels.length + 1;
        int[] ext = new int[s];
        for (int i = 0; i < labels.length; i++) {
            ext[2 * i + 1] = labels[i];
        }
        double[] alpha = new double[frames * s];
        double[] beta = new double[frames * s];
        java.util.Arrays.fill(alpha, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(beta, Double.NEGATIVE_INFINITY);
        alpha[0] = logProbs[0];
        if (s > 1) {
            alpha[1] = logProbs[ext[1]];
        }
        for (int t = 1; t < frames; t++) {
            int row = t * s;
            int prev = row - s;
            for (int j = 0; j < s; j++) {
                double a = alpha[prev + j];
                if (j > 0) {
                    a = logAdd(a, alpha[prev + j - 1]);
                }
                if (j > 1 && ext[j] != 0 && ext[j] != ext[j - 2]) {
                    a = logAdd(a, alpha[prev + j - 2]);
                }
                alpha[row + j] = a == Double.NEGATIVE_INFINITY ? a : a + logProbs[t * tokens + ext[j]];
            }
        }
        int last = (frames - 1) * s;
        beta[last + s - 1] = logProbs[(frames - 1) * tokens + ext[s - 1]];
        if (s > 1) {
            beta[last + s - 2] = logProbs[(frames - 1) * tokens + ext[s - 2]];
        }
        for (int t = frames - 2; t >= 0; t--) {
            int row = t * s;
            int next = row + s;
            for (int j = 0; j < s; j++) {
                double b = beta[next + j];
                if (j + 1 < s) {
                    b = logAdd(b, beta[next + j + 1]);
                }
                if (j + 2 < s && ext[j] != 0 && ext[j] != ext[j + 2]) {
                    b = logAdd(b, beta[next + j + 2]);
                }
                beta[row + j] = b == Double.NEGATIVE_INFINITY ? b : b + logProbs[t * tokens + ext[j]];
            }
        }
        double logZ = alpha[last + s - 1];
        if (s > 1) {
            logZ = logAdd(logZ, alpha[last + s - 2]);
        }
        if (logZ == Double.NEGATIVE_INFINITY) {
            return new Result(Double.POSITIVE_INFINITY, gamma);
        }
        for (int t = 0; t < frames; t++) {
            for (int j = 0; j < s; j++) {
                double ab = alpha[t * s + j] + beta[t * s + j];
                if (ab != Double.NEGATIVE_INFINITY) {
                    int k = t * tokens + ext[j];
                    // alpha and beta both include frame t's emission: remove it once
                    gamma[k] += (float) Math.exp(ab - logProbs[k] - logZ);
                }
            }
        }
        return new Result(-logZ, gamma);
    }

    static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
    }
}
