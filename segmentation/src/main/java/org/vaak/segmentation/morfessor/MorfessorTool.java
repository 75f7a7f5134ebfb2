package org.vaak.segmentation.morfessor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vaak.lexicons.Aksharas;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Joiner;
import org.vaak.segmentation.corpus.CorpusException;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.DictionaryIO;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.Progress;

/**
 * A small command line for Morfessor training and for side-by-side runs with morfessor-train.
 *
 * <pre>
 * MorfessorTool train  --lang ta --counts words.counts [--atoms akshara|codepoint] [--dampening ones|log|none]
 *                      [--corpusweight 1.0] [--finish-threshold 0.005] [--randseed 0] [--size N]
 *                      [--max-epochs N] [--forcesplit -] [--output dict.json] [--segmentations out.txt]
 * MorfessorTool export --lang ta --counts words.counts --atoms akshara|codepoint --output list.txt
 * MorfessorTool check  --lang ta --counts words.counts --dict dict.json
 * </pre>
 *
 * {@code export} writes the word list exactly as vaak reads it (NFC, words of the language only, in
 * vaak's order) for morfessor-train {@code --traindata-list}; with akshara atoms each word's aksharas
 * are separated by spaces, for morfessor-train {@code --atom-separator ' '}. {@code train} prints the
 * final cost in Morfessor 2.0's units.
 */
public final class MorfessorTool {
    private MorfessorTool() {
    }

    public static void main(String[] args) throws IOException {
        try {
            run(args);
        } catch (CorpusException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    static void run(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: MorfessorTool train|export|check --lang ta|kn --counts FILE ...");
        }
        String command = args[0];
        Map<String, String> opt = new java.util.HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected '--option value', got '" + args[i] + "'");
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        Language lang = Language.fromCode(required(opt, "lang"));
        Path countsFile = Path.of(required(opt, "counts"));
        MorfessorTrainer.Settings d = MorfessorTrainer.Settings.defaults();
        Set<String> force = new HashSet<>();
        opt.getOrDefault("forcesplit", "-").codePoints().forEach(cp -> force.add(Character.toString(cp)));
        MorfessorTrainer.Settings s = new MorfessorTrainer.Settings(
                AtomMode.parse(opt.getOrDefault("atoms", "akshara")),
                Double.parseDouble(opt.getOrDefault("corpusweight", "1.0")),
                Dampening.parse(opt.getOrDefault("dampening", d.dampening().label())),
                Double.parseDouble(opt.getOrDefault("finish-threshold", "0.005")),
                opt.getOrDefault("randseed", d.randseed()), force, opt.get("nosplit-re"),
                Long.parseLong(opt.getOrDefault("batch-minfreq", "1")),
                Integer.parseInt(opt.getOrDefault("max-epochs", "0")), d.weightThreshold());
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        WordCounts counts = WordCounts.fromCounts(countsFile, lang);
        double readSeconds = (System.nanoTime() - t0) / 1e9;
        long cpu1 = threads.getCurrentThreadCpuTime();
        switch (command) {
            case "export" -> export(counts, s.atoms(), Path.of(required(opt, "output")));
            case "check" -> check(counts, DictionaryIO.read(Path.of(required(opt, "dict"))));
            case "train" -> {
                MorfessorTrainer trainer = new MorfessorTrainer(s);
                int size = Integer.parseInt(opt.getOrDefault("size", "0"));
                MorfessorTrainer.Result r = trainer.fit(counts, size, Progress.NONE);
                SubwordDictionary dict = MorfessorDictionary.build(r, counts, s, size);
                long cpu2 = threads.getCurrentThreadCpuTime();
                System.out.printf("Read time: %.3fs%n", readSeconds);
                System.out.printf("CPU time of the main thread: reading %.3fs, training %.3fs%n", (cpu1 - cpu0) / 1e9,
                        (cpu2 - cpu1) / 1e9);
                System.out.println("Word types: " + r.model().corpus.size());
                System.out.println("Epochs: " + r.epochs());
                System.out.println("Morph types: " + r.model().cost.lexiconBoundaries);
                System.out.println("Final cost: " + r.cost());
                // as morfessor-train's "Training time": reading the list plus training
                System.out.printf("Training time: %.3fs%n", readSeconds + r.seconds());
                if (opt.containsKey("output")) {
                    DictionaryIO.write(dict, Path.of(opt.get("output")));
                }
                if (opt.containsKey("segmentations")) {
                    writeSegmentations(r.model(), Path.of(opt.get("segmentations")));
                }
            }
            default -> throw new IllegalArgumentException("unknown command '" + command + "': expected train, export or check");
        }
    }

    /**
     * Segments every word of the list with the dictionary and checks that the pieces join back into the
     * word and that every boundary is an akshara boundary.
     */
    private static void check(WordCounts counts, SubwordDictionary dict) {
        MorfessorSegmenter segmenter = new MorfessorSegmenter(dict);
        Joiner joiner = new Joiner(counts.language());
        long bad = 0;
        long pieces = 0;
        long t0 = System.nanoTime();
        for (String w : counts.words()) {
            List<String> p = segmenter.segment(w).pieces();
            pieces += p.size();
            boolean ok = joiner.join(p).equals(w);
            int at = 0;
            int[] bounds = Aksharas.boundaries(w, counts.language());
            for (String piece : p) {
                at += piece.length();
                ok &= java.util.Arrays.binarySearch(bounds, at) >= 0;
            }
            if (!ok) {
                if (bad < 10) {
                    System.out.println("MISMATCH " + w + " -> " + p);
                }
                bad++;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("Checked %d words: %d pieces, %d not joining back or splitting an akshara; %.0f words/s%n",
                counts.size(), pieces, bad, counts.size() / seconds);
        if (bad > 0) {
            throw new IllegalArgumentException(bad + " words failed the round trip");
        }
    }

    private static String required(Map<String, String> opt, String key) {
        String v = opt.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return v;
    }

    private static void export(WordCounts counts, AtomMode atoms, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < counts.size(); i++) {
                String word = counts.word(i);
                String text = atoms == AtomMode.AKSHARA
                        ? String.join(" ", atoms.split(word, counts.language()))
                        : word;
                w.write(counts.count(i) + " " + text + "\n");
            }
        }
    }

    /** One line per word: count, then its morphs separated by spaces (as morfessor-train's -S file). */
    private static void writeSegmentations(MorfessorModel model, Path out) throws IOException {
        AtomCorpus c = model.corpus;
        Map<String, List<String>> seg = MorfessorTrainer.segmentations(model);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int k = 0;
            for (Map.Entry<String, List<String>> e : seg.entrySet()) {
                w.write(c.wordCount[k++] + " " + String.join(" + ", e.getValue()) + "\n");
            }
        }
    }
}
