package org.vaak.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.FstText;
import org.vaak.segmentation.lm.ArpaReader;
import org.vaak.segmentation.lm.ArpaWriter;
import org.vaak.segmentation.lm.GrammarFst;
import org.vaak.segmentation.lm.LmOptions;
import org.vaak.segmentation.lm.NgramModel;
import org.vaak.segmentation.lm.NgramTrainer;
import org.vaak.segmentation.lm.Perplexity;
import org.vaak.segmentation.lm.Smoothing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train-lm", mixinStandardHelpOptions = true,
        description = "Train an n-gram language model (ARPA), evaluate it, convert it to a grammar WFST.")
final class TrainLmCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "CORPUS",
            description = "training text, UTF-8, one sentence per line, tokens separated by spaces")
    Path corpus;

    @Option(names = "--arpa", description = "use this ARPA model instead of training one")
    Path arpa;

    @Option(names = "--order", defaultValue = "3", description = "n-gram order, 1 to 5 (default: ${DEFAULT-VALUE})")
    int order;

    @Option(names = "--method", defaultValue = "kn", description = "kn (modified Kneser-Ney) or wb (Witten-Bell)")
    String method;

    @Option(names = "--cutoff", split = ",", paramLabel = "C2[,C3...]",
            description = "minimum counts for n-grams of order 2, 3, ... (the last repeats; default: keep all)")
    int[] cutoffs;

    @Option(names = "--vocab-limit", defaultValue = "0", description = "keep the N most frequent words, the rest become <unk>")
    int vocabLimit;

    @Option(names = {"-o", "--output"}, description = "ARPA file to write")
    Path output;

    @Option(names = "--fst", paramLabel = "G.fst.txt",
            description = "also write the grammar WFST G in AT&T text form (+ .isyms/.osyms next to it)")
    Path fst;

    @Option(names = "--eval", paramLabel = "TEST", description = "print perplexity and OOV rate on this text")
    List<Path> eval = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if ((corpus == null) == (arpa == null)) {
            throw new Errors.UserError("give either a training CORPUS or --arpa MODEL");
        }
        if (output == null && fst == null && eval.isEmpty()) {
            throw new Errors.UserError("nothing to do: give -o model.arpa, --fst g.fst.txt or --eval test.txt");
        }
        for (Path p : eval) {
            if (!Files.isRegularFile(p)) {
                throw new Errors.UserError(p + ": no such file");
            }
        }
        long t0 = System.nanoTime();
        NgramModel model;
        if (arpa != null) {
            model = ArpaReader.read(arpa);
        } else {
            if (!Files.isRegularFile(corpus)) {
                throw new Errors.UserError(corpus + ": no such file");
            }
            LmOptions options = new LmOptions(order, Smoothing.fromCode(method), cutoffs, vocabLimit);
            System.err.println("vaak train-lm: counting " + options.order() + "-grams in " + corpus + " ...");
            try (ProgressBar bar = new ProgressBar(quiet)) {
                model = new NgramTrainer(options).train(corpus, bar);
            }
        }
        StringBuilder sizes = new StringBuilder();
        for (int k = 1; k <= model.order(); k++) {
            sizes.append(k == 1 ? "" : " ").append(k).append("-grams ").append(model.size(k));
        }
        System.err.printf(Locale.ROOT, "vaak train-lm: %s (%.1f s)%n", sizes, (System.nanoTime() - t0) / 1e9);
        if (output != null) {
            ArpaWriter.write(model, output);
            System.err.println("vaak train-lm: wrote " + output);
        }
        if (fst != null) {
            CompactFst g = GrammarFst.build(model);
            String name = fst.getFileName().toString();
            Path base = name.endsWith(FstText.FST_SUFFIX)
                    ? fst.resolveSibling(name.substring(0, name.length() - FstText.FST_SUFFIX.length())) : fst;
            FstText.write(g, base);
            System.err.printf(Locale.ROOT, "vaak train-lm: wrote G (%d states, %d arcs) to %s%s%n",
                    g.numStates(), g.numArcs(), base, FstText.FST_SUFFIX);
        }
        for (Path p : eval) {
            Perplexity.Result r = Perplexity.evaluate(model, p);
            System.out.printf(Locale.ROOT, "%s: %d sentences, %d tokens (</s> included), %d OOV (%.2f%% of words), "
                    + "perplexity %.2f, without OOVs %.2f%n", p, r.sentences(), r.tokens(), r.oovs(), 100 * r.oovRate(),
                    r.perplexity(), r.perplexityWithoutOov());
        }
        return 0;
    }
}
