package org.vaak.cli;

import java.util.Arrays;
import java.util.List;
import org.vaak.asr.AcousticModel;
import org.vaak.audio.FeatureConfig;
import org.vaak.audio.FeatureExtractor;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.Phone;
import org.vaak.lexicons.g2p.PhoneSet;

/**
 * A deterministic acoustic model over the whole Tamil phone set for tests: four phones are pure tones
 * ({@link #TONED} at {@link #HZ}), silence is near-zero noise. Each input frame is classed as blank (loudest
 * mel bin below 0, ln energy) or the toned phone whose tone's loudest bin is nearest; output frame {@code j}
 * (subsampling 2) scores the classes by votes (1 for its own two frames, 0.25 for 3 frames before and 2
 * after) and returns {@code log_softmax(4 * votes)} over all tokens.
 */
final class TamilToneModel implements AcousticModel {
    static final String[] TONED = {"m", "a:", "n_d", "i:"};
    static final double[] HZ = {400, 1000, 2000, 3600};
    private static final int SUB = 2;
    private static final int LEFT = 3;
    private static final int RIGHT = 2;
    private final List<String> phones = PhoneSet.of(Language.TAMIL).phones().stream().map(Phone::name).toList();
    private final int[] peakBin = new int[TONED.length];
    private final int[] token = new int[TONED.length];

    TamilToneModel() {
        for (int p = 0; p < TONED.length; p++) {
            float[] tone = Wavs.tone(HZ[p], 1600);
            float[][] f = FeatureExtractor.compute(tone, features());
            peakBin[p] = argmax(f[f.length / 2]);
            token[p] = phones.indexOf(TONED[p]) + 1;
            if (token[p] == 0) {
                throw new IllegalStateException(TONED[p] + " is not a Tamil phone");
            }
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
        return phones.size() + 1;
    }

    @Override
    public String phone(int t) {
        return phones.get(t - 1);
    }

    private int classOf(float[] frame) {
        int b = argmax(frame);
        if (frame[b] < 0) {
            return 0;
        }
        int best = 0;
        for (int p = 1; p < TONED.length; p++) {
            if (Math.abs(peakBin[p] - b) < Math.abs(peakBin[best] - b)) {
                best = p;
            }
        }
        return token[best];
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
