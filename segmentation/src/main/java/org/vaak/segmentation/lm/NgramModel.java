package org.vaak.segmentation.lm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A back-off n-gram language model as an ARPA file holds it: for every stored n-gram a log10
 * probability and, below the highest order, a log10 back-off weight. The probability of a word after
 * a history is that of the longest stored n-gram (history suffix + word), times the back-off weights
 * of the longer histories that did not store the word.
 *
 * <p>Words have dense ids 0..V-1 (the unigram section's order). N-grams of order k &ge; 2 are kept
 * as hashed trie levels keyed by (id of the prefix at order k-1, last word); a unigram's id is its
 * word id. Every prefix of a stored n-gram is stored (an ARPA file that leaves one out gets it with its
 * backed-off probability, see {@link #fillMissingPrefixes}).
 */
public final class NgramModel {
    public static final String BOS = "<s>";
    public static final String EOS = "</s>";
    public static final String UNK = "<unk>";
    /** The log10 probability ARPA files give {@code <s>}, which is never predicted. */
    public static final float LOG_ZERO = -99f;

    private final String[] words;
    private final Map<String, Integer> wordIds;
    private final NgramIndex[] levels; // levels[k] for k >= 2
    private final float[][] logProb; // logProb[k][id], k = 1..order
    private final float[][] logBow; // logBow[k][id], k = 1..order-1
    private final int bos;
    private final int eos;
    private final int unk;

    NgramModel(String[] words, NgramIndex[] levels, float[][] logProb, float[][] logBow) {
        this.words = words;
        this.wordIds = new HashMap<>(words.length * 2);
        for (int i = 0; i < words.length; i++) {
            if (wordIds.put(words[i], i) != null) {
                throw new IllegalArgumentException("word '" + words[i] + "' is listed twice");
            }
        }
        this.levels = levels;
        this.logProb = logProb;
        this.logBow = logBow;
        this.bos = id(BOS);
        this.eos = id(EOS);
        this.unk = id(UNK);
        if (eos < 0) {
            throw new IllegalArgumentException("the model has no " + EOS);
        }
        if (bos < 0) {
            throw new IllegalArgumentException("the model has no " + BOS);
        }
    }

    /** The highest n-gram order. */
    public int order() {
        return logProb.length - 1;
    }

    public int vocabularySize() {
        return words.length;
    }

    public String word(int id) {
        return words[id];
    }

    /** The id of a word, or -1 when it is not in the vocabulary. */
    public int id(String word) {
        Integer i = wordIds.get(word);
        return i == null ? -1 : i;
    }

    public int bos() {
        return bos;
    }

    public int eos() {
        return eos;
    }

    /** The id of {@code <unk>}, or -1 when the model has none. */
    public int unk() {
        return unk;
    }

    /** The number of stored n-grams of order k (1-based). */
    public int size(int k) {
        return k == 1 ? words.length : levels[k].size();
    }

    /** The id of the n-gram {@code ws[from .. from+len-1]} at order len, or -1 when it is not stored. */
    public int find(int[] ws, int from, int len) {
        if (len < 1 || len > order()) {
            return -1;
        }
        int id = ws[from];
        if (id < 0 || id >= words.length) {
            return -1;
        }
        for (int j = 1; j < len && id >= 0; j++) {
            id = levels[j + 1].get(id, ws[from + j]);
        }
        return id;
    }

    /**
     * log10 P(w | history), where the history is {@code hist[0 .. hlen-1]}, most recent word last (only the
     * last order-1 words matter). The word must be in the vocabulary.
     */
    public double logProb(int[] hist, int hlen, int w) {
        if (w < 0 || w >= words.length) {
            throw new IllegalArgumentException("word id " + w + " is not in the vocabulary");
        }
        int m = Math.min(hlen, order() - 1);
        double bows = 0;
        for (int len = m; len >= 1; len--) {
            int h = find(hist, hlen - len, len);
            if (h < 0) {
                continue;
            }
            int g = levels[len + 1].get(h, w);
            if (g >= 0 && !Float.isNaN(logProb[len + 1][g])) {
                return logProb[len + 1][g] + bows;
            }
            bows += logBow[len][h];
        }
        return logProb[1][w] + bows;
    }

    /**
     * Gives n-grams stored only as prefixes (probability NaN) the probability the back-off rule gives them,
     * shortest first, so that each is an ordinary n-gram with a back-off weight of 0 unless the file set one.
     */
    void fillMissingPrefixes() {
        int[] ws = new int[order()];
        for (int k = 2; k <= order(); k++) {
            for (int g = 0; g < size(k); g++) {
                if (Float.isNaN(logProb[k][g])) {
                    words(k, g, ws);
                    logProb[k][g] = (float) logProb(ws, k - 1, ws[k - 1]);
                }
            }
        }
    }

    // ---------------------------------------------------------------- access for the writer and G

    int prefix(int k, int id) {
        return k == 1 ? -1 : levels[k].prefix(id);
    }

    int lastWord(int k, int id) {
        return k == 1 ? id : levels[k].word(id);
    }

    /** The word ids of n-gram {@code id} at order k, into {@code out[0 .. k-1]}. */
    void words(int k, int id, int[] out) {
        for (int j = k; j >= 1; j--) {
            out[j - 1] = lastWord(j, id);
            id = prefix(j, id);
        }
    }

    /** The id of the n-gram (prefix, word) at order k (prefix at order k-1; k = 1: the word). */
    int child(int k, int prefixId, int w) {
        return k == 1 ? w : levels[k].get(prefixId, w);
    }

    /** log10 probability of n-gram id at order k, NaN when stored only as a history. */
    public float logProb(int k, int id) {
        return logProb[k][id];
    }

    /** log10 back-off weight of n-gram id at order k (0 at the highest order). */
    public float logBackoff(int k, int id) {
        return k >= logProb.length - 1 ? 0f : logBow[k][id];
    }

    @Override
    public String toString() {
        int[] n = new int[order()];
        for (int k = 1; k <= order(); k++) {
            n[k - 1] = size(k);
        }
        return "NgramModel[order=" + order() + ", ngrams=" + Arrays.toString(n) + "]";
    }
}
