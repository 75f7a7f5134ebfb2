package org.vaak.segmentation.morfessor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.corpus.WordCounts;

/**
 * Turns a trained Morfessor model into a {@link SubwordDictionary}: the morphs with {@code ln(count /
 * morph tokens)}, the settings, and the numbers {@link MorfessorSegmenter} needs to rebuild the model's
 * costs (morph tokens, word tokens, corpus weight), kept in {@code stats}.
 */
final class MorfessorDictionary {
    /** Stats keys read back by the segmenter. */
    static final String MORPH_TOKENS = "morph_tokens";
    static final String WORD_TOKENS = "word_tokens";
    static final String CORPUS_WEIGHT = "corpus_weight";

    private MorfessorDictionary() {
    }

    static SubwordDictionary build(MorfessorTrainer.Result r, WordCounts counts, MorfessorTrainer.Settings s,
            int targetSize) {
        MorfessorModel m = r.model();
        Constructions t = m.table;
        long tokens = m.cost.corpusTokens;
        List<SubwordDictionary.Unit> units = new ArrayList<>();
        for (int slot : t.usedSlots()) {
            if (t.split(slot) == 0 && t.count(slot) > 0) {
                String piece = m.corpus.text(t.off(slot), t.len(slot));
                units.add(new SubwordDictionary.Unit(piece, Math.log((double) t.count(slot) / tokens)));
            }
        }
        units.sort(MorfessorTrainer.UNIT_ORDER);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("atoms", s.atoms().label());
        params.put("algorithm", "recursive");
        params.put("corpusweight", s.corpusWeight());
        params.put("dampening", s.dampening().label());
        params.put("finish_threshold", s.finishThreshold());
        params.put("randseed", s.randseed());
        params.put("forcesplit", String.join("", new TreeSet<>(s.forceSplit())));
        params.put("nosplit_re", s.noSplit() == null ? "" : s.noSplit());
        params.put("batch_minfreq", s.minFrequency());
        params.put("max_epochs", s.maxEpochs());
        params.put("num_morph_types", Math.max(0, targetSize));
        params.put("weight_threshold", s.weightThreshold());
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("final_cost", r.cost());
        stats.put("corpus_cost", m.cost.corpusCost());
        stats.put("lexicon_cost", m.cost.lexiconCost());
        stats.put("epochs", r.epochs());
        stats.put("seconds", r.seconds());
        stats.put("morph_types", m.cost.lexiconBoundaries);
        stats.put(MORPH_TOKENS, tokens);
        stats.put(WORD_TOKENS, m.cost.corpusBoundaries);
        stats.put(CORPUS_WEIGHT, m.cost.corpusWeight);
        stats.put("cost_units", "nats, as Morfessor 2.0 get_cost()");
        return new SubwordDictionary(counts.language(), "morfessor", params, units, List.of(), counts.info(), stats);
    }
}
