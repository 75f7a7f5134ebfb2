package org.vaak.segmentation.bpe;

import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.DictionaryTrainer;
import org.vaak.segmentation.learn.Progress;

/**
 * Extended BPE (method {@code ebpe}): BPE whose merges are ranked by the gain in corpus log-likelihood
 * of a unigram model of the pieces ({@link LikelihoodGain}) instead of by raw pair frequency, and whose
 * pairs must be seen at least twice. Word-final pieces (those carrying the end-of-word marker) are units
 * of their own in that model, so suffix chains are learned anchored at the word end. The segmenter is
 * the same as for BPE: merges applied in the order learned. The definition and measurements are in
 * {@code docs/segmentation.md}, section "Extended BPE".
 */
public final class ExtendedBpeTrainer implements DictionaryTrainer {
    public static final String METHOD = "ebpe";

    /** Extended BPE's defaults: those of BPE, and pairs must be seen at least twice. */
    public static final BpeOptions DEFAULT_OPTIONS = BpeOptions.DEFAULT.withMinPairCount(2);

    private final BpeOptions options;

    public ExtendedBpeTrainer() {
        this(DEFAULT_OPTIONS);
    }

    public ExtendedBpeTrainer(BpeOptions options) {
        this.options = options;
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public SubwordDictionary train(WordCounts counts, int targetSize, Progress progress) {
        return BpeLearning.train(METHOD, LikelihoodGain.INSTANCE, options, counts, targetSize, progress);
    }
}
