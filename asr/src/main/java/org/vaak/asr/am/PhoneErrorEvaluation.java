package org.vaak.asr.am;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaak.asr.eval.ErrorRate;
import org.vaak.asr.eval.ReferencePhones;
import org.vaak.audio.Audio;
import org.vaak.audio.AudioFiles;
import org.vaak.audio.FeatureExtractor;
import org.vaak.audio.corpus.Utterance;
import org.vaak.lexicons.Language;

/**
 * Greedy-CTC phone error rate of one or more loadings of a model (fp32, int8, ...) over a list of utterances:
 * reference phones by the language's G2P of each transcript; the first model's hypotheses also serve as the
 * reference against which the others' are compared (their disagreement).
 */
public final class PhoneErrorEvaluation {
    /** Result of one model: its PER against the G2P references and its compute time. */
    public record Result(String name, ErrorRate per, ErrorRate againstFirst, double computeSeconds) {
    }

    private final Map<String, ConformerCtcModel> models;
    private final ReferencePhones references;
    private final Map<String, ErrorRate> per = new LinkedHashMap<>();
    private final Map<String, ErrorRate> againstFirst = new LinkedHashMap<>();
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private double audioSeconds;
    private double featureSeconds;

    /** {@code models}: name to model, in report order; all must share features, language and phones. */
    public PhoneErrorEvaluation(Map<String, ConformerCtcModel> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no model to evaluate");
        }
        this.models = new LinkedHashMap<>(models);
        ConformerCtcModel first = models.values().iterator().next();
        for (ConformerCtcModel m : models.values()) {
            if (!m.features().equals(first.features()) || !m.config().language().equals(first.config().language())
                    || !m.config().phones().equals(first.config().phones())) {
                throw new IllegalArgumentException(m.source() + ": features, language or phones differ from " + first.source());
            }
        }
        this.references = new ReferencePhones(Language.fromCode(first.config().language()));
        for (String name : models.keySet()) {
            per.put(name, new ErrorRate());
            againstFirst.put(name, new ErrorRate());
            nanos.put(name, 0L);
        }
    }

    /** Scores one utterance: reads its audio, computes features once, runs every model. */
    public void add(Utterance u) throws IOException {
        ConformerCtcModel first = models.values().iterator().next();
        Audio audio = AudioFiles.read(u.audio(), first.features().sampleRate());
        long f0 = System.nanoTime();
        float[][] feats = FeatureExtractor.compute(audio.samples(), first.features());
        featureSeconds += (System.nanoTime() - f0) / 1e9;
        audioSeconds += audio.seconds();
        List<String> ref = references.of(u.text());
        List<String> firstHyp = null;
        for (Map.Entry<String, ConformerCtcModel> e : models.entrySet()) {
            long t0 = System.nanoTime();
            List<String> hyp = GreedyCtcDecoder.phones(e.getValue(), e.getValue().logPosteriors(feats));
            nanos.merge(e.getKey(), System.nanoTime() - t0, Long::sum);
            per.get(e.getKey()).add(ref, hyp);
            if (firstHyp == null) {
                firstHyp = hyp;
            }
            againstFirst.get(e.getKey()).add(firstHyp, hyp);
        }
    }

    public List<Result> results() {
        List<Result> out = new ArrayList<>();
        for (String name : models.keySet()) {
            out.add(new Result(name, per.get(name), againstFirst.get(name), nanos.get(name) / 1e9));
        }
        return out;
    }

    public double audioSeconds() {
        return audioSeconds;
    }

    public double featureSeconds() {
        return featureSeconds;
    }

    /** Transcript characters the G2P could not pronounce (dropped from the references). */
    public long droppedCharacters() {
        return references.droppedCharacters();
    }
}
