package org.vaak.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontEndTest {
    @TempDir
    Path dir;

    @Test
    void aFileAt44kGivesTheFramesOfTheResampledSignal() throws IOException {
        double top = 2595 * Math.log10(1 + 8000 / 700.0);
        double freq = 700 * (Math.pow(10, top * 30 / 81 / 2595) - 1); // centre of mel filter 29
        double[] x = new double[2 * 44100 / 2]; // 0.5 s of stereo
        for (int i = 0; i < x.length / 2; i++) {
            double v = 0.5 * Math.sin(2 * Math.PI * freq * i / 44100);
            x[2 * i] = v;
            x[2 * i + 1] = v;
        }
        Path wav = dir.resolve("tone.wav");
        Files.write(wav, WavBytes.wav(1, 2, 44100, 24, WavBytes.encode(x, 24, false), false));
        float[][] streamed = FrontEnd.logMel(wav, FeatureConfig.DEFAULT, false);
        float[][] inMemory = FeatureExtractor.compute(AudioFiles.read(wav, 16000).samples(), FeatureConfig.DEFAULT);
        assertEquals(1 + (8000 - 400) / 160, streamed.length);
        for (int f = 0; f < streamed.length; f++) {
            assertArrayEquals(inMemory[f], streamed[f]);
            int best = 0;
            for (int m = 1; m < 80; m++) {
                best = streamed[f][m] > streamed[f][best] ? m : best;
            }
            assertEquals(29, best, "frame " + f);
        }
    }
}
