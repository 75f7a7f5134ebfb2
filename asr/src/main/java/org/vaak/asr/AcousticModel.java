package org.vaak.asr;

import org.vaak.audio.FeatureConfig;

/**
 * Turns log-mel feature frames into per-frame CTC log-posteriors.
 *
 * <p>Token 0 is the CTC blank; token {@code i >= 1} is phone {@code i - 1} of the model's phone set.
 * Output frame {@code j} stands for input frames {@code [j * subsampling(), (j + 1) * subsampling())}.
 * Its value depends only on input frames {@code j * subsampling() - leftContext()} to
 * {@code (j + 1) * subsampling() - 1 + rightContext()} (frames outside the utterance count as padding),
 * so a streaming recogniser that has seen {@code rightContext()} frames past a block can compute the
 * block's outputs exactly.
 */
public interface AcousticModel {
    /** The features the model expects (sample rate, window, hop, mel bins). */
    FeatureConfig features();

    /** Input frames per output frame. */
    int subsampling();

    /** Input frames before an output frame's own frames that can change it. */
    int leftContext();

    /** Input frames after an output frame's own frames that can change it. */
    int rightContext();

    /** Number of output tokens: blank plus the phones. */
    int numTokens();

    /** Phone symbol of token {@code t >= 1}. */
    String phone(int token);

    /**
     * Log-posteriors {@code [ceil(frames / subsampling())][numTokens()]} for un-normalised log-mel
     * features {@code [frames][melBins]} (the model applies its own normalisation).
     */
    float[][] logPosteriors(float[][] features);
}
