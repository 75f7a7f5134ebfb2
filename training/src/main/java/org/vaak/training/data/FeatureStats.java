package org.vaak.training.data;

/**
 * Global per-bin mean and inverse standard deviation of log-mel features ({@code x' = (x - mean) * istd}),
 * accumulated in double over every frame of a training set. A bin's variance is floored at 1e-6 so a
 * constant bin (all silence) does not blow up.
 */
public record FeatureStats(float[] mean, float[] istd) {
    public FeatureStats {
        if (mean.length != istd.length) {
            throw new IllegalArgumentException(mean.length + " means but " + istd.length + " scales");
        }
        mean = mean.clone();
        istd = istd.clone();
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] istd() {
        return istd.clone();
    }

    /** Mean and istd over the frames of {@code utterances} of {@code f}. */
    public static FeatureStats of(FeatureCache.Features f, int[] utterances) {
        int bins = f.melBins();
        double[] sum = new double[bins];
        double[] sq = new double[bins];
        long n = 0;
        for (int u : utterances) {
            for (int t = 0; t < f.frames(u); t++) {
                for (int k = 0; k < bins; k++) {
                    double v = f.get(u, t, k);
                    sum[k] += v;
                    sq[k] += v * v;
                }
            }
            n += f.frames(u);
        }
        if (n == 0) {
            throw new IllegalArgumentException("no frames to compute feature statistics from");
        }
        float[] mean = new float[bins];
        float[] istd = new float[bins];
        for (int k = 0; k < bins; k++) {
            double m = sum[k] / n;
            double var = Math.max(sq[k] / n - m * m, 1e-6);
            mean[k] = (float) m;
            istd[k] = (float) (1.0 / Math.sqrt(var));
        }
        return new FeatureStats(mean, istd);
    }
}
