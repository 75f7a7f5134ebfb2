package org.vaak.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.DictionaryIO;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.DictionaryTrainer;
import org.vaak.segmentation.learn.LearnerOptions;
import org.vaak.segmentation.learn.Learners;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-dict", mixinStandardHelpOptions = true,
        description = "Learn a subword dictionary from a text corpus or a word-count list.")
final class TrainDictCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(TrainDictCommand.class);

    @Option(names = "--lang", required = true, description = "ta (Tamil) or kn (Kannada)")
    String lang;

    @Option(names = "--method", required = true,
            description = "bpe, ebpe, morfessor, unigram-ml or unigram-viterbi")
    String method;

    @Option(names = "--size", description = "target number of units (Morfessor: optional; "
            + "it then anneals the corpus weight to reach about this many morph types)")
    Integer size;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--corpus", description = "running text, UTF-8, one sentence or line per line")
        Path corpus;

        @Option(names = "--counts", description = "word counts in Morfessor's list format: 'count word' per line")
        Path counts;
    }

    @Option(names = {"-o", "--output"}, required = true, description = "dictionary file to write (JSON)")
    Path output;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--init", description = "unigram only: initial units from substrings (default), bpe or morfessor")
    String init;

    @Option(names = "--dampening", description = "morfessor only: ones (default, as morfessor-train), none or log")
    String dampening;

    @Option(names = {"-p", "--param"}, description = "a learner setting, key=value (see docs/segmentation.md)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Language language = Language.fromCode(lang);
        String m = method.toLowerCase(Locale.ROOT);
        if (!Learners.methods().contains(m)) {
            throw new Errors.UserError("unknown method '" + method + "': expected one of " + String.join(", ", Learners.methods()));
        }
        if (size != null && size < 1) {
            throw new Errors.UserError("--size must be a positive number, got " + size);
        }
        if (size == null && !m.equals("morfessor")) {
            throw new Errors.UserError("--size is required for " + m);
        }
        Path out = output.toAbsolutePath();
        if (Files.isDirectory(out)) {
            throw new Errors.UserError(output + ": is a folder; give a file name for the dictionary");
        }
        Files.createDirectories(out.getParent());
        if (!Files.isWritable(out.getParent())) {
            throw new Errors.UserError(out.getParent() + ": folder is not writable");
        }
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            throw new Errors.UserError("--threads must be at least 1");
        }
        LearnerOptions options = new LearnerOptions(seed, nThreads, init, dampening, params);
        DictionaryTrainer trainer = Learners.trainer(m, options);

        long t0 = System.nanoTime();
        WordCounts counts = source.corpus != null
                ? WordCounts.fromText(source.corpus, language)
                : WordCounts.fromCounts(source.counts, language);
        LOG.info("read {} word types, {} tokens in {} ms", counts.size(), counts.tokens(), (System.nanoTime() - t0) / 1_000_000);
        SubwordDictionary dict;
        try (ProgressBar bar = new ProgressBar(quiet)) {
            dict = trainer.train(counts, size == null ? 0 : size, bar);
        }
        DictionaryIO.write(dict, out);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.err.printf(Locale.ROOT, "vaak train-dict: %s %s dictionary, %d units, from %d words (%d types) in %.1f s -> %s%n",
                language.code(), dict.method(), dict.size(), counts.tokens(), counts.size(), secs, output);
        return 0;
    }
}
