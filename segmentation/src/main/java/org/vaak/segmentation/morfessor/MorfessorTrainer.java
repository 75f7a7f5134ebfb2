package org.vaak.segmentation.morfessor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaak.segmentation.corpus.CorpusException;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.DictionaryTrainer;
import org.vaak.segmentation.learn.Progress;

/**
 * Morfessor Baseline, trained in batch with the recursive algorithm, on aksharas.
 *
 * <p>The model and its cost are those of Morfessor 2.0 (see {@link MorfessorCost}); so is the training:
 * all words are loaded unsplit, then in each epoch every word, in a random order, is re-split
 * recursively (the cheapest of "no split" and every binary split, then the same for both parts), until an
 * epoch improves the cost by less than {@code finishThreshold} times the number of word tokens. The
 * random order is CPython's shuffle seeded with {@code randseed}, so with the same settings and the same
 * word list morfessor-train takes the same path.
 *
 * <p><b>Target size.</b> Morfessor has no size parameter. Given a target size N, the trainer does what
 * morfessor-train's {@code --num-morph-types N} does: after each epoch, while the number of morph types
 * is more than {@code weightThreshold} (1%) away from N, the corpus weight is multiplied (too few
 * morphs) or divided (too many) by {@code 1 + 2/epoch}, and two more epochs are forced. The result has
 * about N units, not exactly N. Without a target size the corpus weight stays fixed.
 */
