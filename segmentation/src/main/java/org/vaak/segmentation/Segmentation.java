package org.vaak.segmentation;

import java.util.List;

/**
 * The subwords of one word and what produced them.
 *
 * @param word the word as given
 * @param pieces the subwords, in order; {@link Joiner#join} of them gives back {@code word}
 * @param source which path produced the result: {@code "grammar"} (a path through the SG-WFST; the
 *     category is in {@code detail}), {@code "heuristic"}, {@code "dictionary"} (a learned dictionary), or
 *     {@code "passthrough"} (not a word of the language: left whole)
 * @param detail more about the path: the grammar category, the heuristic rule, or the learner's method
 * @param cost the path's cost (negative log-probability, natural log) where the segmenter has one, else NaN
 */
public record Segmentation(String word, List<String> pieces, String source, String detail, double cost) {
    public Segmentation {
        pieces = List.copyOf(pieces);
    }

    public static Segmentation whole(String word, String source, String detail) {
        return new Segmentation(word, List.of(word), source, detail, Double.NaN);
    }
}
