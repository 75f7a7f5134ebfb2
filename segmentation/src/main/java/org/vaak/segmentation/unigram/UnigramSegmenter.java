package org.vaak.segmentation.unigram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vaak.lexicons.Aksharas;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.Segmenter;
import org.vaak.segmentation.dict.SubwordDictionary;

/**
 * Segments words by the best path through their unit lattice: the segmentation with the highest sum of
 * unit log-probabilities (tropical semiring), found over akshara positions with a trie of the units.
 * Ties go to the longer last unit.
 *
 * <p>An akshara that no unit covers at its position (one the dictionary has never seen) becomes a piece
 * of its own with log-probability {@link #unknownLogProb()}: the dictionary's lowest log-probability
 * minus {@value #UNKNOWN_PENALTY} (SentencePiece's penalty for unknown pieces), so it is used only where
 * nothing else fits. Immutable and thread-safe.
 */
public final class UnigramSegmenter implements Segmenter {
    /** How far below the least probable unit an unknown akshara is placed, in nats. */
    public static final double UNKNOWN_PENALTY = 10.0;

    private final Language language;
    private final String method;
    private final AksharaTable table;
    private final UnitTrie trie;
    private final String[] pieces;
    private final double[] logProb;
    private final double unknownLogProb;

    public UnigramSegmenter(SubwordDictionary dictionary) {
        this.language = dictionary.language();
        this.method = dictionary.method();
        this.table = new AksharaTable(language);
        int n = dictionary.size();
        pieces = new String[n];
        logProb = new double[n];
        List<int[]> seqs = new ArrayList<>(n);
        double min = 0;
        for (int u = 0; u < n; u++) {
            SubwordDictionary.Unit unit = dictionary.units().get(u);
            if (unit.piece().isEmpty()) {
                throw new IllegalArgumentException("dictionary unit " + u + " is empty");
            }
            pieces[u] = unit.piece();
            logProb[u] = unit.logProb();
            min = Math.min(min, unit.logProb());
            seqs.add(table.encode(unit.piece()));
        }
        this.trie = new UnitTrie(seqs);
        this.unknownLogProb = min - UNKNOWN_PENALTY;
    }

    @Override
    public Language language() {
        return language;
    }

    public double unknownLogProb() {
        return unknownLogProb;
    }

    @Override
    public Segmentation segment(String word) {
        List<String> parts = Aksharas.split(word, language);
        int n = parts.size();
        if (n == 0) {
            return new Segmentation(word, List.of(), "dictionary", method, 0);
        }
        int[] ids = table.lookup(parts);
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        int[] unitOf = new int[n + 1];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            double bi = best[i];
            if (bi != Double.NEGATIVE_INFINITY) {
                int start = i;
                arcs(ids, i, (end, u, lp) -> relax(best, from, unitOf, start, end, u, bi + lp));
            }
        }
        List<String> out = new ArrayList<>();
        for (int j = n; j > 0; j = from[j]) {
            int u = unitOf[j];
            out.add(u >= 0 ? pieces[u] : String.join("", parts.subList(from[j], j)));
        }
        java.util.Collections.reverse(out);
        return new Segmentation(word, out, "dictionary", method, -best[n]);
    }

    /**
     * The {@code n} best segmentations, best first (ties as in {@link #segment}, then by the earlier
     * path); fewer when the word has fewer. The first equals {@link #segment}'s result.
     */
    public List<Segmentation> nBest(String word, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        List<String> parts = Aksharas.split(word, language);
        int len = parts.size();
        if (len == 0) {
            return List.of(segment(word));
        }
        int[] ids = table.lookup(parts);
        record Hyp(double score, int from, int rank, int unit) {
        }
        List<List<Hyp>> at = new ArrayList<>();
        for (int j = 0; j <= len; j++) {
            at.add(new ArrayList<>());
        }
        at.get(0).add(new Hyp(0, -1, -1, -1));
        java.util.Comparator<Hyp> order = java.util.Comparator.comparingDouble((Hyp h) -> -h.score())
                .thenComparingInt(Hyp::from).thenComparingInt(Hyp::rank);
        for (int i = 0; i < len; i++) {
            List<Hyp> here = at.get(i);
            here.sort(order);
            if (here.size() > n) {
                here.subList(n, here.size()).clear();
            }
            int start = i;
            arcs(ids, i, (end, u, lp) -> {
                for (int r = 0; r < here.size(); r++) {
                    at.get(end).add(new Hyp(here.get(r).score() + lp, start, r, u));
                }
            });
        }
        List<Hyp> last = at.get(len);
        last.sort(order);
        List<Segmentation> out = new ArrayList<>();
        for (int k = 0; k < Math.min(n, last.size()); k++) {
            List<String> pieces = new ArrayList<>();
            Hyp h = last.get(k);
            int j = len;
            while (h.from() >= 0) {
                pieces.add(h.unit() >= 0 ? this.pieces[h.unit()] : String.join("", parts.subList(h.from(), j)));
                j = h.from();
                h = at.get(j).get(h.rank());
            }
            java.util.Collections.reverse(pieces);
            out.add(new Segmentation(word, pieces, "dictionary", method, -last.get(k).score()));
        }
        return out;
    }

    /**
     * The word's log-likelihood under the unigram model: the log of the summed probability of all its
     * segmentations (forward pass in the log semiring), with unknown aksharas scored as in
     * {@link #segment}. 0 for the empty word.
     */
    public double logLikelihood(String word) {
        List<String> parts = Aksharas.split(word, language);
        int n = parts.size();
        int[] ids = table.lookup(parts);
        double[] alpha = new double[n + 1];
        Arrays.fill(alpha, Double.NEGATIVE_INFINITY);
        alpha[0] = 0;
        for (int i = 0; i < n; i++) {
            double ai = alpha[i];
            if (ai != Double.NEGATIVE_INFINITY) {
                arcs(ids, i, (end, u, lp) -> alpha[end] = logAdd(alpha[end], ai + lp));
            }
        }
        return alpha[n];
    }

    /** Receives one lattice arc: it ends at akshara position {@code end}, is unit {@code unit} (-1: unknown). */
    @FunctionalInterface
    private interface Arc {
        void accept(int end, int unit, double logProb);
    }

    /**
     * The lattice arcs leaving akshara position {@code i}: every unit of the dictionary starting there, in order
     * of length, and the single unknown akshara when no unit covers the akshara at {@code i} alone.
     */
    private void arcs(int[] ids, int i, Arc arc) {
        boolean single = false;
        int node = 0;
        for (int j = i; j < ids.length && ids[j] >= 0; j++) {
            node = trie.child(node, ids[j]);
            if (node < 0) {
                break;
            }
            int u = trie.unit(node);
            if (u >= 0) {
                single |= j == i;
                arc.accept(j + 1, u, logProb[u]);
            }
        }
        if (!single) {
            arc.accept(i + 1, -1, unknownLogProb);
        }
    }

    private static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        double m = Math.max(a, b);
        return m + Math.log1p(Math.exp(Math.min(a, b) - m));
    }

    /** Prefers, at equal score, the arc found first: lattices are walked by start, so the longer last unit. */
    private static void relax(double[] best, int[] from, int[] unitOf, int i, int j, int unit, double score) {
        if (score > best[j]) {
            best[j] = score;
            from[j] = i;
            unitOf[j] = unit;
        }
    }
}
