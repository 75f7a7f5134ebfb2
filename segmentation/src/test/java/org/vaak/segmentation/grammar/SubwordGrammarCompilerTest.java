package org.vaak.segmentation.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.steveash.jopenfst.Arc;
import com.github.steveash.jopenfst.MutableFst;
import com.github.steveash.jopenfst.MutableState;
import com.github.steveash.jopenfst.State;
import com.github.steveash.jopenfst.operations.ArcSort;
import com.github.steveash.jopenfst.operations.Compose;
import com.github.steveash.jopenfst.operations.NShortestPaths;
import com.github.steveash.jopenfst.semiring.TropicalSemiring;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.PhonemicForm;
import org.vaak.lexicons.grammar.GrammarLoader;
import org.vaak.segmentation.corpus.WordCounts;

class SubwordGrammarCompilerTest {
    static final List<String> TA_WORDS = List.of("படித்தான்", "மரத்தை", "மரங்களை", "அவனுக்கு", "இருபத்தொன்று",
            "பேசினான்", "சேமிக்கப்பட்டது", "கோப்புகளை", "மனைவியை", "வீட்டிலிருந்து", "படித்துக்கொண்டிருந்தான்",
            "கோப்பைத்", "முடியவில்லை", "படிக்கும்போது");

    static WordCounts taCorpus() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < TA_WORDS.size(); i++) {
            m.put(TA_WORDS.get(i), (long) (i % 4 + 1));
        }
        m.put("கோப்புகள்", 7L);
        m.put("கோப்பு", 9L);
        return WordCounts.of(Language.TAMIL, m, "test");
    }

    @Test
    void networkIsDeterministicOnInputOutputPairsAndTriesOnInput() {
        for (Language l : Language.values()) {
            GrammarNetwork net = Grammars.hand(l).network();
            for (int s = 0; s < net.stateCount(); s++) {
                Set<Long> pairs = new HashSet<>();
                Set<Integer> epsInputs = new HashSet<>();
                for (int a = net.arcBegin(s); a < net.arcEnd(s); a++) {
                    assertTrue(pairs.add(((long) net.input(a) << 32) | (net.choice(a) + 1)),
                            l.code() + ": two arcs with the same input:output pair at state " + s);
                    if (net.choice(a) < 0) {
                        assertTrue(epsInputs.add(net.input(a)), "trie not deterministic at state " + s);
                    }
                }
            }
        }
    }

    @Test
    void weightsAreAProbabilityDistributionPerState() {
        SubwordGrammar g = SubwordGrammarCompiler.compile(GrammarLoader.load(Language.TAMIL, false), taCorpus());
        GrammarNetwork net = g.network();
        double[] mass = new double[net.rootCount()];
        for (Choice c : net.choices()) {
            mass[c.fromRoot()] += Math.exp(-g.weights().choiceCost(c.id()));
        }
        for (int r = 0; r < net.rootCount(); r++) {
            if (net.isFinal(r)) {
                mass[r] += Math.exp(-g.weights().finalCost(r));
            }
            assertEquals(1.0, mass[r], 1e-9, net.rootName(r));
        }
    }

    @Test
    void corpusCountsMakeUsedUnitsCheaper() {
        SubwordGrammar uniform = Grammars.hand(Language.TAMIL);
        SubwordGrammar trained = SubwordGrammarCompiler.compile(GrammarLoader.load(Language.TAMIL, false), taCorpus());
        int plural = choice(trained, "noun/plural/க்அள்");
        int other = choice(trained, "noun/plural/க்க்அள்");
        assertEquals(uniform.weights().choiceCost(plural), uniform.weights().choiceCost(other), 1e-12);
        assertTrue(trained.weights().choiceCost(plural) < trained.weights().choiceCost(other));
        GrammarParse p = trained.parseWord("கோப்புகள்");
        assertEquals(List.of("கோப்பு", "கள்"), p.pieces(Language.TAMIL));
    }

    private static int choice(SubwordGrammar g, String symbol) {
        for (Choice c : g.network().choices()) {
            if (c.symbol().equals(symbol) && c.fromRoot() == g.network().root("noun", "N")) {
                return c.id();
            }
        }
        throw new AssertionError("no choice " + symbol);
    }

    @Test
    void fastBestPathEqualsJopenfstShortestPath() {
        SubwordGrammar g = SubwordGrammarCompiler.compile(GrammarLoader.load(Language.TAMIL, false), taCorpus());
        MutableFst fst = SubwordGrammarCompiler.toFst(g);
        ArcSort.sortByInput(fst);
        List<String> words = new ArrayList<>(TA_WORDS);
        words.add("மரம்");
        words.add("ஸ்கேனர்");
        for (String w : words) {
            GrammarParse fast = g.parseWord(w);
            Object[] ref = shortestPath(fst, PhonemicForm.open(w, Language.TAMIL));
            if (fast == null) {
                assertNull(ref, w);
                continue;
            }
            assertNotNull(ref, w);
            assertEquals(fast.choices().stream().map(Choice::symbol).toList(), ref[0], w);
            assertEquals(fast.cost(), (double) ref[1], 1e-4, w);
        }
    }

    /** Output symbols and cost of the shortest path of (linear acceptor of {@code open}) o fst, or null. */
    static Object[] shortestPath(MutableFst fst, String open) {
        MutableFst word = new MutableFst(TropicalSemiring.INSTANCE);
        word.setInputSymbolsAsCopy(fst.getInputSymbols());
        word.setOutputSymbolsAsCopy(fst.getInputSymbols());
        MutableState s = word.newStartState();
        int[] cps = open.codePoints().toArray();
        for (int cp : cps) {
            String sym = new String(Character.toChars(cp));
            if (!fst.getInputSymbols().contains(sym)) {
                return null;
            }
            MutableState t = word.newState();
            word.addArc(s, sym, sym, t, 0.0);
            s = t;
        }
        s.setFinalWeight(0.0);
        ArcSort.sortByOutput(word);
        MutableFst composed = Compose.compose(word, fst, TropicalSemiring.INSTANCE);
        if (composed.getStateCount() == 0 || composed.getStartState() == null) {
            return null;
        }
        MutableFst best = NShortestPaths.apply(composed, 1);
        if (best.getStateCount() == 0 || best.getStartState() == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        double cost = 0;
        State st = best.getStartState();
        while (st.getArcCount() > 0) {
            Arc a = st.getArc(0);
            if (a.getOlabel() != 0) {
                out.add(best.getOutputSymbols().invert().keyForId(a.getOlabel()));
            }
            cost += a.getWeight();
            st = a.getNextState();
        }
        if (Double.isInfinite(st.getFinalWeight())) {
            return null;
        }
        return new Object[] {out, cost + st.getFinalWeight()};
    }
}
