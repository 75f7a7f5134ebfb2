package org.vaak.segmentation.lm;

import java.util.Arrays;
import org.vaak.segmentation.learn.Progress;

/**
 * Counts of all n-grams of orders 1..N in a {@link TokenCorpus}, each sentence framed by {@code <s>} and
 * {@code </s>}. Orders &ge; 2 are hashed trie levels ({@link NgramIndex}) with int counts; unigram counts
 * are indexed by word id ({@code <s>} counts the sentences).
 */
final class NgramCounts {
    final int order;
    final int vocabSize;
    final NgramIndex[] levels;
    final int[][] counts;

    private NgramCounts(int order, int vocabSize) {
        this.order = order;
        this.vocabSize = vocabSize;
        this.levels = new NgramIndex[order + 1];
        this.counts = new int[order + 1][];
        counts[1] = new int[vocabSize];
        int expected = Math.max(1024, vocabSize);
        for (int k = 2; k <= order; k++) {
            levels[k] = new NgramIndex(expected);
            counts[k] = new int[expected];
        }
    }

    int size(int k) {
        return k == 1 ? vocabSize : levels[k].size();
    }

    int prefix(int k, int id) {
        return levels[k].prefix(id);
    }

    int word(int k, int id) {
        return k == 1 ? id : levels[k].word(id);
    }

    static NgramCounts count(TokenCorpus c, int order, Progress progress) {
        NgramCounts nc = new NgramCounts(order, c.words.size());
        int[] seq = new int[64];
        int pos = 0;
        int done = 0;
        while (pos < c.length) {
            int end = pos;
            while (c.tokens[end] >= 0) {
                end++;
            }
            int len = end - pos + 2;
            if (seq.length < len) {
                seq = new int[Math.max(len, seq.length * 2)];
            }
            seq[0] = TokenCorpus.BOS;
            System.arraycopy(c.tokens, pos, seq, 1, end - pos);
            seq[len - 1] = TokenCorpus.EOS;
            nc.addSentence(seq, len);
            pos = end + 1;
            if (++done % 4096 == 0 && progress != null) {
                progress.update("counting n-grams", done, c.sentences);
            }
        }
        if (progress != null) {
            progress.update("counting n-grams", done, c.sentences);
        }
        for (int k = 2; k <= order; k++) {
            nc.levels[k].trim();
            nc.counts[k] = Arrays.copyOf(nc.counts[k], nc.levels[k].size());
        }
        return nc;
    }

    private void addSentence(int[] seq, int len) {
        for (int j = 0; j < len; j++) {
            int id = seq[j];
            counts[1][id]++;
            int max = Math.min(order, len - j);
            for (int k = 2; k <= max; k++) {
                id = levels[k].getOrAdd(id, seq[j + k - 1]);
                int[] ck = counts[k];
                if (id == ck.length) {
                    counts[k] = ck = Arrays.copyOf(ck, ck.length + (ck.length >> 1) + 16);
                }
                ck[id]++;
            }
        }
    }
}
