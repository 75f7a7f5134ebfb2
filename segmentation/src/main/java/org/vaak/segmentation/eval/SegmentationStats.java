package org.vaak.segmentation.eval;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vaak.segmentation.Joiner;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.Segmenter;
import org.vaak.segmentation.corpus.WordCounts;

/**
 * Measures a segmenter on a corpus: subwords per word, coverage by the dictionary's units, which path
 * produced each result, and whether every word joins back exactly.
 *
 * @param tokens word tokens in the corpus
 * @param types distinct words
 * @param piecesPerToken subwords per word token
 * @param piecesPerType subwords per distinct word
 * @param tokensCovered share of tokens whose pieces are all units of the dictionary (1 when no unit set)
 * @param piecesCovered share of subword tokens that are units of the dictionary
 * @param wholeTokens share of tokens left as one piece
 * @param exactTypes share of types for which join(segment(w)) == w
 * @param firstInexact a word that did not join back, or null
 * @param tokensBySource tokens per {@code source/detail} of the results (e.g. {@code grammar/verb})
 */
public record SegmentationStats(long tokens, long types, double piecesPerToken, double piecesPerType,
        double tokensCovered, double piecesCovered, double wholeTokens, double exactTypes, String firstInexact,
        Map<String, Long> tokensBySource) {

    /** Segments every word type once and weights by its count. {@code units} may be null (no coverage). */
    public static SegmentationStats measure(Segmenter segmenter, WordCounts corpus, Set<String> units) {
        Joiner joiner = new Joiner(segmenter.language());
        long tokens = 0;
        long pieceTokens = 0;
        long pieceTypesSum = 0;
        long coveredTokens = 0;
        long coveredPieces = 0;
        long whole = 0;
        long exact = 0;
        String firstInexact = null;
        Map<String, Long> bySource = new TreeMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            String w = corpus.word(i);
            long c = corpus.count(i);
            Segmentation s = segmenter.segment(w);
            int n = s.pieces().size();
            tokens += c;
            pieceTokens += c * n;
            pieceTypesSum += n;
            if (n == 1) {
                whole += c;
            }
            int known = 0;
            for (String p : s.pieces()) {
                if (units == null || units.contains(p)) {
                    known++;
                }
            }
            coveredPieces += c * known;
            if (known == n) {
                coveredTokens += c;
            }
            if (joiner.join(s.pieces()).equals(w)) {
                exact++;
            } else if (firstInexact == null) {
                firstInexact = w + " -> " + String.join(" + ", s.pieces());
            }
            String key = s.detail() == null || s.detail().isEmpty() ? s.source() : s.source() + "/" + s.detail();
            bySource.merge(key, c, Long::sum);
        }
        long types = corpus.size();
        return new SegmentationStats(tokens, types, pieceTokens / (double) tokens, pieceTypesSum / (double) types,
                coveredTokens / (double) tokens, coveredPieces / (double) pieceTokens, whole / (double) tokens,
                exact / (double) types, firstInexact, bySource);
    }

    /** Share of tokens whose result came from the given source ({@code grammar}, {@code heuristic}, ...). */
    public double share(String source) {
        long n = 0;
        for (Map.Entry<String, Long> e : tokensBySource.entrySet()) {
            if (e.getKey().equals(source) || e.getKey().startsWith(source + "/")) {
                n += e.getValue();
            }
        }
        return n / (double) tokens;
    }
}
