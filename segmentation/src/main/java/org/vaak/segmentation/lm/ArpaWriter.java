package org.vaak.segmentation.lm;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.vaak.segmentation.io.AtomicFiles;

/**
 * Writes a model in the ARPA back-off format: a {@code \data\} header with the n-gram counts, one
 * {@code \k-grams:} section per order with lines {@code log10prob TAB words [TAB log10backoff]}
 * (back-off weights of 0 are left out, as other toolkits do), and {@code \end\}. Numbers are the
 * shortest decimals that read back to the same float. The file appears only when complete.
 */
public final class ArpaWriter {
    private ArpaWriter() {
    }

    public static void write(NgramModel model, Path file) throws IOException {
        AtomicFiles.write(file, w -> write(model, w));
    }

    public static void write(NgramModel model, Writer w) throws IOException {
        int n = model.order();
        w.write("\n\\data\\\n");
        for (int k = 1; k <= n; k++) {
            w.write("ngram " + k + "=" + countWithProb(model, k) + "\n");
        }
        int[] ws = new int[n];
        StringBuilder line = new StringBuilder(128);
        for (int k = 1; k <= n; k++) {
            w.write("\n\\" + k + "-grams:\n");
            for (int id = 0; id < model.size(k); id++) {
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
