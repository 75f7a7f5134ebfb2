package org.vaak.segmentation.bpe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vaak.lexicons.Aksharas;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.learn.AksharaAlphabet;

/** The word types of a corpus split once into aksharas, each akshara interned as an id with its token count. */
final class AksharaCorpus {
    final WordCounts counts;
    final List<String> aksharas = new ArrayList<>();
    final int[][] words;
    long[] frequency = new long[256];
    long tokens;

    AksharaCorpus(WordCounts counts) {
        this.counts = counts;
        Map<String, Integer> ids = new HashMap<>();
        words = new int[counts.size()][];
        for (int i = 0; i < counts.size(); i++) {
            String w = counts.word(i);
            int[] b = Aksharas.boundaries(w, counts.language());
            int[] seq = new int[b.length - 1];
            long c = counts.count(i);
            for (int j = 0; j < seq.length; j++) {
                String a = w.substring(b[j], b[j + 1]);
                Integer id = ids.get(a);
                if (id == null) {
                    id = aksharas.size();
                    ids.put(a, id);
                    aksharas.add(a);
                    if (id == frequency.length) {
                        frequency = Arrays.copyOf(frequency, id * 2);
                    }
                }
                seq[j] = id;
                frequency[id] += c;
                tokens += c;
            }
            words[i] = seq;
        }
    }

    /**
     * The most frequent aksharas that together cover the asked share of akshara tokens, by count
     * descending then string.
     */
    List<String> alphabet(double coverage) {
        List<String> out = new ArrayList<>();
        for (int id : AksharaAlphabet.select(Arrays.copyOf(frequency, aksharas.size()), aksharas::get, coverage,
                Integer.MAX_VALUE)) {
            out.add(aksharas.get(id));
        }
        return out;
    }

    /** The share of akshara tokens that the given aksharas cover. */
    double coverage(List<String> alphabet) {
        java.util.Set<String> set = java.util.Set.copyOf(alphabet);
        long in = 0;
        for (int id = 0; id < aksharas.size(); id++) {
            in += set.contains(aksharas.get(id)) ? frequency[id] : 0;
        }
        return tokens == 0 ? 0 : in / (double) tokens;
    }
}
