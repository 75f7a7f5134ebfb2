package org.vaak.segmentation.bpe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vaak.lexicons.Aksharas;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.SubwordDictionary;

/**
 * Measures how a BPE-style dictionary cuts words, to compare learners on the same corpus: subwords per
 * word on the training and test words, the share of test words left whole, the share of pieces that are
 * frequent word endings, and the lengths of the pieces in aksharas.
 *
 * <p>Frequent word endings are learner-independent: the {@value #ENDINGS} endings of one to three
 * aksharas found in the most training word types, counting only words that keep at least two aksharas
 * before the ending.
 */
final class BpeEvaluation {
    static final int ENDINGS = 100;

    private BpeEvaluation() {
    }

    static Set<String> frequentEndings(WordCounts train) {
        Map<String, Integer> types = new HashMap<>();
        for (String w : train.words()) {
            List<String> aks = Aksharas.split(w, train.language());
            for (int k = 1; k <= 3 && aks.size() - k >= 2; k++) {
                types.merge(String.join("", aks.subList(aks.size() - k, aks.size())), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> e = new ArrayList<>(types.entrySet());
        e.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue());
        Set<String> out = new HashSet<>();
        for (int i = 0; i < Math.min(ENDINGS, e.size()); i++) {
            out.add(e.get(i).getKey());
        }
        return out;
    }

    /** One row of measurements as {@code name=value} pairs, in a fixed order. */
    static Map<String, String> measure(SubwordDictionary d, WordCounts train, List<String> testWords, Set<String> endings) {
        Language lang = d.language();
        BpeSegmenter s = new BpeSegmenter(d);
        Set<String> units = new HashSet<>();
        d.units().forEach(u -> units.add(u.piece()));
        org.vaak.segmentation.Joiner joiner = new org.vaak.segmentation.Joiner(lang);
        long joinErrors = 0;
        double trainPieces = 0;
        for (int i = 0; i < train.size(); i++) {
            List<String> p = s.segment(train.word(i)).pieces();
            trainPieces += (double) train.count(i) * p.size();
            joinErrors += joiner.join(p).equals(train.word(i)) ? 0 : 1;
        }
        long pieces = 0;
        long whole = 0;
        long withUnknown = 0;
        long endingPieces = 0;
        long finals = 0;
        long endingFinals = 0;
        long[] lengths = new long[6];
        for (String w : testWords) {
            List<String> p = s.segment(w).pieces();
            joinErrors += joiner.join(p).equals(w) ? 0 : 1;
            pieces += p.size();
            whole += p.size() == 1 ? 1 : 0;
            boolean unknown = false;
            for (String x : p) {
                unknown |= !units.contains(x);
                endingPieces += endings.contains(x) ? 1 : 0;
                lengths[Math.min(5, Aksharas.split(x, lang).size())]++;
            }
            withUnknown += unknown ? 1 : 0;
            if (p.size() > 1) {
                finals++;
                endingFinals += endings.contains(p.get(p.size() - 1)) ? 1 : 0;
            }
        }
        double n = testWords.size();
        Map<String, String> row = new java.util.LinkedHashMap<>();
        row.put("method", d.method());
        row.put("units", "" + d.size());
        row.put("pieces/word train", f(trainPieces / train.tokens()));
        row.put("pieces/word test", f(pieces / n));
        row.put("test words whole", pct(whole / n));
        row.put("test words with unknown akshara", pct(withUnknown / n));
        row.put("pieces that are frequent endings", pct(endingPieces / (double) pieces));
        row.put("last pieces that are frequent endings", pct(endingFinals / (double) Math.max(1, finals)));
        for (int k = 1; k <= 5; k++) {
            row.put("len " + (k == 5 ? "5+" : "" + k), pct(lengths[k] / (double) pieces));
        }
        row.put("join errors", "" + joinErrors);
        return row;
    }

    private static String f(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }
}
