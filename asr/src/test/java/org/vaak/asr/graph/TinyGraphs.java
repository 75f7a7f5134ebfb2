package org.vaak.asr.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.Compose;
import org.vaak.segmentation.fst.FstBuilder;
import org.vaak.segmentation.fst.ShortestPath;

/** Tiny hand-made lexicons and grammars, and path queries on graphs, for the tests. */
final class TinyGraphs {
    static final List<String> PHONES = List.of("a", "b", "c");
    static final String[] WORDS = {"<eps>", "#0", "a", "ab", "b", "ba", "x"};
    static final int BLK = 0;
    static final int A = 1;
    static final int B = 2;
    static final int C = 3;

    private TinyGraphs() {
    }

    static Lexicon lexicon() {
        return new Lexicon(List.of(
                new Lexicon.Entry("ab", List.of("a", "b"), 0f),
                new Lexicon.Entry("a", List.of("a"), 0f),
                new Lexicon.Entry("b", List.of("b"), 0f),
                new Lexicon.Entry("ba", List.of("b", "a"), 0f),
                new Lexicon.Entry("x", List.of("a", "b"), 0f)), Map.of());
    }

    static int word(String w) {
        for (int i = 0; i < WORDS.length; i++) {
            if (WORDS[i].equals(w)) {
                return i;
            }
        }
        throw new IllegalArgumentException(w);
    }

    /** A backoff bigram as an ARPA converter writes it: #0 backoff arcs, -ln costs. */
    static CompactFst bigram() {
        FstBuilder b = new FstBuilder();
        for (int i = 0; i < 5; i++) {
            b.addState();
        }
        b.setStart(0);
        arc(b, 0, "ab", 1.0f, 1);
        arc(b, 0, "a", 2.0f, 2);
        arc(b, 0, "#0", 0.5f, 3);
        arc(b, 3, "ab", 2.0f, 1);
        arc(b, 3, "a", 1.6f, 2);
        arc(b, 3, "b", 1.2f, 4);
        arc(b, 3, "ba", 2.5f, 4);
        arc(b, 3, "x", 3.0f, 4);
        b.setFinal(3, 1.0f);
        arc(b, 1, "b", 0.3f, 4);
        arc(b, 1, "#0", 0.7f, 3);
        b.setFinal(1, 0.4f);
        arc(b, 2, "#0", 0.2f, 3);
        b.setFinal(2, 0.8f);
        arc(b, 4, "#0", 0.1f, 3);
        b.setFinal(4, 0.6f);
        return b.build(WORDS.clone(), WORDS.clone());
    }

    private static void arc(FstBuilder b, int from, String w, float cost, int to) {
        b.addArc(from, word(w), word(w), cost, to);
    }

    /** A linear acceptor of acoustic tokens (label = token + 1). */
    static CompactFst tokens(int... tokens) {
        FstBuilder b = new FstBuilder();
        int s = b.addState();
        b.setStart(s);
        for (int t : tokens) {
            int n = b.addState();
            b.addArc(s, t + 1, t + 1, 0f, n);
            s = n;
        }
        b.setFinal(s, 0f);
        return b.build(null, null);
    }

    /** Output units of a path (epsilons dropped), space-separated. */
    static String units(int[] olabels, String[] syms) {
        StringBuilder sb = new StringBuilder();
        for (int l : olabels) {
            if (l != 0) {
                sb.append(sb.isEmpty() ? "" : " ").append(syms[l]);
            }
        }
        return sb.toString();
    }

    /** The best output and its cost for a token sequence, or null when the graph rejects it. */
    static Map.Entry<String, Float> best(CompactFst tlg, int... tokens) {
        CompactFst c = Compose.apply(tokens(tokens).withSymbols(null, tlg.inputSymbols()), tlg);
        return ShortestPath.best(c).map(p -> Map.entry(units(p.olabels(), tlg.outputSymbols()), p.weight())).orElse(null);
    }

    /** Every output of a token sequence with its lowest cost (the composition is acyclic). */
    static Map<String, Float> all(CompactFst tlg, int... tokens) {
        CompactFst c = Compose.apply(tokens(tokens).withSymbols(null, tlg.inputSymbols()), tlg);
        Map<String, Float> out = new TreeMap<>();
        if (c.start() >= 0) {
            walk(c, c.start(), new ArrayList<>(), 0f, out, 0);
        }
        return out;
    }

    private static void walk(CompactFst f, int s, List<Integer> labels, float w, Map<String, Float> out, int depth) {
        if (depth > 64) {
            throw new IllegalStateException("cycle in a composition that should be acyclic");
        }
        if (f.isFinal(s)) {
            int[] ol = labels.stream().mapToInt(Integer::intValue).toArray();
            out.merge(units(ol, f.outputSymbols()), w + f.finalWeight(s), Math::min);
        }
        for (int a = f.arcStart(s); a < f.arcEnd(s); a++) {
            labels.add(f.olabel(a));
            walk(f, f.next(a), labels, w + f.weight(a), out, depth + 1);
            labels.remove(labels.size() - 1);
        }
    }

    /** Phone sequence of a token sequence by the CTC rule: merge repeats, drop blanks. */
    static List<Integer> collapse(int... tokens) {
        List<Integer> out = new ArrayList<>();
        int prev = BLK;
        for (int t : tokens) {
            if (t != BLK && t != prev) {
                out.add(t - 1);
            }
            prev = t;
        }
        return out;
    }

    /** The cost of a word sequence under G with #0 arcs taken as free moves (G alone, no lexicon). */
    static float grammarCost(CompactFst g, List<String> words) {
        FstBuilder lin = new FstBuilder();
        int s = lin.addState();
        lin.setStart(s);
        for (String w : words) {
            int n = lin.addState();
            lin.addArc(s, word(w), word(w), 0f, n);
            s = n;
        }
        lin.setFinal(s, 0f);
        FstBuilder gb = new FstBuilder();
        for (int i = 0; i < g.numStates(); i++) {
            gb.addState();
            gb.setFinal(i, g.finalWeight(i));
        }
        gb.setStart(g.start());
        Map<Integer, Integer> map = new HashMap<>();
        map.put(word("#0"), 0);
        for (int st = 0; st < g.numStates(); st++) {
            for (int a = g.arcStart(st); a < g.arcEnd(st); a++) {
                int l = map.getOrDefault(g.ilabel(a), g.ilabel(a));
                gb.addArc(st, l, l, g.weight(a), g.next(a));
            }
        }
        CompactFst c = Compose.apply(lin.build(null, null), gb.build(null, null));
        return ShortestPath.best(c).map(ShortestPath.Path::weight).orElse(Float.POSITIVE_INFINITY);
    }
}
