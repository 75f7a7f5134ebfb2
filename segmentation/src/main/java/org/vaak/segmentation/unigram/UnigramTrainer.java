package org.vaak.segmentation.unigram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaak.lexicons.Aksharas;
import org.vaak.segmentation.corpus.CorpusException;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.DictionaryTrainer;
import org.vaak.segmentation.learn.Progress;

/**
 * Learns a unigram dictionary: unit probabilities by EM (method {@code unigram-ml}) or Viterbi training
 * ({@code unigram-viterbi}) over each word type's segmentation lattice, with the unit set shrunk from
 * the seed units to the target size by rounds of likelihood-loss pruning ({@link UnitPruner}).
 *
 * <ol>
 *   <li>Seeds: the aksharas of the corpus ({@link AksharaCoverage}; the rare rest are unknown aksharas,
 *       each an arc of its own in the lattice, so every word stays segmentable), plus either frequent
 *       akshara substrings ({@link SeedUnits}) or the units of a given list. A seed's first probability
 *       is proportional to its count-weighted occurrences times its length.</li>
 *   <li>Each round: {@code subIterations} E- and M-steps ({@link EStep}, {@link UnigramConfig.Prior});
 *       stop when the size is reached, else prune to {@code max(target, shrink x size)}.</li>
 *   <li>The final log-probabilities are normalised to sum to one.</li>
 * </ol>
 */
