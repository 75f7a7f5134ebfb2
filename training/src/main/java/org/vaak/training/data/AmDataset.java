package org.vaak.training.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.vaak.audio.corpus.Utterance;
import org.vaak.training.ctc.CtcLoss;

/**
 * A split ready for CTC training: features (from a {@link FeatureCache}) and phone targets per utterance.
 * Utterances whose transcript the rules cannot pronounce, that have no phones, or that are too short for
 * their targets at the model's frame rate are left out and counted by reason.
 */
public final class AmDataset {
    private final FeatureCache.Features features;
    private final int[] utterances; // indices into features
    private final int[][] labels;
    private final Map<String, Integer> skipped;

    private AmDataset(FeatureCache.Features features, int[] utterances, int[][] labels, Map<String, Integer> skipped) {
        this.features = features;
        this.utterances = utterances;
        this.labels = labels;
        this.skipped = skipped;
    }

    /**
     * Pairs every utterance of {@code f} with its tokens; {@code outputFrames} maps input frames to output
     * frames for the feasibility check.
     */
    public static AmDataset of(FeatureCache.Features f, PhoneLabels phones,
            java.util.function.IntUnaryOperator outputFrames) {
        List<Integer> keep = new ArrayList<>();
        List<int[]> labs = new ArrayList<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (int i = 0; i < f.utterances().size(); i++) {
            Utterance u = f.utterances().get(i);
            int[] tokens;
            try {
                tokens = phones.tokens(u.text());
            } catch (IllegalArgumentException e) {
                skipped.merge("not pronounceable", 1, Integer::sum);
                continue;
            }
            if (tokens.length == 0) {
                skipped.merge("no phones", 1, Integer::sum);
                continue;
            }
            if (outputFrames.applyAsInt(f.frames(i)) < CtcLoss.minFrames(tokens)) {
                skipped.merge("too short for its phones", 1, Integer::sum);
                continue;
            }
            keep.add(i);
            labs.add(tokens);
        }
        return new AmDataset(f, keep.stream().mapToInt(Integer::intValue).toArray(), labs.toArray(new int[0][]),
                skipped);
    }

    public int size() {
        return utterances.length;
    }

    /** Input frames of example {@code i}. */
    public int frames(int i) {
        return features.frames(utterances[i]);
    }

    public int[] labels(int i) {
        return labels[i];
    }

    public Utterance utterance(int i) {
        return features.utterances().get(utterances[i]);
    }

    /** Indices into the features of the kept utterances. */
    public int[] featureIndices() {
        return utterances.clone();
    }

    public FeatureCache.Features features() {
        return features;
    }

    /** Left-out utterances by reason. */
    public Map<String, Integer> skipped() {
        return java.util.Collections.unmodifiableMap(skipped);
    }

    /** Total input frames. */
    public long totalFrames() {
        long n = 0;
        for (int i = 0; i < size(); i++) {
            n += frames(i);
        }
        return n;
    }

    /**
     * The normalised, zero-padded features of {@code examples}, {@code [B, maxFrames, bins]} row-major; with
     * {@code augment} and {@code random} SpecAugment is applied after normalisation.
     */
    public Batch batch(int[] examples, FeatureStats stats, SpecAugment augment, SplittableRandom random) {
        int bins = features.melBins();
        int max = 0;
        for (int e : examples) {
            max = Math.max(max, frames(e));
        }
        float[] x = new float[examples.length * max * bins];
        int[] lengths = new int[examples.length];
        int[][] labs = new int[examples.length][];
        float[] mean = stats.mean();
        float[] istd = stats.istd();
        for (int b = 0; b < examples.length; b++) {
            int u = utterances[examples[b]];
            int n = features.frames(u);
            lengths[b] = n;
            labs[b] = labels[examples[b]];
            int base = b * max * bins;
            for (int t = 0; t < n; t++) {
                for (int k = 0; k < bins; k++) {
                    x[base + t * bins + k] = (features.get(u, t, k) - mean[k]) * istd[k];
                }
            }
            if (augment != null) {
                augment.apply(x, base, n, bins, random);
            }
        }
        return new Batch(examples.clone(), x, max, bins, lengths, labs);
    }

    /** A padded batch: features {@code [size, maxFrames, bins]}, lengths and targets per utterance. */
    public record Batch(int[] examples, float[] features, int maxFrames, int bins, int[] lengths, int[][] labels) {
        public int size() {
            return lengths.length;
        }

        public long realFrames() {
            long n = 0;
            for (int l : lengths) {
                n += l;
            }
            return n;
        }
    }
}
