package org.vaak.segmentation.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.corpus.WordCounts;

/**
 * How much of a corpus the grammar parses: the share of word tokens and types accepted by the SG-WFST,
 * per category, and what the heuristic does with the rest (per rule), with the most frequent words of each
 * kind as examples.
 */
public final class GrammarCoverage {
    private final long tokens;
    private final long types;
    private final Map<String, long[]> bySource = new TreeMap<>(); // source/detail -> {tokens, types}
    private final Map<String, List<String>> examples = new TreeMap<>();
    private final int maxExamples;

    private GrammarCoverage(long tokens, long types, int maxExamples) {
        this.tokens = tokens;
        this.types = types;
        this.maxExamples = maxExamples;
    }

    /** Segments every word type of {@code test} with {@code segmenter} and tallies the results. */
    public static GrammarCoverage measure(KnowledgeSegmenter segmenter, WordCounts test, int maxExamples) {
        long tok = 0;
        for (int i = 0; i < test.size(); i++) {
            tok += test.count(i);
        }
        GrammarCoverage c = new GrammarCoverage(tok, test.size(), maxExamples);
        for (int i = 0; i < test.size(); i++) {
            Segmentation s = segmenter.segment(test.word(i));
            String key = s.source() + "/" + s.detail().replaceFirst(":.*", "");
            long[] t = c.bySource.computeIfAbsent(key, k -> new long[2]);
            t[0] += test.count(i);
            t[1]++;
            List<String> ex = c.examples.computeIfAbsent(key, k -> new ArrayList<>());
            if (ex.size() < maxExamples) {
                ex.add(test.word(i) + " = " + String.join(" + ", s.pieces()));
            }
        }
        return c;
    }

    public long tokens() {
        return tokens;
    }

    public long types() {
        return types;
    }

    /** Tokens whose source is {@code grammar}. */
    public long grammarTokens() {
        return sum("grammar/", 0);
    }

    public long grammarTypes() {
        return sum("grammar/", 1);
    }

    public double tokenShare() {
        return (double) grammarTokens() / Math.max(1, tokens);
    }

    public double typeShare() {
        return (double) grammarTypes() / Math.max(1, types);
    }

    /** {@code source/detail} -> {tokens, types}. */
    public Map<String, long[]> bySource() {
        return bySource;
    }

    private long sum(String prefix, int k) {
        return bySource.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(e -> e.getValue()[k]).sum();
    }

    /** A Markdown table of the results. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "grammar parses %.1f%% of %d tokens, %.1f%% of %d types%n%n",
                100 * tokenShare(), tokens, 100 * typeShare(), types));
        sb.append("| path | tokens | % tokens | types | % types | examples |\n|---|---:|---:|---:|---:|---|\n");
        for (var e : bySource.entrySet()) {
            long[] t = e.getValue();
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %.1f | %s |%n", e.getKey(), t[0],
                    100.0 * t[0] / Math.max(1, tokens), t[1], 100.0 * t[1] / Math.max(1, types),
                    String.join("; ", examples.get(e.getKey()).subList(0, Math.min(maxExamples, examples.get(e.getKey()).size())))));
        }
        return sb.toString();
    }
}
