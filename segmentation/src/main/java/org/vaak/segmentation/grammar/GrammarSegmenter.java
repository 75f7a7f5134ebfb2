package org.vaak.segmentation.grammar;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Joiner;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.Segmenter;

/**
 * Segments a word by the best path through the SG-WFST for its open form. The pieces are the path's units
 * closed back to written form; they always join back into the word (checked for every result). Words the
 * grammar does not accept come back whole with source {@code passthrough}; {@link #parse} tells them
 * apart for callers that fall back to another segmenter.
 */
public final class GrammarSegmenter implements Segmenter {
    public static final String SOURCE = "grammar";
    private static final Logger LOG = LoggerFactory.getLogger(GrammarSegmenter.class);
    private final SubwordGrammar grammar;
    private final Joiner joiner;

    public GrammarSegmenter(SubwordGrammar grammar) {
        this.grammar = grammar;
        this.joiner = new Joiner(grammar.language());
    }

    @Override
    public Language language() {
        return grammar.language();
    }

    public SubwordGrammar grammar() {
        return grammar;
    }

    @Override
    public Segmentation segment(String word) {
        Segmentation s = parse(word);
        return s != null ? s : Segmentation.whole(word, "passthrough", "not accepted by the grammar");
    }

    /**
     * The length of {@code word} without trailing zero-width joiners or non-joiners (U+200D, U+200C), which
     * some text puts after a final dead consonant; they stay attached to the last piece.
     */
    public static int coreLength(String word) {
        int n = word.length();
        while (n > 0 && (word.charAt(n - 1) == '\u200C' || word.charAt(n - 1) == '\u200D')) {
            n--;
        }
        return n;
    }

    /**
     * The grammar's segmentation ({@code source = "grammar"}, {@code detail} = category, {@code cost} = path
     * cost), or null when the grammar does not accept the word.
     */
    public Segmentation parse(String word) {
        if (word.isEmpty()) {
            return null;
        }
        int core = coreLength(word);
        if (core == 0) {
            return null;
        }
        GrammarParse p = grammar.parseWord(word.substring(0, core));
        if (p == null) {
            return null;
        }
        List<String> pieces = new java.util.ArrayList<>(p.pieces(grammar.language()));
        if (core < word.length()) {
            pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + word.substring(core));
        }
        if (!joiner.join(pieces).equals(word)) {
            // cannot happen for NFC words of the script; kept as a guard so no caller ever gets a bad split
            LOG.warn("grammar parse of '{}' does not join back ({}); left to the fallback", word, pieces);
            return null;
        }
        return new Segmentation(word, pieces, SOURCE, p.category(), p.cost());
    }
}
