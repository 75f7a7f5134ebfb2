package org.vaak.asr.recognizer;

import org.vaak.asr.AcousticModel;
import org.vaak.asr.decoder.GraphSymbols;
import org.vaak.asr.transcript.WordAssembler;
import org.vaak.audio.FeatureConfig;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Joiner;
import org.vaak.segmentation.fst.CompactFst;

/** What both recognisers check and derive from a model and a graph. */
final class RecognizerParts {
    private RecognizerParts() {
    }

    /** Duration of one acoustic-model output frame: subsampling x hop / sample rate. */
    static double frameSeconds(AcousticModel model) {
        FeatureConfig fc = model.features();
        return model.subsampling() * (double) fc.hop() / fc.sampleRate();
    }

    static WordAssembler assembler(AcousticModel model, CompactFst graph, Language language, String graphName) {
        if (model.subsampling() < 1 || model.leftContext() < 0 || model.rightContext() < 0) {
            throw new IllegalArgumentException("acoustic model has subsampling " + model.subsampling()
                    + ", context " + model.leftContext() + "/" + model.rightContext()
                    + " (need subsampling >= 1, contexts >= 0)");
        }
        GraphSymbols.requireMatching(graph, model, graphName);
        return new WordAssembler(new Joiner(language), frameSeconds(model));
    }

    /** Checks the model's answer for {@code inputFrames} feature frames. */
    static void checkPosteriors(AcousticModel model, float[][] lp, int inputFrames) {
        int expected = (inputFrames + model.subsampling() - 1) / model.subsampling();
        if (lp.length != expected) {
            throw new IllegalStateException("acoustic model returned " + lp.length + " frames for " + inputFrames
                    + " feature frames, expected " + expected);
        }
    }
}
