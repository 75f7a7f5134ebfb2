package org.vaak.segmentation.learn;

import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.SubwordDictionary;

/**
 * A dictionary learner. Each method (BPE, extended-BPE, Morfessor, unigram ML/Viterbi) has a trainer
 * that makes a {@link SubwordDictionary} and a segmenter that applies one (see {@code Segmenters}).
 * Trainers never split an akshara ({@link org.vaak.lexicons.Aksharas}).
 */
public interface DictionaryTrainer {
    /** The method name written into the dictionary. */
    String method();

    /**
     * Learns a dictionary of about {@code targetSize} units from word counts.
     *
     * @throws org.vaak.segmentation.corpus.CorpusException when the corpus cannot give that many units
     */
    SubwordDictionary train(WordCounts counts, int targetSize, Progress progress);
}
