package org.vaak.segmentation.bpe;

import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.DictionaryTrainer;
import org.vaak.segmentation.learn.Progress;

/**
 * Byte-pair encoding over aksharas (method {@code bpe}): starting from the aksharas, with the end-of-word
 * marker on each word's last one, repeatedly merge the most frequent adjacent pair (ties: the pair whose
 * left, then right piece comes first in string order) until the dictionary holds the asked number of
 * units. See {@link BpeLearning} for what the size counts and how probabilities are estimated.
 */
public final class BpeTrainer implements DictionaryTrainer {
    public static final String METHOD = "bpe";

    private final BpeOptions options;

    public BpeTrainer() {
        this(BpeOptions.DEFAULT);
    }

    public BpeTrainer(BpeOptions options) {
        this.options = options;
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public SubwordDictionary train(WordCounts counts, int targetSize, Progress progress) {
        return BpeLearning.train(METHOD, MergeScore.FREQUENCY, options, counts, targetSize, progress);
    }
}
