package org.vaak.segmentation.learn;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vaak.segmentation.bpe.BpeOptions;
import org.vaak.segmentation.bpe.BpeTrainer;
import org.vaak.segmentation.bpe.ExtendedBpeTrainer;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.morfessor.Dampening;
import org.vaak.segmentation.morfessor.MorfessorTrainer;
import org.vaak.segmentation.unigram.UnigramConfig;
import org.vaak.segmentation.unigram.UnigramTrainer;

/**
 * The dictionary learners by method name, configured from {@link LearnerOptions}. The settings each
 * method accepts through {@code params} are listed in docs/segmentation.md; an unknown one is an error.
 */
public final class Learners {
    private static final List<String> METHODS = List.of("bpe", "ebpe", "morfessor", "unigram-ml", "unigram-viterbi");

    private Learners() {
    }

    public static List<String> methods() {
        return METHODS;
    }

    /** A trainer for {@code method}; throws IllegalArgumentException for an unknown method or setting. */
    public static DictionaryTrainer trainer(String method, LearnerOptions o) {
        String m = method.toLowerCase(Locale.ROOT);
        switch (m) {
            case "bpe", "ebpe" -> {
                check(o, m, Set.of("coverage", "alphabet-share", "lenient", "min-pair-count"), false, false);
                BpeOptions b = m.equals("bpe") ? BpeOptions.DEFAULT : ExtendedBpeTrainer.DEFAULT_OPTIONS;
                b = b.withAksharaCoverage(o.param("coverage", b.aksharaCoverage()))
                        .withMaxAlphabetShare(o.param("alphabet-share", b.maxAlphabetShare()))
                        .withLenient(Boolean.parseBoolean(o.params().getOrDefault("lenient", String.valueOf(b.lenient()))))
                        .withMinPairCount(o.param("min-pair-count", (int) b.minPairCount()));
                return m.equals("bpe") ? new BpeTrainer(b) : new ExtendedBpeTrainer(b);
            }
            case "morfessor" -> {
                check(o, m, Set.of("corpusweight", "finish-threshold", "max-epochs", "atoms"), false, true);
                MorfessorTrainer.Settings s = MorfessorTrainer.Settings.defaults()
                        .withRandseed(Long.toString(o.seed()));
                if (o.dampening() != null) {
                    s = s.withDampening(Dampening.parse(o.dampening()));
                }
                s = s.withCorpusWeight(o.param("corpusweight", s.corpusWeight()))
                        .withFinishThreshold(o.param("finish-threshold", s.finishThreshold()))
                        .withMaxEpochs(o.param("max-epochs", s.maxEpochs()));
                if (o.params().containsKey("atoms")) {
                    s = s.withAtoms(org.vaak.segmentation.morfessor.AtomMode.parse(o.params().get("atoms")));
                }
                return new MorfessorTrainer(s);
            }
            case "unigram-ml", "unigram-viterbi" -> {
                check(o, m, Set.of("coverage", "max-length", "seed-size", "sub-iterations", "prior", "wfst"), true, false);
                UnigramConfig c = UnigramConfig.defaults(UnigramConfig.Estimation.fromMethod(m))
                        .withThreads(o.threads());
                c = c.withAksharaCoverage(o.param("coverage", c.aksharaCoverage()))
                        .withMaxUnitLength(o.param("max-length", c.maxUnitLength()))
                        .withSeedSize(o.param("seed-size", c.seedSize()))
                        .withSubIterations(o.param("sub-iterations", c.subIterations()))
                        .withWfst(Boolean.parseBoolean(o.params().getOrDefault("wfst", String.valueOf(c.useWfst()))));
                if (o.params().containsKey("prior")) {
                    c = c.withPrior(UnigramConfig.Prior.valueOf(o.params().get("prior").toUpperCase(Locale.ROOT)));
                }
                String init = o.init() == null ? "substrings" : o.init().toLowerCase(Locale.ROOT);
                return switch (init) {
                    case "substrings" -> new UnigramTrainer(c);
                    case "bpe", "morfessor" -> new SeededUnigramTrainer(c, init, o);
                    default -> throw new IllegalArgumentException("unknown --init '" + o.init()
                            + "': expected substrings, bpe or morfessor");
                };
            }
            default -> throw new IllegalArgumentException("unknown method '" + method + "': expected one of "
                    + String.join(", ", METHODS));
        }
    }

    private static void check(LearnerOptions o, String method, Set<String> allowed, boolean init, boolean dampening) {
        for (String k : o.params().keySet()) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException("unknown setting '" + k + "' for " + method + " (it takes: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
        if (!init && o.init() != null) {
            throw new IllegalArgumentException("--init applies to unigram-ml and unigram-viterbi only");
        }
        if (!dampening && o.dampening() != null) {
            throw new IllegalArgumentException("--dampening applies to morfessor only");
        }
    }

    /**
     * Unigram training whose initial units are those of a BPE or Morfessor dictionary learned first on
     * the same corpus (BPE at four times the target size, so that pruning has units to choose from).
     */
    private record SeededUnigramTrainer(UnigramConfig config, String init, LearnerOptions options)
            implements DictionaryTrainer {
        @Override
        public String method() {
            return config.estimation().method();
        }

        @Override
        public SubwordDictionary train(WordCounts counts, int targetSize, Progress progress) {
            DictionaryTrainer seedTrainer = init.equals("bpe")
                    ? new BpeTrainer(BpeOptions.DEFAULT.withLenient(true))
                    : new MorfessorTrainer(MorfessorTrainer.Settings.defaults().withRandseed(Long.toString(options.seed())));
            SubwordDictionary seed = seedTrainer.train(counts, init.equals("bpe") ? 4 * targetSize : 0,
                    (phase, done, total) -> progress.update(init + " seed: " + phase, done, total));
            List<String> pieces = seed.units().stream().map(SubwordDictionary.Unit::piece).toList();
            SubwordDictionary d = new UnigramTrainer(config.withSeeds(pieces)).train(counts, targetSize, progress);
            Map<String, Object> params = new java.util.TreeMap<>(d.parameters());
            params.put("init", init);
            params.put("init_units", pieces.size());
            return new SubwordDictionary(d.language(), d.method(), params, d.units(), d.merges(), d.corpus(), d.stats());
        }
    }
}
