package org.vaak.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaak.asr.graph.CtcTopology;
import org.vaak.asr.graph.DecodingGraph;
import org.vaak.asr.graph.GraphCache;
import org.vaak.asr.graph.GraphOptions;
import org.vaak.asr.graph.GraphSpec;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.fst.CompactFst;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Decoding graphs T o L o G for the recogniser.",
        subcommands = {GraphCommand.Build.class, GraphCommand.Info.class})
final class GraphCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: build or info");
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Build the decoding graph TLG of a grammar G over words or subword units, through the",
                "graph cache (built once per set of inputs), and write it to -o."})
    static final class Build implements Callable<Integer> {
        @Option(names = "--lang", required = true, description = "ta or kn")
        String lang;

        @Option(names = "--lm", required = true,
                description = "G: an OpenFst text FST G.fst.txt (G.isyms and G.osyms beside it) or a vaak FST file")
        Path lm;

        @Option(names = "--dict", description = "G's units are the subwords of this dictionary (JSON)")
        Path dict;

        @Option(names = "--subwords", description = "G's units are marked subword units (as with --dict, without a dictionary)")
        boolean subwords;

        @Option(names = "--words", description = "G's units are words (the default without --dict or --grammar)")
        boolean words;

        @Option(names = "--grammar",
                description = "knowledge-driven: subword units constrained within each word by the SG-WFST")
        boolean grammar;

        @Option(names = "--pron-text", description = "marked training text to weigh subword pronunciation variants")
        Path pronText;

        @Option(names = "--topology", defaultValue = "shortcut",
                description = "CTC topology: standard, shortcut (standard with exact epsilon shortcuts) or compact "
                        + "(not exactly CTC) (default: ${DEFAULT-VALUE})")
        String topology;

        @Option(names = "--minimize-tlg", description = "also minimize T o LG (slower build; see docs/graphs.md)")
        boolean minimizeTlg;

        @Option(names = "--fallback-cost", defaultValue = "2.3",
                description = "--grammar: cost of a word outside the grammar; Infinity forbids them (default: ${DEFAULT-VALUE})")
        float fallbackCost;

        @Option(names = "--cache", description = "cache folder (default: ~/.cache/vaak/graphs)")
        Path cache;

        @Option(names = "--no-cache", description = "build without reading or writing the cache")
        boolean noCache;

        @Option(names = {"-o", "--output"}, required = true, description = "graph file to write")
        Path output;

        @Override
        public Integer call() throws Exception {
            Language language = Language.fromCode(lang);
            if ((words ? 1 : 0) + (grammar ? 1 : 0) + (subwords || (dict != null && !grammar) ? 1 : 0) > 1) {
                throw new Errors.UserError("give one of --words, --dict/--subwords or --grammar (--grammar may take a --dict)");
            }
            GraphSpec.Units units = grammar ? GraphSpec.Units.GRAMMAR
                    : dict != null || subwords ? GraphSpec.Units.SUBWORDS : GraphSpec.Units.WORDS;
            CtcTopology.Variant v = switch (topology.toLowerCase(Locale.ROOT)) {
                case "standard" -> CtcTopology.Variant.STANDARD;
                case "compact" -> CtcTopology.Variant.COMPACT;
                case "shortcut" -> CtcTopology.Variant.STANDARD_SHORTCUT;
                default -> throw new Errors.UserError("unknown --topology '" + topology
                        + "': expected standard, shortcut or compact");
            };
            GraphOptions options = GraphOptions.DEFAULT.withTopology(v).withMinimizeTlg(minimizeTlg)
                    .withFallbackCost(fallbackCost);
            GraphSpec spec = new GraphSpec(language, lm, units, dict, pronText, options);
            if (Files.isDirectory(output)) {
                throw new Errors.UserError(output + ": is a folder; give a file name");
            }
            long t = System.nanoTime();
            DecodingGraph g;
            if (noCache) {
                g = spec.build();
            } else {
                GraphCache c = new GraphCache(cache != null ? cache : GraphCache.defaultDir());
                g = c.get(spec.cacheKey(), spec::build);
            }
            g.write(output);
            for (Map.Entry<String, String> e : g.metadata().entrySet()) {
                if (e.getKey().startsWith("step.")) {
                    String[] f = e.getValue().split("\t");
                    System.err.printf(Locale.ROOT, "  %-22s %10s states %11s arcs %8s ms%n", f[0], f[1], f[2], f[3]);
                }
            }
            System.err.printf(Locale.ROOT, "vaak graph build: wrote %s (%d states, %d arcs) in %.1f s%n", output,
                    g.fst().numStates(), g.fst().numArcs(), (System.nanoTime() - t) / 1e9);
            return 0;
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Print a graph file's sizes, symbol tables and how it was built.")
    static final class Info implements Callable<Integer> {
        @Parameters(paramLabel = "GRAPH", description = "graph file")
        Path file;

        @Override
        public Integer call() throws Exception {
            DecodingGraph g = DecodingGraph.read(file);
            CompactFst f = g.fst();
            int eps = 0;
            int negative = 0;
            for (int a = 0; a < f.numArcs(); a++) {
                eps += f.ilabel(a) == 0 ? 1 : 0;
                negative += f.weight(a) < 0 ? 1 : 0;
            }
            int finals = 0;
            for (int s = 0; s < f.numStates(); s++) {
                finals += f.isFinal(s) ? 1 : 0;
            }
            StringBuilder sb = new StringBuilder();
            sb.append("file\t").append(file).append('\n');
            sb.append("bytes\t").append(Files.size(file)).append('\n');
            sb.append("states\t").append(f.numStates()).append('\n');
            sb.append("final states\t").append(finals).append('\n');
            sb.append("arcs\t").append(f.numArcs()).append('\n');
            sb.append("epsilon-input arcs\t").append(eps).append('\n');
            sb.append("negative-cost arcs\t").append(negative).append('\n');
            sb.append("input symbols\t").append(f.inputSymbols().length).append(" (<eps>, <blk>, ")
                    .append(f.inputSymbols().length - 2).append(" phones)\n");
            sb.append("output symbols\t").append(f.outputSymbols().length).append('\n');
            sb.append("array bytes\t").append(4L * (f.numStates() + 1) + 16L * f.numArcs() + 4L * f.numStates()).append('\n');
            for (Map.Entry<String, String> e : g.metadata().entrySet()) {
                sb.append(e.getKey()).append('\t').append(e.getValue().replace('\t', ' ')).append('\n');
            }
            System.out.print(sb);
            System.out.flush();
            return 0;
        }
    }
}