public final class UnigramTrainer implements DictionaryTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(UnigramTrainer.class);
    /** Below this expected count a unit is dropped by the digamma M-step (SentencePiece's value). */
    static final double MIN_COUNT = 0.5;

    private final UnigramConfig config;

    public UnigramTrainer(UnigramConfig config) {
        this.config = config;
    }

    public UnigramTrainer(UnigramConfig.Estimation estimation) {
        this(UnigramConfig.defaults(estimation));
    }

    public UnigramConfig config() {
        return config;
    }

    @Override
    public String method() {
        return config.estimation().method();
    }

    @Override
    public SubwordDictionary train(WordCounts counts, int targetSize, Progress progress) {
        if (targetSize < 1) {
            throw new IllegalArgumentException("target size must be >= 1, got " + targetSize);
        }
        long t0 = System.nanoTime();
        boolean viterbi = config.estimation() == UnigramConfig.Estimation.VITERBI;
        AksharaTable table = new AksharaTable(counts.language());
        int[][] words = new int[counts.size()][];
        long[] wordCounts = new long[counts.size()];
        for (int w = 0; w < words.length; w++) {
            words[w] = table.encode(counts.word(w));
            wordCounts[w] = counts.count(w);
        }
        String name = counts.info().name();
        if (table.size() > Character.MAX_VALUE) {
            throw new CorpusException(name + ": " + table.size() + " distinct aksharas; at most 65535 are supported");
        }
        progress.update("seed units", 0, -1);
        List<int[]> candidates = candidates(words, wordCounts, table);
        // Single aksharas take at most half the dictionary, unless too few longer units could fill it.
        boolean[] known = AksharaCoverage.select(words, wordCounts, table, config.aksharaCoverage(),
                Math.max(targetSize / 2, targetSize - candidates.size()));
        List<int[]> units = seeds(candidates, table, known);
        try (Workers workers = new Workers(config.threads())) {
            // The lattices' last unit id (units.size()) is the unknown akshara, scored by withUnknown().
            WordLattices lattices = WordLattices.build(words, new UnitTrie(units), known, units.size());
            double[] occurrences = new double[units.size() + 1];
            for (int w = 0; w < lattices.words; w++) {
                for (int a = lattices.wordArcs[w]; a < lattices.wordArcs[w + 1]; a++) {
                    occurrences[lattices.unit[a]] += wordCounts[w];
                }
            }
            double[] scores = new double[units.size()];
            for (int u = 0; u < scores.length; u++) {
                scores[u] = occurrences[u] * units.get(u).length;
            }
            int[] newId = renumber(units.size(), u -> occurrences[u] > 0);
            units = select(units, newId);
            lattices = lattices.keep(withUnknown(newId));
            if (units.size() < targetSize) {
                throw new CorpusException(name + ": only " + units.size() + " candidate units occur in the corpus,"
                        + " fewer than the " + targetSize + " asked for (ask for fewer, or lower the seed threshold)");
            }
            double[] logProb = withUnknown(normalise(select(scores, newId)));
            int seedCount = units.size();
            int singles = 0;
            for (boolean k : known) {
                singles += k ? 1 : 0;
            }
            LOG.info("{}: {} word types, {} aksharas ({} kept as units), {} seed units, {} lattice arcs", method(),
                    words.length, table.size(), singles, seedCount, lattices.arcCount());
            int iterations = 0;
            int rounds = 0;
            List<Double> history = new ArrayList<>();
            while (true) {
                for (int it = 0; it < config.subIterations(); it++) {
                    EStep.Result r = config.useWfst()
                            ? EStep.runWfst(words, wordCounts, units, logProb, known, viterbi, workers)
                            : EStep.run(lattices, wordCounts, logProb, viterbi, workers);
                    history.add(r.logLikelihood());
                    iterations++;
                    MStep m = mStep(r.counts(), units, table, targetSize);
                    if (m.newId() != null) {
                        units = select(units, m.newId());
                        lattices = lattices.keep(withUnknown(m.newId()));
                    }
                    logProb = withUnknown(m.logProb());
                    LOG.debug("{}: round {} iteration {}: {} units, log-likelihood {}", method(), rounds, it,
                            units.size(), r.logLikelihood());
                    progress.update("EM round " + rounds + ", " + units.size() + " units", it + 1,
                            config.subIterations());
                }
                if (units.size() <= targetSize) {
                    break;
                }
                rounds++;
                int[] keep = UnitPruner.prune(units, logProb, lattices, wordCounts, targetSize,
                        config.shrinkFactor(), table, workers);
                units = select(units, keep);
                lattices = lattices.keep(withUnknown(keep));
                logProb = withUnknown(normalise(expOf(select(Arrays.copyOf(logProb, keep.length), keep))));
                LOG.info("{}: pruning round {}: {} units", method(), rounds, units.size());
            }
            logProb = withUnknown(normalise(expOf(Arrays.copyOf(logProb, units.size()))));
            EStep.Result fin = EStep.run(lattices, wordCounts, logProb, false, workers);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("aksharas", table.size());
            stats.put("aksharaUnits", singles);
            stats.put("seedUnits", seedCount);
            stats.put("pruningRounds", rounds);
            stats.put("emIterations", iterations);
            stats.put("logLikelihood", fin.logLikelihood());
            stats.put("logLikelihoodPerToken", fin.logLikelihood() / Math.max(1, counts.tokens()));
            stats.put("logLikelihoodHistory", history);
            stats.put("threads", config.threads());
            stats.put("seconds", seconds);
            LOG.info("{}: {} units in {} s, log-likelihood {}", method(), units.size(), String.format("%.2f", seconds),
                    fin.logLikelihood());
            return dictionary(counts, units, logProb, table, stats);
        }
    }

    /** Log-probabilities of the units plus, last, the unknown akshara's: the lowest minus the segmenter's penalty. */
    private static double[] withUnknown(double[] logProb) {
        double[] out = Arrays.copyOf(logProb, logProb.length + 1);
        double min = 0;
        for (double lp : logProb) {
            min = Math.min(min, lp);
        }
        out[logProb.length] = min - UnigramSegmenter.UNKNOWN_PENALTY;
        return out;
    }

    /** A renumbering of the units extended by the unknown akshara's id, which stays last. */
    private static int[] withUnknown(int[] newId) {
        int kept = 0;
        for (int id : newId) {
            kept += id >= 0 ? 1 : 0;
        }
        int[] out = Arrays.copyOf(newId, newId.length + 1);
        out[newId.length] = kept;
        return out;
    }

    private record MStep(double[] logProb, int[] newId) {
    }

    /** Expected counts to log-probabilities (see {@link UnigramConfig.Prior}); may drop units. */
    private MStep mStep(double[] c, List<int[]> units, AksharaTable table, int target) {
        int size = units.size();
        boolean digamma = config.prior() == UnigramConfig.Prior.DIGAMMA;
        List<Integer> droppable = new ArrayList<>();
        for (int u = 0; u < size; u++) {
            if (units.get(u).length > 1 && (digamma ? c[u] < MIN_COUNT : c[u] <= 0)) {
                droppable.add(u);
            }
        }
        int allowed = Math.max(0, size - target);
        int[] newId = null;
        if (!droppable.isEmpty() && allowed > 0) {
            droppable.sort(Comparator.comparingDouble((Integer u) -> c[u])
                    .thenComparing(u -> table.spell(units.get(u), 0, units.get(u).length), Comparator.reverseOrder()));
            boolean[] drop = new boolean[size];
            for (int k = 0; k < Math.min(allowed, droppable.size()); k++) {
                drop[droppable.get(k)] = true;
            }
            newId = renumber(size, u -> !drop[u]);
        }
        int kept = newId == null ? size : (int) Arrays.stream(newId).filter(x -> x >= 0).count();
        double[] k = new double[kept];
        for (int u = 0; u < size; u++) {
            int id = newId == null ? u : newId[u];
            if (id >= 0) {
                k[id] = digamma ? Math.max(c[u], MIN_COUNT) : (c[u] > 0 ? c[u] : MIN_COUNT);
            }
        }
        double sum = 0;
        for (double x : k) {
            sum += x;
        }
        double[] lp = new double[kept];
        if (digamma) {
            double ds = Digamma.of(sum);
            for (int u = 0; u < kept; u++) {
                lp[u] = Math.min(0, Digamma.of(k[u]) - ds);
            }
        } else {
            double ls = Math.log(sum);
            for (int u = 0; u < kept; u++) {
                lp[u] = Math.log(k[u]) - ls;
            }
        }
        return new MStep(lp, newId);
    }

    /** Units of two or more aksharas to start from: frequent substrings, or the given seed units. */
    private List<int[]> candidates(int[][] words, long[] wordCounts, AksharaTable table) {
        if (config.seeds() == null) {
            return SeedUnits.frequentSubstrings(words, wordCounts, table, config.maxUnitLength(),
                    config.seedMinCount(), config.seedSize());
        }
        List<int[]> more = new ArrayList<>();
        for (String piece : config.seeds()) {
            int[] ids = table.lookup(Aksharas.split(piece, table.language()));
            if (ids.length > 1 && Arrays.stream(ids).allMatch(x -> x >= 0)) {
                more.add(ids);
            }
        }
        return more;
    }

    /** Single aksharas first (in id order), then the seed units, without repeats or unknown aksharas. */
    private List<int[]> seeds(List<int[]> more, AksharaTable table, boolean[] known) {
        List<int[]> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int a = 0; a < table.size(); a++) {
            if (!known[a]) {
                continue;
            }
            units.add(new int[] {a});
            seen.add(String.valueOf((char) a));
        }
        for (int[] u : more) {
            if (Arrays.stream(u).anyMatch(a -> !known[a])) {
                continue;
            }
            char[] key = new char[u.length];
            for (int i = 0; i < u.length; i++) {
                key[i] = (char) u[i];
            }
            if (seen.add(new String(key))) {
                units.add(u);
            }
        }
        return units;
    }

    private SubwordDictionary dictionary(WordCounts counts, List<int[]> units, double[] logProb, AksharaTable table,
            Map<String, Object> stats) {
        List<SubwordDictionary.Unit> out = new ArrayList<>(units.size());
        for (int u = 0; u < units.size(); u++) {
            out.add(new SubwordDictionary.Unit(table.spell(units.get(u), 0, units.get(u).length),
                    Math.min(0, logProb[u])));
        }
        out.sort(Comparator.comparingDouble(SubwordDictionary.Unit::logProb).reversed()
                .thenComparing(SubwordDictionary.Unit::piece));
        return new SubwordDictionary(counts.language(), method(), config.parameters(), out, List.of(), counts.info(),
                stats);
    }

    private interface IntPredicate {
        boolean test(int u);
    }

    private static int[] renumber(int size, IntPredicate keep) {
        int[] id = new int[size];
        int next = 0;
        for (int u = 0; u < size; u++) {
            id[u] = keep.test(u) ? next++ : -1;
        }
        return id;
    }

    private static List<int[]> select(List<int[]> units, int[] newId) {
        List<int[]> out = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            if (newId[u] >= 0) {
                out.add(units.get(u));
            }
        }
        return out;
    }

    private static double[] select(double[] v, int[] newId) {
        double[] out = new double[(int) Arrays.stream(newId).filter(x -> x >= 0).count()];
        for (int u = 0; u < v.length; u++) {
            if (newId[u] >= 0) {
                out[newId[u]] = v[u];
            }
        }
        return out;
    }

    private static double[] expOf(double[] logs) {
        double m = Arrays.stream(logs).max().orElse(0);
        double[] out = new double[logs.length];
        for (int i = 0; i < logs.length; i++) {
            out[i] = Math.exp(logs[i] - m);
        }
        return out;
    }

    /** Log of each value divided by their sum. */
    static double[] normalise(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double ls = Math.log(sum);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.min(0, Math.log(values[i]) - ls);
        }
        return out;
    }
}
