package org.vaak.segmentation.grammar;

import org.vaak.lexicons.Language;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.Segmenter;
import org.vaak.segmentation.heuristic.HeuristicSegmenter;

/**
 * The knowledge-driven segmenter: the SG-WFST first, the heuristic segmenter for the words it does not
 * accept. {@link Segmentation#source()} says which path produced each result ({@code grammar} or
 * {@code heuristic}, or {@code passthrough} for text that is not a word of the language).
 */
public final class KnowledgeSegmenter implements Segmenter {
    private final GrammarSegmenter grammar;
    private final HeuristicSegmenter heuristic;

    public KnowledgeSegmenter(SubwordGrammar g) {
        this.grammar = new GrammarSegmenter(g);
        this.heuristic = new HeuristicSegmenter(g);
    }

    @Override
    public Language language() {
        return grammar.language();
    }

    @Override
    public Segmentation segment(String word) {
        Segmentation s = grammar.parse(word);
        return s != null ? s : heuristic.segment(word);
    }
}
