package org.vaak.training.data;

import java.util.Arrays;
import java.util.List;
import org.vaak.training.ctc.CtcLoss;

/**
 * Whether CTC can align a corpus at a frame rate: an utterance needs at least {@code labels + repeats}
 * output frames. Reports, per subsampling factor, how many utterances fail and the distribution of the
 * slack ratio output frames / needed frames.
 */
public record CtcFeasibility(int subsampling, int utterances, int infeasible, double minRatio, double p1Ratio,
        double medianRatio, double phonesPerSecond) {

    /** {@code frames[i]} input frames (10 ms) and {@code labels[i]} targets per utterance. */
    public static CtcFeasibility of(int subsampling, int[] frames, List<int[]> labels) {
        double[] ratio = new double[frames.length];
        int bad = 0;
        long phones = 0;
        long total = 0;
        for (int i = 0; i < frames.length; i++) {
            int in = (frames[i] + 1) / 2;
            int out = subsampling == 4 ? (in + 1) / 2 : in;
            int need = Math.max(1, CtcLoss.minFrames(labels.get(i)));
            ratio[i] = out / (double) need;
            if (out < need) {
                bad++;
            }
            phones += labels.get(i).length;
            total += frames[i];
        }
        Arrays.sort(ratio);
        int n = ratio.length;
        return new CtcFeasibility(subsampling, n, bad, n == 0 ? 0 : ratio[0], n == 0 ? 0 : ratio[n / 100],
                n == 0 ? 0 : ratio[n / 2], total == 0 ? 0 : phones / (total / 100.0));
    }

    @Override
    public String toString() {
        return String.format("subsampling %d: %d of %d utterances infeasible; output/needed frames min %.2f, "
                + "1st percentile %.2f, median %.2f (%.1f phones/s)", subsampling, infeasible, utterances,
                minRatio, p1Ratio, medianRatio, phonesPerSecond);
    }
}
