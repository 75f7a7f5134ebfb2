package org.vaak.segmentation.unigram;

import com.github.steveash.jopenfst.Arc;
import com.github.steveash.jopenfst.MutableFst;
import com.github.steveash.jopenfst.MutableState;
import com.github.steveash.jopenfst.MutableSymbolTable;
import com.github.steveash.jopenfst.State;
import com.github.steveash.jopenfst.SymbolTable;
import com.github.steveash.jopenfst.operations.Compose;
import com.github.steveash.jopenfst.operations.Connect;
import com.github.steveash.jopenfst.operations.NShortestPaths;
import com.github.steveash.jopenfst.operations.PrecomputedComposeFst;
import com.github.steveash.jopenfst.semiring.LogSemiring;
import com.github.steveash.jopenfst.semiring.Semiring;
import com.github.steveash.jopenfst.semiring.TropicalSemiring;
import java.util.ArrayDeque;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A word's segmentation lattice as weighted FSTs, with jopenfst: the word's linear acceptor over
 * aksharas composed with the closure of the dictionary transducer (aksharas &rarr; unit, the unit
 * written on its first arc with weight -log p(u)). Paths of the composition are the word's
 * segmentations. Expected unit counts come from forward and backward shortest distances in the log
 * semiring; the best segmentation from the shortest path in the tropical semiring.
 *
 * <p>This is the definition the trainer's array lattices ({@link WordLattices}, {@link LatticeMath})
 * must agree with, and a slower E-step for checking. Symbols: akshara id k is input label k + 1, unit id
 * k is output label k + 1, 0 is epsilon.
 */
final class FstLattice {
    /** A word's expected unit counts and log-likelihood. */
    record Expectation(double logLikelihood, SortedMap<Integer, Double> counts) {
    }

    /** A word's best segmentation (unit ids) and its log-probability. */
    record Best(int[] units, double logProb) {
    }

    private final MutableSymbolTable aksharaSymbols;
    private final PrecomputedComposeFst logClosure;
    private final PrecomputedComposeFst tropicalClosure;

    FstLattice(List<int[]> units, double[] logProb, int alphabetSize) {
        aksharaSymbols = new MutableSymbolTable();
        aksharaSymbols.getOrAdd(com.github.steveash.jopenfst.Fst.EPS);
        for (int k = 0; k < alphabetSize; k++) {
            aksharaSymbols.getOrAdd("a" + k);
        }
        MutableSymbolTable unitSymbols = new MutableSymbolTable();
        unitSymbols.getOrAdd(com.github.steveash.jopenfst.Fst.EPS);
        for (int k = 0; k < units.size(); k++) {
            unitSymbols.getOrAdd("u" + k);
        }
        logClosure = Compose.precomputeInner(
                Closure.star(dictionary(units, logProb, LogSemiring.INSTANCE, unitSymbols)), LogSemiring.INSTANCE);
        tropicalClosure = Compose.precomputeInner(
                Closure.star(dictionary(units, logProb, TropicalSemiring.INSTANCE, unitSymbols)),
                TropicalSemiring.INSTANCE);
    }

    /** The dictionary transducer: one path per unit from the start state to the one final state. */
    MutableFst dictionary(List<int[]> units, double[] logProb, Semiring sr, MutableSymbolTable unitSymbols) {
        MutableFst t = new MutableFst(sr, new MutableSymbolTable(aksharaSymbols), new MutableSymbolTable(unitSymbols));
        MutableState start = t.newStartState();
        MutableState fin = t.newState();
        fin.setFinalWeight(sr.one());
        for (int u = 0; u < units.size(); u++) {
            int[] seq = units.get(u);
            MutableState from = start;
            for (int i = 0; i < seq.length; i++) {
                MutableState to = i + 1 == seq.length ? fin : t.newState();
                t.addArc(from, seq[i] + 1, i == 0 ? u + 1 : 0, to, i == 0 ? -logProb[u] : sr.one());
                from = to;
            }
        }
        return t;
    }

    /** The word's linear acceptor. */
    MutableFst acceptor(int[] word, Semiring sr) {
        MutableFst a = new MutableFst(sr, new MutableSymbolTable(aksharaSymbols),
                new MutableSymbolTable(aksharaSymbols));
        MutableState s = a.newStartState();
        for (int x : word) {
            MutableState next = a.newState();
            a.addArc(s, x + 1, x + 1, next, sr.one());
            s = next;
        }
        s.setFinalWeight(sr.one());
        return a;
    }

