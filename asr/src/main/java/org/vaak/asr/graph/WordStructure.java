package org.vaak.asr.graph;

import java.util.HashMap;
import java.util.Map;
import org.vaak.lexicons.PhonemicForm;
import org.vaak.segmentation.SubwordText;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.Determinize;
import org.vaak.segmentation.fst.FstBuilder;
import org.vaak.segmentation.grammar.Choice;
import org.vaak.segmentation.grammar.GrammarNetwork;
import org.vaak.segmentation.grammar.SubwordGrammar;

/**
 * W, the word-structure acceptor of the knowledge-driven system: the sequences of marked subword units
 * that form words the SG-WFST accepts, one word after another. It is derived from the grammar's
 * morphotactic states ("roots"): each choice (a unit of a slot from root {@code f} to root {@code t})
 * becomes an arc {@code f -piece@@-> t} (the word goes on) and, when {@code t} is final, an arc
 * {@code f -piece-> boundary} (the word ends with this piece). The boundary state is the start of every
 * word, the start state and the only final state.
 *
 * <p>Words outside the grammar (the heuristic segmenter's pieces, names, loanwords) are not forbidden but
 * pay {@code fallbackCost} per word: a word whose first unit cannot start a grammar word (an unknown
 * stem, as the heuristic segmenter leaves it) continues in a fallback state that reads any units
 * {@code u@@ ... v} of G's vocabulary. Keeping the two kinds of word apart from their first unit on keeps W
 * deterministic without mixed subsets: were every unit allowed to start a fallback word, each state of
 * det(W) would allow the whole vocabulary and G o W would pair G's backoff state (all units) with every
 * one of them. With {@code fallbackCost = +Infinity} only grammar words remain. Grammar weights are not used (the
 * subword n-gram G already scores the units; W only constrains). G's auxiliary symbols ({@code #0},
 * {@code <s>}, {@code </s>}) loop on every state so that G o W keeps G's backoff arcs. The result is
 * determinized, so G o W stays deterministic.
 */
public final class WordStructure {
    private WordStructure() {
    }

    /** W over the labels of {@code symbols} (G's symbol table); units of the table that no word uses stay out. */
    public static CompactFst build(SubwordGrammar grammar, String[] symbols, float fallbackCost) {
        GrammarNetwork net = grammar.network();
        Map<String, Integer> label = new HashMap<>();
        for (int l = 1; l < symbols.length; l++) {
            if (symbols[l] != null) {
                label.put(symbols[l], l);
            }
        }
        FstBuilder b = new FstBuilder(net.rootCount() + 2, net.choices().size() * 2);
        int boundary = b.addState();
        b.setStart(boundary);
        b.setFinal(boundary, 0f);
        int[] rootState = new int[net.rootCount()];
        for (int r = 0; r < net.rootCount(); r++) {
            rootState[r] = r == 0 ? boundary : b.addState();
        }
        for (Choice c : net.choices()) {
            if (c.toRoot() == 0) {
                throw new IllegalArgumentException("grammar choice " + c.symbol() + " leads back to the start state");
            }
            String piece = PhonemicForm.close(c.unit(), grammar.language());
            Integer cont = label.get(piece + SubwordText.MARKER);
            if (cont != null) {
                b.addArc(rootState[c.fromRoot()], cont, cont, 0f, rootState[c.toRoot()]);
            }
            Integer end = label.get(piece);
            if (end != null && net.isFinal(c.toRoot())) {
                b.addArc(rootState[c.fromRoot()], end, end, 0f, boundary);
            }
        }
        if (fallbackCost != Float.POSITIVE_INFINITY) {
            boolean[] initial = new boolean[symbols.length];
            for (Choice c : net.choices()) {
                if (c.fromRoot() == 0) {
                    String piece = PhonemicForm.close(c.unit(), grammar.language());
                    for (String u : new String[] {piece, piece + SubwordText.MARKER}) {
                        Integer l = label.get(u);
                        if (l != null) {
                            initial[l] = true;
                        }
                    }
                }
            }
            int fallback = b.addState();
            for (int l = 1; l < symbols.length; l++) {
                String s = symbols[l];
                if (s == null || LexiconFst.isAuxiliary(s)) {
                    continue;
                }
                boolean cont = s.endsWith(SubwordText.MARKER);
                if (!initial[l]) {
                    b.addArc(boundary, l, l, fallbackCost, cont ? fallback : boundary);
                }
                b.addArc(fallback, l, l, 0f, cont ? fallback : boundary);
            }
        }
        int states = b.numStates();
        for (int l = 1; l < symbols.length; l++) {
            if (symbols[l] != null && LexiconFst.isAuxiliary(symbols[l])) {
                for (int s = 0; s < states; s++) {
                    b.addArc(s, l, l, 0f, s);
                }
            }
        }
        return Determinize.apply(b.build(symbols.clone(), symbols.clone()));
    }
}
