package org.vaak.asr.recognizer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vaak.asr.AcousticModel;
import org.vaak.asr.decoder.BeamDecoder;
import org.vaak.asr.decoder.DecodeResult;
import org.vaak.asr.decoder.DecoderConfig;
import org.vaak.asr.transcript.Transcript;
import org.vaak.asr.transcript.WordAssembler;
import org.vaak.audio.AudioFiles;
import org.vaak.audio.AudioStream;
import org.vaak.audio.FeatureExtractor;
import org.vaak.audio.Resampler;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.fst.CompactFst;

/**
 * Recognition of audio fed in chunks of any size, with partial results, giving the same final result as
 * {@link Recognizer} on the same samples.
 *
 * <p>Features are computed as samples arrive ({@link FeatureExtractor#accept}, bit-identical to the whole-
 * signal features). The acoustic model runs on blocks of {@code blockFrames} output frames: output frame
 * {@code j} depends only on input frames {@code j*s - leftContext .. (j+1)*s - 1 + rightContext}
 * ({@link AcousticModel}), so a block is computed once those frames exist, on a slice of features that
 * starts {@code ceil(leftContext / s)} output frames earlier (a multiple of {@code s}, so the model's
 * frame grid is the utterance's) and ends {@code rightContext} frames after the block; outputs outside the
 * block are discarded. At the end of the stream the rest is computed with the true end of the utterance.
 * The decoder advances one frame at a time. Only the features a future block still needs are kept, so
 * memory is bounded by the block and context sizes plus the decoder's output history.
 *
 * <p>Not thread-safe; one instance per stream. After {@link #finish}, call {@link #reset} to start again.
 */
public final class StreamingRecognizer {
    private final AcousticModel model;
    private final WordAssembler assembler;
    private final BeamDecoder decoder;
    private final FeatureExtractor extractor;
    private final int blockFrames;
    private final int sub;
    private final int leftOut;
    private final List<float[]> features = new ArrayList<>();
    private long featureBase; // absolute index of features.get(0)
    private long featureCount;
    private long nextOutput;
    private long samples;
    private int maxBuffered;
    private boolean finished;

    /**
     * @param blockFrames output frames per acoustic-model call (at least 1)
     * @throws IllegalArgumentException when the graph's input symbols are not the model's tokens
     */
    public StreamingRecognizer(AcousticModel model, CompactFst graph, DecoderConfig config, Language language,
            int blockFrames) {
        if (blockFrames < 1) {
            throw new IllegalArgumentException("block must be at least one frame, got " + blockFrames);
        }
        this.assembler = RecognizerParts.assembler(model, graph, language, "decoding graph");
        this.model = model;
        this.decoder = new BeamDecoder(graph, model.numTokens(), config);
        this.extractor = new FeatureExtractor(model.features());
        this.blockFrames = blockFrames;
        this.sub = model.subsampling();
        this.leftOut = (model.leftContext() + sub - 1) / sub;
    }

    /** Forgets the current utterance. */
    public void reset() {
        extractor.reset();
        decoder.reset();
        features.clear();
        featureBase = 0;
        featureCount = 0;
        nextOutput = 0;
        samples = 0;
        maxBuffered = 0;
        finished = false;
    }

    /** Feeds mono samples at the model's sample rate. */
    public void accept(float[] x, int off, int len) {
        if (finished) {
            throw new IllegalStateException("the utterance is finished; call reset() first");
        }
        samples += len;
        List<float[]> frames = extractor.accept(x, off, len);
        features.addAll(frames);
        featureCount += frames.size();
        maxBuffered = Math.max(maxBuffered, features.size());
        process(false);
    }

    /** The best hypothesis so far (final weights ignored). */
    public Transcript partial() {
        return assembler.assemble(decoder.partial(), seconds(), false);
    }

    /** Ends the utterance: computes the remaining frames and returns the final transcript. */
    public Transcript finish() {
        return assembler.assemble(finishDecode(), seconds(), true);
    }

    /** Ends the utterance and returns the decoder's result. */
    public DecodeResult finishDecode() {
        if (!finished) {
            process(true);
            finished = true;
        }
        return decoder.finish();
    }

    /** Transcribes a file by streaming it (resampled to the model's rate): bounded memory for any length. */
    public Transcript transcribe(Path file) throws IOException {
        reset();
        int rate = model.features().sampleRate();
        try (AudioStream in = AudioFiles.open(file)) {
            Resampler resampler = in.sampleRate() == rate ? null : new Resampler(in.sampleRate(), rate);
            float[] buf = new float[1 << 14];
            int k;
            while ((k = in.read(buf, 0, buf.length)) >= 0) {
                if (resampler == null) {
                    accept(buf, 0, k);
                } else {
                    float[] y = resampler.process(buf, 0, k);
                    accept(y, 0, y.length);
                }
            }
            if (resampler != null) {
                float[] y = resampler.flush();
                accept(y, 0, y.length);
            }
        }
        return finish();
    }

    /** Most feature frames held at once in this utterance (for memory tests). */
    public int maxBufferedFrames() {
        return maxBuffered;
    }

    private double seconds() {
        return samples / (double) model.features().sampleRate();
    }

    private void process(boolean atEnd) {
        int right = model.rightContext();
        long total = atEnd ? (featureCount + sub - 1) / sub : Math.max(0, (featureCount - right) / sub);
        while (nextOutput < total && (atEnd || total - nextOutput >= blockFrames)) {
            long j0 = nextOutput;
            long j1 = Math.min(total, j0 + blockFrames);
            long s = Math.max(0, j0 - leftOut) * sub;
            long e = Math.min(featureCount, j1 * sub + right);
            float[][] slice = new float[(int) (e - s)][];
            for (int i = 0; i < slice.length; i++) {
                slice[i] = features.get((int) (s - featureBase) + i);
            }
            float[][] lp = model.logPosteriors(slice);
            RecognizerParts.checkPosteriors(model, lp, slice.length);
            for (long j = j0; j < j1; j++) {
                decoder.advance(lp[(int) (j - s / sub)]);
            }
            nextOutput = j1;
            long keepFrom = Math.max(0, nextOutput - leftOut) * sub;
            int drop = (int) Math.min(features.size(), keepFrom - featureBase);
            if (drop > 0) {
                features.subList(0, drop).clear();
                featureBase += drop;
            }
        }
    }
}
