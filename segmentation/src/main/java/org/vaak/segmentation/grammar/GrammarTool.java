package org.vaak.segmentation.grammar;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.grammar.GrammarData;
import org.vaak.lexicons.grammar.GrammarLoader;
import org.vaak.segmentation.corpus.WordCounts;

/**
 * Command-line entry to the subword grammar:
 * <pre>
 *   GrammarTool export     --lang ta [--grammar DIR] [--train FILE] --out DIR
 *   GrammarTool coverage   --lang ta [--grammar DIR] [--train FILE] --test FILE [--examples N]
 *   GrammarTool mine-stems --lang ta [--grammar DIR] --train FILE [--k 3] --out FILE
 * </pre>
 * {@code --grammar} reads the grammar folder from disk instead of the class path; {@code --train} gives
 * the corpus (running text) the weights are estimated from (uniform weights without it).
 */
public final class GrammarTool {
    private GrammarTool() {
    }

    public static void main(String[] args) {
        int rc;
        try {
            rc = run(args, System.out);
        } catch (IllegalArgumentException | IOException | java.io.UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            rc = 2;
        }
        if (rc != 0) {
            System.exit(rc);
        }
    }

    /** Runs one subcommand; returns the exit status. */
    public static int run(String[] args, PrintStream out) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: GrammarTool export|coverage|mine-stems|estimate-weights --lang ta|kn ...");
        }
        Map<String, String> opt = options(args);
        Language lang = Language.fromCode(need(opt, "lang"));
        switch (args[0]) {
            case "export" -> {
                SubwordGrammar g = compile(lang, opt, true);
                Path dir = Path.of(need(opt, "out"));
                String name = "sg-wfst-" + lang.code();
                SubwordGrammarCompiler.exportText(g, dir, name);
                out.println("wrote " + dir.resolve(name + ".fst.txt") + " (" + g.network() + ")");
                out.println("compile with: fstcompile --isymbols=" + name + ".isyms --osymbols=" + name + ".osyms "
                        + name + ".fst.txt " + name + ".fst");
            }
            case "coverage" -> {
                SubwordGrammar g = compile(lang, opt, true);
                WordCounts test = WordCounts.fromText(Path.of(need(opt, "test")), lang);
                GrammarCoverage c = GrammarCoverage.measure(new KnowledgeSegmenter(g), test,
                        Integer.parseInt(opt.getOrDefault("examples", "8")));
                out.println(lang.code() + ": " + g.network());
                out.print(c.toMarkdown());
            }
            case "estimate-weights" -> {
                GrammarData data = opt.containsKey("grammar") ? GrammarLoader.load(lang, Path.of(opt.get("grammar")), true)
                        : GrammarLoader.load(lang, true);
                Path trainPath = Path.of(need(opt, "train"));
                WordCounts train = WordCounts.fromText(trainPath, lang);
                SubwordGrammar g = SubwordGrammarCompiler.compile(data);
                double[][] counts = GrammarCounts.estimate(g, train);
                List<String> header = new ArrayList<>();
                header.add("Usage counts of the SG-WFST's choices, estimated by org.vaak.segmentation.grammar.GrammarCounts; do not edit by hand.");
                header.add("command: GrammarTool " + String.join(" ", args));
                header.add("corpus: " + trainPath.getFileName() + " (" + train.info().tokens() + " tokens, " + train.info().types()
                        + " types, sha256 " + train.info().sha256() + ")");
                GrammarCounts.write(g.network(), counts, Path.of(need(opt, "out")), header);
                out.println("wrote " + need(opt, "out"));
            }
            case "mine-stems" -> {
                GrammarData hand = opt.containsKey("grammar") ? GrammarLoader.load(lang, Path.of(opt.get("grammar")), false)
                        : GrammarLoader.load(lang, false);
                Path trainPath = Path.of(need(opt, "train"));
                WordCounts train = WordCounts.fromText(trainPath, lang);
                int k = Integer.parseInt(opt.getOrDefault("k", "3"));
                List<StemMiner.MinedStem> stems = StemMiner.forNounsAndVerbs(hand).mine(train, k);
                List<String> header = new ArrayList<>();
                header.add("Stems mined from a training corpus by org.vaak.segmentation.grammar.StemMiner; do not edit by hand.");
                header.add("command: GrammarTool " + String.join(" ", args));
                header.add("corpus: " + trainPath + " (" + train.info().tokens() + " tokens, " + train.info().types() + " types, sha256 " + train.info().sha256() + ")");
                header.add("k = " + k + " (a stem is kept when it occurs with at least k distinct known suffix chains)");
                header.add("stems per slot: " + StemMiner.countBySlot(stems));
                StemMiner.write(stems, lang, Path.of(need(opt, "out")), header);
                out.println("wrote " + stems.size() + " stems " + StemMiner.countBySlot(stems) + " to " + need(opt, "out"));
            }
            default -> throw new IllegalArgumentException("unknown subcommand '" + args[0]
                    + "': expected export, coverage, mine-stems or estimate-weights");
        }
        return 0;
    }

    private static SubwordGrammar compile(Language lang, Map<String, String> opt, boolean withMined) throws IOException {
        GrammarData data = opt.containsKey("grammar") ? GrammarLoader.load(lang, Path.of(opt.get("grammar")), withMined)
                : GrammarLoader.load(lang, withMined);
        if (opt.containsKey("train")) {
            return SubwordGrammarCompiler.compile(data, WordCounts.fromText(Path.of(opt.get("train")), lang));
        }
        if (!opt.containsKey("grammar") && withMined) {
            return SubwordGrammars.shipped(lang);
        }
        return SubwordGrammarCompiler.compile(data);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got '" + args[i] + "'");
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }

    private static String need(Map<String, String> opt, String name) {
        String v = opt.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return v;
    }
}
