package org.vaak.segmentation.grammar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vaak.segmentation.corpus.CorpusException;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.io.AtomicFiles;

/**
 * Usage counts of the SG-WFST's choices and final states, estimated on a training corpus (the counts
 * behind {@link GrammarWeights}), so that the weights can be shipped with the grammar data instead of
 * being re-estimated on every start.
 *
 * <p>File format ({@code weights.tsv}, UTF-8): {@code #} comment lines (the command and corpus that made
 * it), then one line per counted item: {@code choice <TAB> from-state <TAB> category/slot/unit <TAB>
 * to-state <TAB> count} or {@code final <TAB> state <TAB> count}, states named by
 * {@link GrammarNetwork#rootName}. Items not listed have count 0. A line that names a choice or state the
 * grammar does not have means the file is out of date with the grammar data: it is refused.
 */
public final class GrammarCounts {
    private GrammarCounts() {
    }

    /** Counts from the best parses of {@code train}, after {@link SubwordGrammarCompiler#ITERATIONS} rounds. */
    public static double[][] estimate(SubwordGrammar start, WordCounts train) {
        SubwordGrammar g = start;
        double[][] counts = null;
        for (int it = 0; it < SubwordGrammarCompiler.ITERATIONS; it++) {
            counts = SubwordGrammarCompiler.usageCounts(g, train);
            g = new SubwordGrammar(g.network(), GrammarWeights.fromCounts(g.network(), counts[0], counts[1]));
        }
        return counts;
    }

    public static void write(GrammarNetwork net, double[][] counts, Path file, List<String> header) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String h : header) {
            sb.append("# ").append(h).append('\n');
        }
        for (Choice c : net.choices()) {
            double n = counts[0][c.id()];
            if (n > 0) {
                sb.append("choice\t").append(net.rootName(c.fromRoot())).append('\t').append(c.symbol()).append('\t')
                        .append(net.rootName(c.toRoot())).append('\t').append(format(n)).append('\n');
            }
        }
        for (int r = 0; r < net.rootCount(); r++) {
            if (counts[1][r] > 0) {
                sb.append("final\t").append(net.rootName(r)).append('\t').append(format(counts[1][r])).append('\n');
            }
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    private static String format(double n) {
        return n == Math.rint(n) ? Long.toString((long) n) : String.format(Locale.ROOT, "%.6g", n);
    }

    /** Reads counts for {@code net}; {@code name} is used in messages. */
    public static double[][] read(GrammarNetwork net, InputStream in, String name) throws IOException {
        Map<String, Integer> choices = new HashMap<>();
        for (Choice c : net.choices()) {
            choices.put(net.rootName(c.fromRoot()) + "\t" + c.symbol() + "\t" + net.rootName(c.toRoot()), c.id());
        }
        Map<String, Integer> roots = new HashMap<>();
        for (int r = 0; r < net.rootCount(); r++) {
            roots.put(net.rootName(r), r);
        }
        double[] cc = new double[net.choices().size()];
        double[] fc = new double[net.rootCount()];
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                try {
                    if (f[0].equals("choice") && f.length == 5) {
                        Integer id = choices.get(f[1] + "\t" + f[2] + "\t" + f[3]);
                        if (id == null) {
                            throw stale(name, no, "the grammar has no choice " + f[2] + " from " + f[1] + " to " + f[3]);
                        }
                        cc[id] = count(f[4]);
                    } else if (f[0].equals("final") && f.length == 3) {
                        Integer id = roots.get(f[1]);
                        if (id == null || !net.isFinal(id)) {
                            throw stale(name, no, "the grammar has no final state " + f[1]);
                        }
                        fc[id] = count(f[2]);
                    } else {
                        throw new CorpusException(name + ":" + no + ": expected 'choice FROM SYMBOL TO COUNT' or 'final STATE COUNT'");
                    }
                } catch (NumberFormatException e) {
                    throw new CorpusException(name + ":" + no + ": the count is not a non-negative number");
                }
            }
        }
        return new double[][] {cc, fc};
    }

    private static double count(String s) {
        double d = Double.parseDouble(s);
        if (!(d >= 0) || Double.isInfinite(d)) {
            throw new NumberFormatException(s);
        }
        return d;
    }

    private static CorpusException stale(String name, int line, String what) {
        return new CorpusException(name + ":" + line + ": " + what + "; the weights are out of date with the grammar data "
                + "(re-estimate them: bench/grammar/estimate-weights.sh)");
    }
}