public final class MorfessorTrainer implements DictionaryTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(MorfessorTrainer.class);

    private final Settings settings;

    /**
     * Training settings; the defaults are morfessor-train's.
     *
     * @param atoms akshara (vaak's rule) or codepoint (as Morfessor 2.0)
     * @param corpusWeight alpha, the weight of the corpus cost ({@code -w}, default 1.0)
     * @param dampening count dampening ({@code -d}, default ones)
     * @param finishThreshold stop when an epoch gains less than this times the word tokens ({@code -F},
     *     default 0.005)
     * @param randseed seed of the word order ({@code -r}); morfessor-train's default is unseeded, vaak's
     *     is "0"
     * @param forceSplit atoms that are always morphs of their own ({@code -f}, default {@code -})
     * @param noSplit regular expression on two adjacent atoms that forbids a boundary between them
     *     ({@code --nosplit-re}), or null
     * @param minFrequency words seen less often are left out ({@code --batch-minfreq}, default 1)
     * @param maxEpochs hard limit on epochs ({@code --max-epochs}), 0 for none
     * @param weightThreshold relative tolerance of the target size ({@code --weight-threshold}, 0.01)
     */
    public record Settings(AtomMode atoms, double corpusWeight, Dampening dampening, double finishThreshold,
            String randseed, Set<String> forceSplit, String noSplit, long minFrequency, int maxEpochs,
            double weightThreshold) {
        public Settings {
            if (!(corpusWeight > 0) || Double.isInfinite(corpusWeight)) {
                throw new IllegalArgumentException("corpus weight must be positive, got " + corpusWeight);
            }
            if (!(finishThreshold >= 0)) {
                throw new IllegalArgumentException("finish threshold must be >= 0, got " + finishThreshold);
            }
            if (maxEpochs < 0 || minFrequency < 1 || !(weightThreshold > 0)) {
                throw new IllegalArgumentException("max epochs must be >= 0, min frequency >= 1 and the weight"
                        + " threshold > 0");
            }
            forceSplit = Set.copyOf(forceSplit);
            if (noSplit != null) {
                Pattern.compile(noSplit);
            }
        }

        public static Settings defaults() {
            return new Settings(AtomMode.AKSHARA, 1.0, Dampening.ONES, 0.005, "0", Set.of("-"), null, 1, 0, 0.01);
        }

        public Settings withAtoms(AtomMode a) {
            return new Settings(a, corpusWeight, dampening, finishThreshold, randseed, forceSplit, noSplit,
                    minFrequency, maxEpochs, weightThreshold);
        }

        public Settings withDampening(Dampening d) {
            return new Settings(atoms, corpusWeight, d, finishThreshold, randseed, forceSplit, noSplit,
                    minFrequency, maxEpochs, weightThreshold);
        }

        public Settings withCorpusWeight(double w) {
            return new Settings(atoms, w, dampening, finishThreshold, randseed, forceSplit, noSplit,
                    minFrequency, maxEpochs, weightThreshold);
        }

        public Settings withRandseed(String seed) {
            return new Settings(atoms, corpusWeight, dampening, finishThreshold, seed, forceSplit, noSplit,
                    minFrequency, maxEpochs, weightThreshold);
        }

        public Settings withMaxEpochs(int n) {
            return new Settings(atoms, corpusWeight, dampening, finishThreshold, randseed, forceSplit, noSplit,
                    minFrequency, n, weightThreshold);
        }

        public Settings withFinishThreshold(double t) {
            return new Settings(atoms, corpusWeight, dampening, t, randseed, forceSplit, noSplit,
                    minFrequency, maxEpochs, weightThreshold);
        }
    }

    /** The outcome of training: the model state plus the numbers of the run. */
    record Result(MorfessorModel model, int epochs, double cost, double seconds) {
    }

    public MorfessorTrainer() {
        this(Settings.defaults());
    }

    public MorfessorTrainer(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public String method() {
        return "morfessor";
    }

    /**
     * Trains and returns the dictionary. {@code targetSize <= 0} trains with the fixed corpus weight;
     * a positive value tunes the corpus weight towards that many morph types (see the class comment).
     */
    @Override
    public SubwordDictionary train(WordCounts counts, int targetSize, Progress progress) {
        Result r = fit(counts, targetSize, progress);
        return MorfessorDictionary.build(r, counts, settings, targetSize);
    }

    /**
     * Epochs after which the corpus weight is no longer tuned (Morfessor 2.0 tunes without a limit and can
     * oscillate for ever around a target it cannot hit within the threshold); a size still more than
     * {@link #MAX_TARGET_MISS} away from the target then is an error.
     */
    static final int MAX_TUNING_EPOCHS = 40;
    /** Relative distance from the target size that still counts as reached when tuning stops. */
    static final double MAX_TARGET_MISS = 0.25;

    Result fit(WordCounts counts, int targetSize, Progress progress) {
        long start = System.nanoTime();
        AtomCorpus corpus = AtomCorpus.of(counts, settings.atoms(), settings.dampening(), settings.minFrequency());
        if (corpus.size() == 0) {
            throw new CorpusException(counts.info().name() + ": no word occurs at least " + settings.minFrequency()
                    + " times");
        }
        if (targetSize > 0) {
            long atomTokens = 0;
            for (int l : corpus.wordLen) {
                atomTokens += l;
            }
            if (targetSize > atomTokens) {
                throw new CorpusException(counts.info().name() + ": cannot learn " + targetSize
                        + " morph types from words with " + atomTokens + " atoms in all");
            }
        }
        MorfessorModel model = new MorfessorModel(corpus, noSplitTable(corpus), forceSplitTable(corpus));
        model.cost.corpusWeight = settings.corpusWeight();
        model.load();
        int[] order = new int[corpus.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        PythonRandom random = new PythonRandom(settings.randseed());
        int epochs = 0;
        int forced = 1;
        double newCost = model.cost.cost();
        LOG.info("Morfessor: {} word types / {} tokens, {} atoms ({}), initial cost {}", corpus.size(),
                model.cost.corpusBoundaries, corpus.atomStrings.size(), settings.atoms().label(), newCost);
        while (true) {
            random.shuffle(order);
            for (int k = 0; k < order.length; k++) {
                int w = order[k];
                model.optimizeWord(corpus.wordOff[w], corpus.wordLen[w]);
                if ((k & 0x3fff) == 0) {
                    progress.update("morfessor epoch " + (epochs + 1), k, order.length);
                }
            }
            epochs++;
            boolean moved = epochs <= MAX_TUNING_EPOCHS && updateWeight(model, targetSize, epochs);
            forced = Math.max(forced, moved ? 2 : 0);
            if (targetSize > 0 && epochs == MAX_TUNING_EPOCHS) {
                long types = model.cost.lexiconBoundaries;
                if (Math.abs(types - targetSize) > MAX_TARGET_MISS * targetSize) {
                    throw new CorpusException(counts.info().name() + ": the corpus weight did not bring the lexicon to "
                            + targetSize + " morph types in " + epochs + " epochs (it has " + types + "; the words hold "
                            + corpus.atomStrings.size() + " distinct " + settings.atoms().label()
                            + " atoms): ask for a size nearer to that, or for none");
                }
                if (moved) {
                    LOG.warn("Morfessor: weight tuning stopped after {} epochs at {} morph types ({} wanted)", epochs,
                            types, targetSize);
                }
            }
            double oldCost = newCost;
            newCost = model.cost.cost();
            LOG.info("Morfessor epoch {}: cost {}, {} morph types", epochs, newCost, model.cost.lexiconBoundaries);
            if (forced == 0 && newCost >= oldCost - settings.finishThreshold() * model.cost.corpusBoundaries) {
                break;
            }
            if (forced > 0) {
                forced--;
            }
            if (settings.maxEpochs() > 0 && epochs >= settings.maxEpochs()) {
                break;
            }
        }
        progress.update("morfessor", order.length, order.length);
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("Morfessor: {} epochs, final cost {}, {} s", epochs, newCost, seconds);
        return new Result(model, epochs, newCost, seconds);
    }

    /** Morfessor 2.0's number-of-morph-types weight tuning; true when the weight moved. */
    private boolean updateWeight(MorfessorModel model, int target, int epoch) {
        if (target <= 0) {
            return false;
        }
        long types = model.cost.lexiconBoundaries;
        if (Math.abs(target - types) / (double) target <= settings.weightThreshold()) {
            return false;
        }
        double w = model.cost.corpusWeight;
        w = types < target ? w * (1 + 2.0 / epoch) : w * (1.0 / (1 + 2.0 / epoch));
        model.cost.corpusWeight = w;
        LOG.info("Morfessor: {} morph types against {} wanted; corpus weight set to {}", types, target, w);
        return true;
    }

    private boolean[] noSplitTable(AtomCorpus corpus) {
        boolean[] t = new boolean[corpus.atoms.length + 1];
        if (settings.noSplit() == null) {
            return t;
        }
        Pattern p = Pattern.compile(settings.noSplit());
        for (int w = 0; w < corpus.size(); w++) {
            int off = corpus.wordOff[w];
            for (int i = 1; i < corpus.wordLen[w]; i++) {
                String pair = corpus.atomStrings.get(corpus.atoms[off + i - 1])
                        + corpus.atomStrings.get(corpus.atoms[off + i]);
                t[off + i] = p.matcher(pair).lookingAt();
            }
        }
        return t;
    }

    private boolean[] forceSplitTable(AtomCorpus corpus) {
        boolean[] t = new boolean[corpus.atomStrings.size()];
        for (int a = 0; a < t.length; a++) {
            t[a] = settings.forceSplit().contains(corpus.atomStrings.get(a));
        }
        return t;
    }

    /** The morphs of every word after training, as strings, in the corpus's word order. */
    static Map<String, List<String>> segmentations(MorfessorModel model) {
        AtomCorpus c = model.corpus;
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<int[]> parts = new ArrayList<>();
        for (int w = 0; w < c.size(); w++) {
            parts.clear();
            model.segment(c.wordOff[w], c.wordLen[w], parts);
            List<String> pieces = new ArrayList<>(parts.size());
            for (int[] p : parts) {
                pieces.add(c.text(p[0], p[1]));
            }
            out.put(c.text(c.wordOff[w], c.wordLen[w]), pieces);
        }
        return out;
    }

    static final Comparator<SubwordDictionary.Unit> UNIT_ORDER = Comparator
            .comparingDouble(SubwordDictionary.Unit::logProb).reversed()
            .thenComparing(SubwordDictionary.Unit::piece);
}
