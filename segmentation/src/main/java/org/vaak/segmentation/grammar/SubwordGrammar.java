package org.vaak.segmentation.grammar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.PhonemicForm;

/**
 * A compiled SG-WFST: the network and its weights, with a best-path search over the open form of a word.
 * The search is the Viterbi algorithm on the network's arrays (every arc reads one code point, so the
 * lattice has one layer per code point); it finds the same path as composing a linear acceptor of the
 * word with the transducer and taking the shortest path (checked in tests against jopenfst and OpenFst).
 * Immutable and thread-safe.
 */
public final class SubwordGrammar {
    private final GrammarNetwork network;
    private final GrammarWeights weights;

    public SubwordGrammar(GrammarNetwork network, GrammarWeights weights) {
        this.network = network;
        this.weights = weights;
    }

    public GrammarNetwork network() {
        return network;
    }

    public GrammarWeights weights() {
        return weights;
    }

    public Language language() {
        return network.language();
    }

    /** The best parse of a written word, or null when the grammar does not accept it. */
    public GrammarParse parseWord(String word) {
        return bestPath(PhonemicForm.open(word, language()).codePoints().toArray(), 0, 0);
    }

    /**
     * The best path that reads {@code cps[from..]} starting in root {@code startRoot} and ends in a final
     * root, or null. With {@code from == cps.length} the path is empty (cost = final cost of the root).
     */
    public GrammarParse bestPath(int[] cps, int from, int startRoot) {
        int n = cps.length - from;
        List<Layer> layers = new ArrayList<>(n + 1);
        Layer cur = new Layer(1);
        cur.add(startRoot, 0, -1, -1);
        layers.add(cur);
        for (int i = from; i < cps.length; i++) {
            int cp = cps[i];
            Layer next = new Layer(Math.max(4, cur.size));
            for (int j = 0; j < cur.size; j++) {
                int s = cur.state[j];
                int a = network.firstArc(s, cp);
                if (a < 0) {
                    continue;
                }
                int end = network.arcEnd(s);
                for (; a < end && network.input(a) == cp; a++) {
                    int c = network.choice(a);
                    double cost = cur.cost[j] + (c < 0 ? 0 : weights.choiceCost(c));
                    next.relax(network.next(a), cost, j, c);
                }
            }
            if (next.size == 0) {
                return null;
            }
            layers.add(next);
            cur = next;
        }
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int j = 0; j < cur.size; j++) {
            int s = cur.state[j];
            if (s < network.rootCount() && network.isFinal(s)) {
                double c = cur.cost[j] + weights.finalCost(s);
                if (c < bestCost) {
                    bestCost = c;
                    best = j;
                }
            }
        }
        if (best < 0) {
            return null;
        }
        List<Choice> out = new ArrayList<>();
        int j = best;
        for (int l = layers.size() - 1; l > 0; l--) {
            Layer layer = layers.get(l);
            if (layer.choice[j] >= 0) {
                out.add(network.choices().get(layer.choice[j]));
            }
            j = layer.back[j];
        }
        Collections.reverse(out);
        return out.isEmpty() ? null : new GrammarParse(out, bestCost);
    }

    /**
     * Whether {@code cps[from..]} (non-empty) can be read from root {@code startRoot} as a sequence of whole
     * units, ending in any morphotactic state (final or not).
     */
    public boolean readsWholeUnits(int[] cps, int from, int startRoot) {
        if (from >= cps.length) {
            return false;
        }
        java.util.BitSet cur = new java.util.BitSet();
        cur.set(startRoot);
        for (int i = from; i < cps.length; i++) {
            java.util.BitSet next = new java.util.BitSet();
            for (int s = cur.nextSetBit(0); s >= 0; s = cur.nextSetBit(s + 1)) {
                int a = network.firstArc(s, cps[i]);
                if (a < 0) {
                    continue;
                }
                for (int end = network.arcEnd(s); a < end && network.input(a) == cps[i]; a++) {
                    next.set(network.next(a));
                }
            }
            if (next.isEmpty()) {
                return false;
            }
            cur = next;
        }
        int r = cur.nextSetBit(0);
        return r >= 0 && r < network.rootCount();
    }

    /** Whether {@code cps[from..]} can be read from root {@code startRoot} to a final root. */
    public boolean accepts(int[] cps, int from, int startRoot) {
        if (from == cps.length) {
            return network.isFinal(startRoot);
        }
        return bestPath(cps, from, startRoot) != null;
    }

    /** One lattice layer: the states reached after reading a prefix, with best cost and back pointer. */
    private static final class Layer {
        int size;
        int[] state;
        double[] cost;
        int[] back;
        int[] choice;
        final Map<Integer, Integer> index = new HashMap<>();

        Layer(int cap) {
            state = new int[cap];
            cost = new double[cap];
            back = new int[cap];
            choice = new int[cap];
        }

        void add(int s, double c, int b, int ch) {
            if (size == state.length) {
                int cap = size * 2;
                state = java.util.Arrays.copyOf(state, cap);
                cost = java.util.Arrays.copyOf(cost, cap);
                back = java.util.Arrays.copyOf(back, cap);
                choice = java.util.Arrays.copyOf(choice, cap);
            }
            index.put(s, size);
            state[size] = s;
            cost[size] = c;
            back[size] = b;
            choice[size] = ch;
            size++;
        }

        void relax(int s, double c, int b, int ch) {
            Integer k = index.get(s);
            if (k == null) {
                add(s, c, b, ch);
            } else if (c < cost[k]) {
                cost[k] = c;
                back[k] = b;
                choice[k] = ch;
            }
        }
    }
}
