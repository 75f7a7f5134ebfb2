package org.vaak.segmentation.bpe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaak.segmentation.corpus.CorpusException;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.Progress;

/**
 * Turns word counts into a BPE dictionary: picks the base alphabet, runs the merge loop and estimates
 * the unit probabilities. Shared by {@link BpeTrainer} and {@link ExtendedBpeTrainer}.
 *
 * <p><b>Size.</b> The asked size is the number of units in the written dictionary: distinct pieces
 * without the end-of-word marker, base aksharas included. A piece learned both inside words and at the
 * word end ({@code X} and {@code X</w>}) is one unit; a merge whose piece already exists adds none.
 *
 * <p><b>Probabilities.</b> Natural-log relative frequencies of the pieces in the training words after
 * the last merge (which is what the segmenter produces for them). A unit that the final segmentation
 * never produces (a piece consumed by later merges) is counted as half an occurrence so that it keeps a
 * finite cost.
 */
final class BpeLearning {
    private static final Logger LOG = LoggerFactory.getLogger(BpeLearning.class);

    private BpeLearning() {
    }

    static SubwordDictionary train(String method, MergeScore scorer, BpeOptions options, WordCounts counts,
            int size, Progress progress) {
        String name = counts.info().name();
        if (size < 1) {
            throw new IllegalArgumentException("the dictionary size must be at least 1, got " + size);
        }
        long t0 = System.nanoTime();
        AksharaCorpus corpus = new AksharaCorpus(counts);
        List<String> alphabet = corpus.alphabet(options.aksharaCoverage());
        int cap = (int) Math.floor(options.maxAlphabetShare() * size);
        if (options.maxAlphabetShare() < 1 && alphabet.size() > Math.max(1, cap)) {
            LOG.info("{}: keeping the {} most frequent of {} aksharas (at most {} of the {} units)", name,
                    Math.max(1, cap), alphabet.size(), options.maxAlphabetShare(), size);
            alphabet = alphabet.subList(0, Math.max(1, cap));
        }
        if (alphabet.size() > size) {
            throw new CorpusException(name + ": the corpus has " + alphabet.size() + " distinct aksharas"
                    + (options.aksharaCoverage() < 1 ? " at akshara coverage " + options.aksharaCoverage() : "")
                    + ", more than the " + size + " units asked for; ask for at least " + alphabet.size()
                    + " units or lower the akshara coverage");
        }
        MergeLearner.Result r = new MergeLearner(scorer, options.minPairCount()).learn(corpus, alphabet, size, progress);
        int units = r.units().size();
        if (r.exhausted()) {
            String msg = name + ": the corpus allows at most " + units + " units (" + alphabet.size()
                    + " aksharas and " + r.merges().size() + " merges" + (options.minPairCount() > 1
                    ? " of pairs seen at least " + options.minPairCount() + " times" : "") + "), but " + size
                    + " were asked for";
            if (!options.lenient()) {
                throw new CorpusException(msg + "; ask for at most " + units + " units or allow a smaller dictionary (setting lenient=true: vaak train-dict -p lenient=true)");
            }
            LOG.warn("{}; writing a dictionary of {} units", msg, units);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        LOG.info("{}: learned {} merges, {} units in {} s", method, r.merges().size(), units,
                String.format("%.3f", seconds));

        Map<String, Object> params = new LinkedHashMap<>();
        params.put("size", size);
        params.put("akshara_coverage", options.aksharaCoverage());
        params.put("max_alphabet_share", options.maxAlphabetShare());
        params.put("lenient", options.lenient());
        params.put("min_pair_count", options.minPairCount());
        params.put("merge_score", scorer.name());
        params.put("end_of_word", SubwordDictionary.END_OF_WORD);
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("alphabet", alphabet.size());
        stats.put("alphabet_coverage", Math.round(1e6 * corpus.coverage(alphabet)) / 1e6);
        stats.put("merges", r.merges().size());
        stats.put("units", units);
        stats.put("exhausted", r.exhausted());
        stats.put("seconds", Math.round(seconds * 1000) / 1000.0);
        long tokens = r.pieceCounts().values().stream().mapToLong(Long::longValue).sum() + r.unknownTokens();
        stats.put("pieces_per_word", Math.round(1e4 * tokens / (double) counts.tokens()) / 1e4);
        return new SubwordDictionary(counts.language(), method, params, logProbs(r), r.merges(), counts.info(), stats);
    }

    private static List<SubwordDictionary.Unit> logProbs(MergeLearner.Result r) {
        double sum = 0;
        for (String u : r.units()) {
            sum += Math.max(0.5, r.pieceCounts().getOrDefault(u, 0L));
        }
        double logSum = Math.log(sum);
        List<SubwordDictionary.Unit> out = new ArrayList<>(r.units().size());
        for (String u : r.units()) {
            double c = Math.max(0.5, r.pieceCounts().getOrDefault(u, 0L));
            out.add(new SubwordDictionary.Unit(u, Math.min(0.0, Math.log(c) - logSum)));
        }
        return out;
    }

    /** The alphabet that {@link AksharaCorpus#alphabet} picks for these counts (used by tests). */
    static List<String> alphabet(WordCounts counts, double coverage) {
        return new AksharaCorpus(counts).alphabet(coverage);
    }
}
