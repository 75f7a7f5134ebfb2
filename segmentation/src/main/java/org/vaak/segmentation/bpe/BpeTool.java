package org.vaak.segmentation.bpe;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.SubwordText;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.DictionaryIO;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.DictionaryTrainer;
import org.vaak.segmentation.learn.Progress;

/**
 * A small command-line entry point for scripts and benchmarks (the {@code vaak} command is the user's
 * interface). Commands:
 * <pre>
 *   train   --lang ta --method bpe|ebpe --size N --input corpus.txt [--counts] --output dict.json
 *           [--coverage C] [--alphabet-share S] [--lenient] [--min-pair-count K]
 *   words   --lang ta --input text.txt --output words.txt          (one word of the language per line)
 *   segment --dict dict.json --input words.txt --output pieces.txt [--repeat R] [--cache N]
 *   evaluate --lang ta --train words.counts --test words.txt --dicts a.json,b.json   (markdown table)
 * </pre>
 * Timings go to standard error as {@code key=value} lines.
 */
public final class BpeTool {
    private BpeTool() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: BpeTool train|words|segment --option value ...");
        }
        Map<String, String> opt = options(args);
        switch (args[0]) {
            case "train" -> train(opt, System.err);
            case "words" -> words(opt);
            case "segment" -> segment(opt, System.err);
            case "evaluate" -> evaluate(opt, System.out);
            default -> throw new IllegalArgumentException("unknown command '" + args[0] + "'");
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option, got '" + args[i] + "'");
            }
            String key = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                m.put(key, args[++i]);
            } else {
                m.put(key, "true");
            }
        }
        return m;
    }

    private static String need(Map<String, String> opt, String key) {
        String v = opt.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return v;
    }

    private static void train(Map<String, String> opt, PrintStream log) throws IOException {
        Language lang = Language.fromCode(need(opt, "lang"));
        Path input = Path.of(need(opt, "input"));
        int size = Integer.parseInt(need(opt, "size"));
        String method = opt.getOrDefault("method", BpeTrainer.METHOD);
        long t0 = System.nanoTime();
        WordCounts wc = opt.containsKey("counts") ? WordCounts.fromCounts(input, lang) : WordCounts.fromText(input, lang);
        long t1 = System.nanoTime();
        BpeOptions defaults = method.equals(ExtendedBpeTrainer.METHOD) ? ExtendedBpeTrainer.DEFAULT_OPTIONS
                : BpeOptions.DEFAULT;
        BpeOptions o = new BpeOptions(Double.parseDouble(opt.getOrDefault("coverage", "" + defaults.aksharaCoverage())),
                Double.parseDouble(opt.getOrDefault("alphabet-share", "" + defaults.maxAlphabetShare())),
                opt.containsKey("lenient"),
                Long.parseLong(opt.getOrDefault("min-pair-count", "" + defaults.minPairCount())));
        DictionaryTrainer trainer = switch (method) {
            case BpeTrainer.METHOD -> new BpeTrainer(o);
            case ExtendedBpeTrainer.METHOD -> new ExtendedBpeTrainer(o);
            default -> throw new IllegalArgumentException("unknown method '" + method + "': expected bpe or ebpe");
        };
        SubwordDictionary d = trainer.train(wc, size, Progress.NONE);
        long t2 = System.nanoTime();
        DictionaryIO.write(d, Path.of(need(opt, "output")));
        log.printf(Locale.ROOT, "read_seconds=%.3f%ntrain_seconds=%.3f%ntypes=%d%ntokens=%d%nunits=%d%nmerges=%d%n"
                + "alphabet=%s%nalphabet_coverage=%s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, wc.size(), wc.tokens(),
                d.size(), d.merges().size(), d.stats().get("alphabet"), d.stats().get("alphabet_coverage"));
    }

    private static void words(Map<String, String> opt) throws IOException {
        Language lang = Language.fromCode(need(opt, "lang"));
        try (BufferedReader r = Files.newBufferedReader(Path.of(need(opt, "input")), StandardCharsets.UTF_8);
                BufferedWriter w = Files.newBufferedWriter(Path.of(need(opt, "output")), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                for (String run : SubwordText.runs(Normalizer.normalize(line, Normalizer.Form.NFC), lang)) {
                    if (SubwordText.isWord(run, lang)) {
                        w.write(run);
                        w.newLine();
                    }
                }
            }
        }
    }

    private static void evaluate(Map<String, String> opt, PrintStream out) throws IOException {
        Language lang = Language.fromCode(need(opt, "lang"));
        WordCounts train = WordCounts.fromCounts(Path.of(need(opt, "train")), lang);
        List<String> test = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(need(opt, "test")), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                test.add(line.strip());
            }
        }
        java.util.Set<String> endings = BpeEvaluation.frequentEndings(train);
        boolean header = true;
        for (String f : need(opt, "dicts").split(",")) {
            Map<String, String> row = BpeEvaluation.measure(DictionaryIO.read(Path.of(f)), train, test, endings);
            if (header) {
                out.println("| " + String.join(" | ", row.keySet()) + " |");
                out.println("|" + "---|".repeat(row.size()));
                header = false;
            }
            out.println("| " + String.join(" | ", row.values()) + " |");
        }
    }

    private static void segment(Map<String, String> opt, PrintStream log) throws IOException {
        SubwordDictionary d = DictionaryIO.read(Path.of(need(opt, "dict")));
        int repeat = Integer.parseInt(opt.getOrDefault("repeat", "1"));
        int cache = Integer.parseInt(opt.getOrDefault("cache", "" + BpeSegmenter.DEFAULT_CACHE));
        List<String> words = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(Path.of(need(opt, "input")), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
        }
        BpeSegmenter s = new BpeSegmenter(d, cache);
        org.vaak.segmentation.Joiner joiner = new org.vaak.segmentation.Joiner(d.language());
        long pieces = 0;
        long joinErrors = 0;
        long t0 = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(need(opt, "output")), StandardCharsets.UTF_8)) {
            for (int k = 0; k < repeat; k++) {
                for (String word : words) {
                    List<String> p = s.segment(word).pieces();
                    pieces += p.size();
                    if (k == 0) {
                        w.write(String.join(" ", p));
                        w.newLine();
                        joinErrors += joiner.join(p).equals(word) ? 0 : 1;
                    }
                }
            }
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        long n = (long) words.size() * repeat;
        log.printf(Locale.ROOT, "words=%d%nsegment_seconds=%.3f%nwords_per_second=%.0f%npieces_per_word=%.4f%n"
                + "join_errors=%d%n", n, sec, n / sec, pieces / (double) n, joinErrors);
    }
}
