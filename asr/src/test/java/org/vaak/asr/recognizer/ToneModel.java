package org.vaak.asr.recognizer;

import java.util.Arrays;
import org.vaak.asr.AcousticModel;
import org.vaak.audio.FeatureConfig;
import org.vaak.audio.FeatureExtractor;

/**
 * A deterministic acoustic model for tests, over synthetic signals where each phone is a pure tone and
 * silence is near-zero noise. Each input frame gets a class: blank when its loudest mel bin is below 0
 * (ln energy), else the phone whose tone's loudest bin is nearest. Output frame {@code j} (subsampling 2)
 * scores each class by votes: weight 1 for its own two frames, 0.25 for the {@link #LEFT} frames before
 * and the {@link #RIGHT} frames after (outside the utterance: padding, which votes blank); log-posteriors
 * are {@code log_softmax(4 * votes)}. Its stated context is exactly what it reads.
 */
final class ToneModel implements AcousticModel {
    static final int SUB = 2;
    static final int LEFT = 3;
    static final int RIGHT = 2;
    static final String[] PHONES = {"a", "b", "c"};
    static final double[] HZ = {500, 1500, 3000};
    private final int[] peakBin = new int[PHONES.length];

    ToneModel() {
        for (int p = 0; p < PHONES.length; p++) {
            float[] tone = Signals.tone(HZ[p], 1600, 0.3);
            float[][] f = FeatureExtractor.compute(tone, features());
            peakBin[p] = argmax(f[f.length / 2]);
        }
    }

    @Override
    public FeatureConfig features() {
        return FeatureConfig.DEFAULT;
    }

    @Override
    public int subsampling() {
        return SUB;
    }

    @Override
    public int leftContext() {
        return LEFT;
    }

    @Override
    public int rightContext() {
        return RIGHT;
    }

    @Override
    public int numTokens() {
        return PHONES.length + 1;
    }

    @Override
    public String phone(int token) {
        return PHONES[token - 1];
    }

    int classOf(float[] frame) {
        int b = argmax(frame);
        if (frame[b] < 0) {
            return 0;
        }
        int best = 0;
        for (int p = 1; p < PHONES.length; p++) {
            if (Math.abs(peakBin[p] - b) < Math.abs(peakBin[best] - b)) {
                best = p;
            }
        }
        return best + 1;
    }

    @Override
    public float[][] logPosteriors(float[][] features) {
        int n = features.length;
        int[] cls = new int[n];
        for (int i = 0; i < n; i++) {
            cls[i] = classOf(features[i]);
        }
        int outs = (n + SUB - 1) / SUB;
        float[][] out = new float[outs][numTokens()];
        for (int j = 0; j < outs; j++) {
            double[] votes = new double[numTokens()];
            for (int i = j * SUB - LEFT; i < (j + 1) * SUB + RIGHT; i++) {
                double w = i >= j * SUB && i < (j + 1) * SUB ? 1.0 : 0.25;
                votes[i >= 0 && i < n ? cls[i] : 0] += w;
            }
            double max = Arrays.stream(votes).max().orElse(0);
            double z = 0;
            for (double v : votes) {
                z += Math.exp(4 * (v - max));
            }
            for (int k = 0; k < votes.length; k++) {
                out[j][k] = (float) (4 * (votes[k] - max) - Math.log(z));
            }
        }
        return out;
    }

    private static int argmax(float[] x) {
        int b = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[b]) {
                b = i;
            }
        }
        return b;
    }
}