    /** {@code acceptor(word) ∘ closure(dictionary)} in the log semiring. */
    MutableFst logLattice(int[] word) {
        return Compose.composeWithPrecomputed(acceptor(word, LogSemiring.INSTANCE), logClosure);
    }

    MutableFst tropicalLattice(int[] word) {
        return Compose.composeWithPrecomputed(acceptor(word, TropicalSemiring.INSTANCE), tropicalClosure);
    }

    /** Expected counts (posterior of each unit occurrence, summed per unit) and log-likelihood. */
    Expectation expect(int[] word) {
        MutableFst lat = logLattice(word);
        SortedMap<Integer, Double> counts = new TreeMap<>();
        if (lat.getStartState() == null || lat.getStateCount() == 0) {
            return new Expectation(Double.NEGATIVE_INFINITY, counts);
        }
        Semiring sr = lat.getSemiring();
        int[] order = topologicalOrder(lat);
        int n = lat.getStateCount();
        double[] alpha = new double[n];
        double[] beta = new double[n];
        java.util.Arrays.fill(alpha, sr.zero());
        alpha[lat.getStartState().getId()] = sr.one();
        for (int s : order) {
            State st = lat.getState(s);
            for (Arc a : st.getArcs()) {
                int t = a.getNextState().getId();
                alpha[t] = sr.plus(alpha[t], sr.times(alpha[s], a.getWeight()));
            }
        }
        for (int k = order.length - 1; k >= 0; k--) {
            int s = order[k];
            State st = lat.getState(s);
            double b = st.getFinalWeight();
            for (Arc a : st.getArcs()) {
                b = sr.plus(b, sr.times(a.getWeight(), beta[a.getNextState().getId()]));
            }
            beta[s] = b;
        }
        double z = beta[lat.getStartState().getId()];
        if (sr.isZero(z)) {
            return new Expectation(Double.NEGATIVE_INFINITY, counts);
        }
        SymbolTable.InvertedSymbolTable out = lat.getOutputSymbols().invert();
        for (int s : order) {
            for (Arc a : lat.getState(s).getArcs()) {
                if (a.getOlabel() == 0) {
                    continue;
                }
                double post = Math.exp(z - alpha[s] - a.getWeight() - beta[a.getNextState().getId()]);
                counts.merge(unitOf(out.keyForId(a.getOlabel())), post, Double::sum);
            }
        }
        return new Expectation(-z, counts);
    }

    /** The best segmentation, by jopenfst's shortest path in the tropical semiring. */
    Best best(int[] word) {
        MutableFst lat = tropicalLattice(word);
        if (lat.getStartState() == null || lat.getStateCount() == 0) {
            return new Best(new int[0], Double.NEGATIVE_INFINITY);
        }
        MutableFst path = NShortestPaths.apply(lat, 1);
        // jopenfst's n-best result keeps branches that never reach a final state: trim them.
        Connect.apply(path);
        SymbolTable.InvertedSymbolTable out = path.getOutputSymbols().invert();
        int[] units = new int[word.length];
        int count = 0;
        double cost = 0;
        State s = path.getStartState();
        while (s != null) {
            if (s.getArcCount() == 0) {
                cost += s.getFinalWeight();
                break;
            }
            if (s.getArcCount() > 1) {
                throw new IllegalStateException("shortest path is not a single path");
            }
            Arc a = s.getArc(0);
            cost += a.getWeight();
            if (a.getOlabel() != 0) {
                units[count++] = unitOf(out.keyForId(a.getOlabel()));
            }
            s = a.getNextState();
        }
        return new Best(java.util.Arrays.copyOf(units, count), -cost);
    }

    private static int unitOf(String symbol) {
        return Integer.parseInt(symbol.substring(1));
    }

    /** States in an order where every arc goes forward (the lattice is acyclic: every arc reads an akshara). */
    private static int[] topologicalOrder(MutableFst fst) {
        int n = fst.getStateCount();
        int[] indegree = new int[n];
        for (int s = 0; s < n; s++) {
            for (Arc a : fst.getState(s).getArcs()) {
                indegree[a.getNextState().getId()]++;
            }
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            if (indegree[s] == 0) {
                ready.add(s);
            }
        }
        int[] order = new int[n];
        int k = 0;
        while (!ready.isEmpty()) {
            int s = ready.poll();
            order[k++] = s;
            for (Arc a : fst.getState(s).getArcs()) {
                if (--indegree[a.getNextState().getId()] == 0) {
                    ready.add(a.getNextState().getId());
                }
            }
        }
        if (k != n) {
            throw new IllegalStateException("segmentation lattice has a cycle");
        }
        return order;
    }
}
