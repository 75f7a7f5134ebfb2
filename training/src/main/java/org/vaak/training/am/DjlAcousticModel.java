package org.vaak.training.am;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.vaak.asr.AcousticModel;
import org.vaak.audio.FeatureConfig;
import org.vaak.training.data.FeatureStats;

/**
 * The DJL network behind vaak's {@link AcousticModel} contract: normalises raw log-mel features with the
 * training statistics, runs the network in inference mode (no dropout) and returns log-softmax outputs.
 * The reference for the runtime implementation of the same file.
 */
public final class DjlAcousticModel implements AcousticModel {
    private final ConformerCtc net;
    private final FeatureStats stats;
    private final FeatureConfig features;
    private final NDManager manager;

    public DjlAcousticModel(ConformerCtc net, FeatureStats stats, FeatureConfig features, NDManager manager) {
        this.net = net;
        this.stats = stats;
        this.features = features;
        this.manager = manager;
    }

    @Override
    public FeatureConfig features() {
        return features;
    }

    @Override
    public int subsampling() {
        return net.config().subsampling();
    }

    @Override
    public int leftContext() {
        return net.config().leftContext();
    }

    @Override
    public int rightContext() {
        return net.config().rightContext();
    }

    @Override
    public int numTokens() {
        return net.config().numTokens();
    }

    @Override
    public String phone(int token) {
        if (token < 1 || token >= numTokens()) {
            throw new IllegalArgumentException("token " + token + " is not a phone (1.." + (numTokens() - 1) + ")");
        }
        return net.config().phones().get(token - 1);
    }

    @Override
    public float[][] logPosteriors(float[][] raw) {
        int frames = raw.length;
        int bins = net.config().melBins();
        int tokens = numTokens();
        if (frames == 0) {
            return new float[0][tokens];
        }
        float[] mean = stats.mean();
        float[] istd = stats.istd();
        float[] x = new float[frames * bins];
        for (int t = 0; t < frames; t++) {
            if (raw[t].length != bins) {
                throw new IllegalArgumentException("frame " + t + " has " + raw[t].length + " bins, expected " + bins);
            }
            for (int k = 0; k < bins; k++) {
                x[t * bins + k] = (raw[t][k] - mean[k]) * istd[k];
            }
        }
        try (NDManager m = manager.newSubManager()) {
            NDArray in = m.create(x, new Shape(1, frames, bins));
            float[] lp = net.logits(in, new int[] {frames}, false).logSoftmax(-1).toFloatArray();
            int out = net.config().outputFrames(frames);
            float[][] res = new float[out][tokens];
            for (int j = 0; j < out; j++) {
                System.arraycopy(lp, j * tokens, res[j], 0, tokens);
            }
            return res;
        }
    }
}
