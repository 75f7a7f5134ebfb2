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
 * apart for callers that fall back to another segmenter. Zero-width joiners and non-joiners are ignored by
 * the parse and put back into the pieces.
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

    private static boolean isJoiner(char c) {
        return c == '\u200C' || c == '\u200D';
    }

    /**
     * {@code word} without zero-width joiners and non-joiners (U+200D, U+200C). Some text puts them after a
     * dead consonant; they do not change the word's sounds, so the grammar parses the word without them.
     */
    public static String withoutJoiners(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (!isJoiner(word.charAt(i))) {
                sb.append(word.charAt(i));
            }
        }
        return sb.toString();
    }

    /**
     * Puts the joiners of {@code word} back into the pieces of {@code withoutJoiners(word)}: each joiner, left
     * to right, goes to the first place (earliest piece, earliest offset; so the end of a piece before the
     * start of the next) where the pieces join into the word up to and including that joiner. Returns null
     * when there is no such place.
     */
    public static List<String> reinsertJoiners(List<String> pieces, String word, Joiner joiner) {
        List<String> cur = new java.util.ArrayList<>(pieces);
        for (int j = 0; j < word.length(); j++) {
            char ch = word.charAt(j);
            if (!isJoiner(ch)) {
                continue;
            }
            String target = word.substring(0, j + 1) + withoutJoiners(word.substring(j + 1));
            boolean placed = false;
            for (int p = 0; p < cur.size() && !placed; p++) {
                String piece = cur.get(p);
                for (int o = 0; o <= piece.length() && !placed; o++) {
                    List<String> trial = new java.util.ArrayList<>(cur);
                    trial.set(p, piece.substring(0, o) + ch + piece.substring(o));
                    if (joiner.join(trial).equals(target)) {
                        cur = trial;
                        placed = true;
                    }
                }
            }
            if (!placed) {
                return null;
            }
        }
        return cur;
    }

    /**
     * The grammar's segmentation ({@code source = "grammar"}, {@code detail} = category, {@code cost} = path
     * cost), or null when the grammar does not accept the word.
     */
    public Segmentation parse(String word) {
        if (word.isEmpty()) {
            return null;
        }
        String core = withoutJoiners(word);
        if (core.isEmpty()) {
            return null;
        }
        GrammarParse p = grammar.parseWord(core);
        if (p == null) {
            return null;
        }
        List<String> pieces = reinsertJoiners(p.pieces(grammar.language()), word, joiner);
        if (pieces == null || !joiner.join(pieces).equals(word)) {
            // cannot happen for NFC words of the script; kept as a guard so no caller ever gets a bad split
            LOG.debug("grammar parse of '{}' does not join back ({}); left to the fallback", word, pieces);
            return null;
        }
        return new Segmentation(word, pieces, SOURCE, p.category(), p.cost());
    }
}
