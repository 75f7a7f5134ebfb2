package org.vaak.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * File to features in one pass: decode in chunks, mix to mono, resample to the feature rate, compute log-mel
 * frames, then (optionally) normalise them per utterance. Memory holds the chunk buffers and the frames,
 * never the whole signal.
 */
public final class FrontEnd {
    private static final int CHUNK = 1 << 14;

    private FrontEnd() {
    }

    /** Log-mel frames ({@code [frames][melBins]}) of an audio file. */
    public static float[][] logMel(Path file, FeatureConfig config, boolean normalize) throws IOException {
        List<float[]> frames = new ArrayList<>();
        FeatureExtractor fx = new FeatureExtractor(config);
        try (AudioStream in = AudioFiles.open(file)) {
            Resampler rs = in.sampleRate() == config.sampleRate() ? null
                    : new Resampler(in.sampleRate(), config.sampleRate());
            float[] buf = new float[CHUNK];
            int n;
            while ((n = in.read(buf, 0, buf.length)) >= 0) {
                if (rs == null) {
                    frames.addAll(fx.accept(buf, 0, n));
                } else {
                    float[] y = rs.process(buf, 0, n);
                    frames.addAll(fx.accept(y, 0, y.length));
                }
            }
            if (rs != null) {
                float[] y = rs.flush();
                frames.addAll(fx.accept(y, 0, y.length));
            }
        }
        float[][] out = frames.toArray(new float[0][]);
        return normalize ? Cmvn.normalize(out) : out;
    }
}
