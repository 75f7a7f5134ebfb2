package org.vaak.asr.recognizer;

import java.io.IOException;
import java.nio.file.Path;
import org.vaak.asr.AcousticModel;
import org.vaak.asr.decoder.BeamDecoder;
import org.vaak.asr.decoder.DecodeResult;
import org.vaak.asr.decoder.DecoderConfig;
import org.vaak.asr.transcript.Transcript;
import org.vaak.asr.transcript.WordAssembler;
import org.vaak.audio.Audio;
import org.vaak.audio.AudioFiles;
import org.vaak.audio.FeatureExtractor;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.fst.CompactFst;

/**
 * Offline recognition of whole utterances: samples -> log-mel features (the model's
 * {@link org.vaak.audio.FeatureConfig}) -> acoustic model -> beam search -> words.
 *
 * <p>The whole signal is held in memory; for long recordings use {@link StreamingRecognizer}, which gives
 * the same result in bounded memory. Thread-safe: each call uses its own decoder.
 */
public final class Recognizer {
    private final AcousticModel model;
    private final CompactFst graph;
    private final DecoderConfig config;
    private final WordAssembler assembler;

    /**
     * @throws IllegalArgumentException when the graph's input symbols are not the model's tokens
     */
    public Recognizer(AcousticModel model, CompactFst graph, DecoderConfig config, Language language) {
        this(model, graph, config, language, "decoding graph");
    }

    /** @param graphName the graph's file or name, used in error messages */
    public Recognizer(AcousticModel model, CompactFst graph, DecoderConfig config, Language language,
            String graphName) {
        this.assembler = RecognizerParts.assembler(model, graph, language, graphName);
        this.model = model;
        this.graph = graph;
        this.config = config;
    }

    /** Transcribes an audio file (any rate or channel count; resampled to the model's rate, mixed to mono). */
    public Transcript transcribe(Path file) throws IOException {
        Audio audio = AudioFiles.read(file, model.features().sampleRate());
        return recognize(audio.samples());
    }

    /** Transcribes mono samples at the model's sample rate. */
    public Transcript recognize(float[] samples) {
        DecodeResult r = decode(samples);
        return assembler.assemble(r, samples.length / (double) model.features().sampleRate(), true);
    }

    /** The decoder's best hypothesis for mono samples at the model's sample rate. */
    public DecodeResult decode(float[] samples) {
        float[][] features = FeatureExtractor.compute(samples, model.features());
        float[][] lp = features.length == 0 ? new float[0][] : model.logPosteriors(features);
        RecognizerParts.checkPosteriors(model, lp, features.length);
        return new BeamDecoder(graph, model.numTokens(), config).decode(lp);
    }
}
