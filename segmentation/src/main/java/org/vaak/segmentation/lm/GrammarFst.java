package org.vaak.segmentation.lm;

import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.FstBuilder;

/**
 * Converts a back-off n-gram model into the grammar transducer G of a decoding graph (tropical weights,
 * natural-log costs). There is one state per history that has words of its own or a back-off weight,
 * and one for the empty history; a word arc (label = word id + 1) costs -ln P and leads to the state of
 * the longest history the model keeps for what was just read; a back-off arc labelled {@code #0} on both
 * sides costs -ln of the back-off weight and leads to the state of the history without its oldest word.
 * The start state is the history {@code <s>}; {@code </s>} is a final weight, not an arc. Label 0 is
 * {@code <eps>}, {@code #0} is the last label. A sentence's path takes the back-off arc exactly where the
 * model has no n-gram for the next word, and its cost is -ln of the model's probability.
 */
public final class GrammarFst {
    /** The disambiguation symbol on back-off arcs, kept so that L o G can be determinized. */
    public static final String BACKOFF = "#0";

    private GrammarFst() {
    }

    /** The label of word id {@code w} in G. */
    public static int label(int w) {
        return w + 1;
    }

    /** The label of the back-off arcs in G built from {@code model}. */
    public static int backoffLabel(NgramModel model) {
        return model.vocabularySize() + 1;
    }

    public static CompactFst build(NgramModel model) {
        int n = model.order();
        int v = model.vocabularySize();
        String[] syms = new String[v + 2];
        syms[0] = "<eps>";
        for (int w = 0; w < v; w++) {
            String s = model.word(w);
            if (s.equals("<eps>") || s.equals(BACKOFF)) {
                throw new IllegalArgumentException("the vocabulary contains the reserved symbol '" + s + "'");
            }
            syms[w + 1] = s;
        }
        syms[v + 1] = BACKOFF;
        int[][] state = states(model);
        int numStates = 1;
        for (int k = 1; k < n; k++) {
            for (int s : state[k]) {
                numStates = Math.max(numStates, s + 1);
            }
        }
        FstBuilder b = new FstBuilder(numStates, model.size(n) + 2 * numStates);
        for (int s = 0; s < numStates; s++) {
            b.addState();
        }
        int[] ws = new int[n];
        float ln10 = (float) Math.log(10);
        for (int k = 1; k <= n; k++) {
            for (int g = 0; g < model.size(k); g++) {
                float lp = model.logProb(k, g);
                int w = model.lastWord(k, g);
                if (Float.isNaN(lp) || w == model.bos()) {
                    continue;
                }
                int from = k == 1 ? 0 : state[k - 1][model.prefix(k, g)];
                if (from < 0) {
                    continue; // a history that ends in </s>
                }
                float cost = (float) (-lp * Math.log(10));
                if (w == model.eos()) {
                    b.setFinal(from, cost);
                } else {
                    model.words(k, g, ws);
                    b.addArc(from, label(w), label(w), cost, destination(model, state, ws, k));
                }
            }
            if (k < n) {
                for (int g = 0; g < model.size(k); g++) {
                    int s = state[k][g];
                    if (s >= 0) {
                        model.words(k, g, ws);
                        float cost = -model.logBackoff(k, g) * ln10;
                        b.addArc(s, v + 1, v + 1, cost, destination(model, state, ws, k - 1, 1));
                    }
                }
            }
        }
        int bos = state.length > 1 ? state[1][model.bos()] : -1;
        b.setStart(bos >= 0 ? bos : 0);
        return b.build(syms, syms);
    }

    /** state[k][g] for histories of order k = 1..n-1 (-1: not a state); 0 is the empty history. */
    private static int[][] states(NgramModel model) {
        int n = model.order();
        int[][] state = new int[n][];
        int next = 1;
        for (int k = 1; k < n; k++) {
            boolean[] extended = new boolean[model.size(k)];
            for (int g = 0; g < model.size(k + 1); g++) {
                if (!Float.isNaN(model.logProb(k + 1, g))) {
                    extended[model.prefix(k + 1, g)] = true;
                }
            }
            int[] s = new int[model.size(k)];
            for (int g = 0; g < s.length; g++) {
                boolean isState = (extended[g] || model.logBackoff(k, g) != 0f) && model.lastWord(k, g) != model.eos();
                s[g] = isState ? next++ : -1;
            }
            state[k] = s;
        }
        return state;
    }

    /** The state of the longest kept history among the last words of ws[0..len-1]. */
    private static int destination(NgramModel model, int[][] state, int[] ws, int len) {
        return destination(model, state, ws, len, 0);
    }

    /** As above for ws[skip .. skip+len-1]. */
    private static int destination(NgramModel model, int[][] state, int[] ws, int len, int skip) {
        int end = skip + len;
        for (int l = Math.min(len, model.order() - 1); l >= 1; l--) {
            int id = model.find(ws, end - l, l);
            if (id >= 0 && state[l][id] >= 0) {
                return state[l][id];
            }
        }
        return 0;
    }
}
