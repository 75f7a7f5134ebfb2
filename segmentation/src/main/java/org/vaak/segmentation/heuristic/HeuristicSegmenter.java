package org.vaak.segmentation.heuristic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vaak.lexicons.Aksharas;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.PhonemicForm;
import org.vaak.segmentation.Joiner;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.Segmenter;
import org.vaak.segmentation.grammar.Choice;
import org.vaak.segmentation.grammar.GrammarNetwork;
import org.vaak.segmentation.grammar.GrammarParse;
import org.vaak.segmentation.grammar.GrammarSegmenter;
import org.vaak.segmentation.grammar.SubwordGrammar;

/**
 * Segments words the grammar cannot parse, with the grammar's own suffix lists.
 *
 * <p>Rules, in order (the one that fired is the result's {@code detail}):
 * <ol>
 *   <li>{@code suffix-chain:<category>}: strip the longest chain of known suffixes that the noun or verb
 *       morphotactics accept after a stem (any state a stem leads to), keeping an unknown stem of at least
 *       {@link #MIN_STEM_AKSHARAS} aksharas; between chains of equal length the cheaper one wins. The stem
 *       is one piece, each suffix unit one piece.</li>
 *   <li>{@code whole-word}: no chain applies; the word is one piece.</li>
 * </ol>
 * Text that contains no letter of the language is left whole with source {@code passthrough}.
 */
public final class HeuristicSegmenter implements Segmenter {
    public static final String SOURCE = "heuristic";
    public static final int MIN_STEM_AKSHARAS = 2;
    private final SubwordGrammar grammar;
    private final Joiner joiner;
    private final int[] stemRoots;

    public HeuristicSegmenter(SubwordGrammar grammar) {
        this.grammar = grammar;
        this.joiner = new Joiner(grammar.language());
        GrammarNetwork net = grammar.network();
        Set<Integer> roots = new LinkedHashSet<>();
        for (Choice c : net.choices()) {
            if (c.fromRoot() == 0 && (c.category().equals("noun") || c.category().equals("verb"))) {
                roots.add(c.toRoot());
            }
        }
        this.stemRoots = roots.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    @Override
    public Language language() {
        return grammar.language();
    }

    @Override
    public Segmentation segment(String word) {
        Language lang = grammar.language();
        if (word.isEmpty() || word.codePoints().noneMatch(cp -> lang.inBlock(cp) && Character.isLetter(cp))) {
            return Segmentation.whole(word, "passthrough", "not a word of " + lang.displayName());
        }
        String core = GrammarSegmenter.withoutJoiners(word);
        String open = PhonemicForm.open(core, lang);
        int[] cps = open.codePoints().toArray();
        int[] offsets = new int[cps.length + 1];
        for (int i = 0, o = 0; i < cps.length; i++) {
            offsets[i] = o;
            o += Character.charCount(cps[i]);
            offsets[i + 1] = o;
        }
        for (int i = 1; i < cps.length; i++) {
            String stem = PhonemicForm.close(open.substring(0, offsets[i]), lang);
            if (Aksharas.split(stem, lang).size() < MIN_STEM_AKSHARAS) {
                continue;
            }
            GrammarParse best = null;
            for (int r : stemRoots) {
                GrammarParse p = grammar.bestPath(cps, i, r);
                if (p != null && (best == null || p.cost() < best.cost())) {
                    best = p;
                }
            }
            if (best == null) {
                continue;
            }
            List<String> pieces = new ArrayList<>();
            pieces.add(stem);
            pieces.addAll(best.pieces(lang));
            pieces = GrammarSegmenter.reinsertJoiners(pieces, word, joiner);
            if (pieces != null && joiner.join(pieces).equals(word)) {
                return new Segmentation(word, pieces, SOURCE, "suffix-chain:" + best.category(), best.cost());
            }
        }
        return Segmentation.whole(word, SOURCE, "whole-word");
    }
}
