package org.vaak.segmentation.lm;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.vaak.segmentation.io.AtomicFiles;

/**
 * Writes a model in the ARPA back-off format: a {@code \data\} header with the n-gram counts, one
 * {@code \k-grams:} section per order with lines {@code log10prob TAB words [TAB log10backoff]}
 * (back-off weights of 0 are left out, as other toolkits do), and {@code \end\}. Unigrams come in
 * word-id order, longer n-grams sorted by the word ids of their prefix, then their last word's (so an
 * n-gram's extensions are grouped, which IRSTLM's reader requires). Numbers are the shortest decimals that
 * read back to the same float. The file appears only when complete.
 */
public final class ArpaWriter {
    private ArpaWriter() {
    }

    /** Writes {@code file}; a name ending in {@code .gz} gets gzip-compressed text. */
    public static void write(NgramModel model, Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) {
            AtomicFiles.write(file, w -> write(model, w));
            return;
        }
        AtomicFiles.writeStream(file, out -> {
            java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out, 1 << 16);
            java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(gz,
                    java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            write(model, w);
            w.flush();
            gz.finish();
        });
    }

    public static void write(NgramModel model, Writer w) throws IOException {
        int n = model.order();
        w.write("\\data\\\n");
        for (int k = 1; k <= n; k++) {
            w.write("ngram " + k + "=" + countWithProb(model, k) + "\n");
        }
        int[] ws = new int[n];
        StringBuilder line = new StringBuilder(128);
        int[] prevOrder = null;
        for (int k = 1; k <= n; k++) {
            w.write("\n\\" + k + "-grams:\n");
            int[] order = sortedIds(model, k, prevOrder);
            prevOrder = order;
            for (int id : order) {
                float p = model.logProb(k, id);
                if (Float.isNaN(p)) {
                    continue;
                }
                line.setLength(0);
                line.append(number(p)).append('\t');
                model.words(k, id, ws);
                for (int j = 0; j < k; j++) {
                    if (j > 0) {
                        line.append(' ');
                    }
                    line.append(model.word(ws[j]));
                }
                float b = model.logBackoff(k, id);
                if (k < n && b != 0f) {
                    line.append('\t').append(number(b));
                }
                w.append(line).append('\n');
            }
        }
        w.write("\n\\end\\\n");
    }

    /** The ids of order k sorted by (rank of the prefix in prevOrder, last word). */
    private static int[] sortedIds(NgramModel model, int k, int[] prevOrder) {
        int size = model.size(k);
        int[] order = new int[size];
        if (k == 1) {
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            return order;
        }
        int[] rank = new int[prevOrder.length];
        for (int i = 0; i < prevOrder.length; i++) {
            rank[prevOrder[i]] = i;
        }
        long[] keys = new long[size];
        for (int id = 0; id < size; id++) {
            keys[id] = ((long) rank[model.prefix(k, id)] << 32) | model.lastWord(k, id);
        }
        java.util.Arrays.sort(keys);
        for (int i = 0; i < size; i++) {
            order[i] = model.child(k, prevOrder[(int) (keys[i] >>> 32)], (int) keys[i]);
        }
        return order;
    }

    private static int countWithProb(NgramModel model, int k) {
        int c = 0;
        for (int id = 0; id < model.size(k); id++) {
            c += Float.isNaN(model.logProb(k, id)) ? 0 : 1;
        }
        return c;
    }

    static String number(float f) {
        String s = Float.toString(f);
        if (s.indexOf('E') >= 0) {
            s = new BigDecimal(s).toPlainString();
        }
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
