package org.vaak.segmentation.dict;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.corpus.CorpusInfo;

/**
 * A learned subword dictionary: the units, how they were learned and from what. Stored as one
 * self-describing JSON file (see {@code docs/formats.md} and {@link DictionaryIO}).
 *
 * @param language the language of the units
 * @param method the learner: {@code bpe}, {@code ebpe}, {@code morfessor}, {@code unigram-ml},
 *     {@code unigram-viterbi}
 * @param parameters the learner's settings, as given and as defaulted, so that the run can be repeated
 * @param units the units with their natural-log probabilities; for BPE the probabilities come from the
 *     training corpus segmented with the final merges
 * @param merges BPE merges in the order learned (each the two pieces joined); empty for other methods.
 *     Pieces inside merges carry {@link #END_OF_WORD} when they end a word
 * @param corpus where the training data came from
 * @param stats measured numbers of the training run (final cost, iterations, seconds, ...)
 */
public record SubwordDictionary(
        Language language,
        String method,
        Map<String, Object> parameters,
        List<Unit> units,
        List<List<String>> merges,
        CorpusInfo corpus,
        Map<String, Object> stats) {

    /** End-of-word marker used inside BPE merges. */
    public static final String END_OF_WORD = "</w>";

    /** A unit and its natural-log probability. */
    public record Unit(String piece, double logProb) {
        public Unit {
            Objects.requireNonNull(piece, "piece");
        }
    }

    public SubwordDictionary {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(method, "method");
        parameters = Map.copyOf(parameters);
        units = List.copyOf(units);
        merges = merges == null ? List.of() : merges.stream().map(List::copyOf).toList();
        stats = Map.copyOf(stats);
    }

    public int size() {
        return units.size();
    }
}
