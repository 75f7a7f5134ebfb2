package org.vaak.segmentation.morfessor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vaak.lexicons.Aksharas;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.Segmenter;
import org.vaak.segmentation.corpus.CorpusException;
import org.vaak.segmentation.dict.SubwordDictionary;

/**
 * Segments words with a Morfessor dictionary by Viterbi search over akshara boundaries, with the costs
 * of Morfessor 2.0's {@code viterbi_segment}: a known morph costs {@code ln(T + B + a) - ln(c + a)}; with
 * additive smoothing {@code a > 0} an unknown morph may be used too, at the cost of adding it to the
 * lexicon ({@code ln(T + B + a) - ln a} plus its lexicon code length divided by the corpus weight); with
 * {@code a = 0} only single unknown aksharas are allowed, at a prohibitive cost. T is the number of morph
 * tokens, B of word tokens, c the morph's count. The lattice has an edge only between akshara
 * boundaries, so no akshara is ever split.
 */
public final class MorfessorSegmenter implements Segmenter {
    /** Morfessor's {@code viterbi_segment} defaults. */
    public static final double DEFAULT_ADD_COUNT = 1.0;
    public static final int DEFAULT_MAX_LEN = 30;

    private final Language lang;
    private final Map<String, Long> counts = new HashMap<>();
    private final Map<String, Integer> atomCounts = new HashMap<>();
    private final double addCount;
    private final int maxLen;
    private final double logTokens;
    private final double boundaryCost;
    private final double unknownBase;
    private final long lexiconTokens;
    private final long lexiconTypes;
    private final double weight;

    public MorfessorSegmenter(SubwordDictionary dict) {
        this(dict, DEFAULT_ADD_COUNT, DEFAULT_MAX_LEN);
    }

    public MorfessorSegmenter(SubwordDictionary dict, double addCount, int maxLen) {
        if (!(addCount >= 0) || maxLen < 1) {
            throw new IllegalArgumentException("additive smoothing must be >= 0 and the maximum length >= 1");
        }
        this.lang = dict.language();
        this.addCount = addCount;
        this.maxLen = maxLen;
        long tokens = number(dict, MorfessorDictionary.MORPH_TOKENS);
        long boundaries = number(dict, MorfessorDictionary.WORD_TOKENS);
        Object w = dict.stats().get(MorfessorDictionary.CORPUS_WEIGHT);
        double weight = w instanceof Number n ? n.doubleValue() : 1.0;
        long lexTokens = 0;
        for (SubwordDictionary.Unit u : dict.units()) {
            long c = Math.max(1, Math.round(Math.exp(u.logProb()) * tokens));
            counts.put(u.piece(), c);
            for (String a : Aksharas.split(u.piece(), lang)) {
                atomCounts.merge(a, 1, Integer::sum);
                lexTokens++;
            }
        }
        this.lexiconTokens = lexTokens;
        this.lexiconTypes = counts.size();
        double all = tokens + boundaries + addCount;
        this.logTokens = all > 0 ? Math.log(all) : 0;
        this.boundaryCost = Math.log(tokens + boundaries) - Math.log(boundaries);
        long m = lexiconTypes;
        double lexiconGrowth = addCount > 0 && tokens > 0
                ? (m + addCount) * Math.log(m + addCount) - (m > 0 ? m * Math.log(m) : 0)
                : 0;
        this.unknownBase = addCount > 0 ? logTokens - Math.log(addCount) + lexiconGrowth / weight : 0;
        this.weight = weight;
    }

    private static long number(SubwordDictionary d, String key) {
        Object o = d.stats().get(key);
        if (!(o instanceof Number n) || n.longValue() <= 0) {
            throw new CorpusException("dictionary '" + d.method() + "' (" + d.corpus().name()
                    + ") lacks the Morfessor statistic '" + key + "'; it was not made by the morfessor trainer");
        }
        return n.longValue();
    }

    @Override
    public Language language() {
        return lang;
    }

    /** Morfessor's approximate code length of a new morph made of the given aksharas. */
    private double codeLength(List<String> aks, int from, int to) {
        int l = to - from + 1;
        double cost = l * Math.log(lexiconTokens + l) - Math.log(lexiconTypes + 1);
        for (int i = from; i < to; i++) {
            Integer c = atomCounts.get(aks.get(i));
            cost -= Math.log(c == null ? 1 : c);
        }
        return cost;
    }

    @Override
    public Segmentation segment(String word) {
        if (word.isEmpty()) {
            return new Segmentation(word, List.of(), "dictionary", "morfessor", 0.0);
        }
        List<String> aks = Aksharas.split(word, lang);
        int[] bound = Aksharas.boundaries(word, lang);
        int n = aks.size();
        double bad = n * logTokens + 1.0;
        double[] best = new double[n + 1];
        int[] back = new int[n + 1];
        best[0] = 0;
        for (int t = 1; t <= n; t++) {
            best[t] = Double.NaN;
            back[t] = -1;
            for (int pt = Math.max(0, t - maxLen); pt < t; pt++) {
                if (Double.isNaN(best[pt])) {
                    continue;
                }
                String piece = word.substring(bound[pt], bound[t]);
                Long c = counts.get(piece);
                double cost = best[pt];
                if (c != null) {
                    cost += logTokens - Math.log(c + addCount);
                } else if (addCount > 0) {
                    cost += unknownBase + codeLength(aks, pt, t) / weight;
                } else if (t - pt == 1) {
                    cost += bad;
                } else {
                    continue;
                }
                if (Double.isNaN(best[t]) || cost < best[t]) {
                    best[t] = cost;
                    back[t] = pt;
                }
            }
        }
        List<String> pieces = new ArrayList<>();
        for (int t = n; t > 0; t = back[t]) {
            pieces.add(word.substring(bound[back[t]], bound[t]));
        }
        Collections.reverse(pieces);
        return new Segmentation(word, pieces, "dictionary", "morfessor", best[n] + boundaryCost);
    }
}
