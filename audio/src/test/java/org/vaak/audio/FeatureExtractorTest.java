package org.vaak.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
    private static final FeatureConfig CFG = FeatureConfig.DEFAULT;

    private static float[] tone(double freq, double amp, int n) {
        float[] x = new float[n];
        for (int t = 0; t < n; t++) {
            x[t] = (float) (amp * Math.sin(2 * Math.PI * freq * t / 16000.0));
        }
        return x;
    }

    private static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The centre frequency of mel filter m, from the HTK formula, independently of MelFilterbank. */
    private static double centre(int m) {
        double top = 2595 * Math.log10(1 + 8000 / 700.0);
        return 700 * (Math.pow(10, top * (m + 1) / 81 / 2595) - 1);
    }

    @Test
    void matchesTheNumpyReference() throws IOException {
        List<float[]> signal = new ArrayList<>();
        List<float[]> logmel = new ArrayList<>();
        List<float[]> mfcc = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("logmel-reference.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ");
                float[] v = new float[f.length - 1];
                for (int i = 1; i < f.length; i++) {
                    v[i - 1] = Float.parseFloat(f[i]);
                }
                (f[0].equals("signal") ? signal : f[0].equals("logmel") ? logmel : mfcc).add(v);
            }
        }
        float[][] got = FeatureExtractor.compute(signal.get(0), CFG);
        assertEquals(logmel.size(), got.length);
        assertEquals(10, got.length); // 1 + (1920 - 400) / 160
        Mfcc dct = new Mfcc(80, 13);
        for (int f = 0; f < got.length; f++) {
            assertArrayEquals(logmel.get(f), got[f], 2e-4f, "log-mel frame " + f);
            assertArrayEquals(mfcc.get(f), dct.apply(got[f]), 2e-3f, "MFCC frame " + f);
        }
    }

    @Test
    void streamingInRandomChunksGivesExactlyTheWholeSignalFrames() {
        Random rnd = new Random(5);
        float[] x = new float[16000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.3 * Math.sin(i * 0.07) + 0.05 * rnd.nextGaussian());
        }
        float[][] whole = FeatureExtractor.compute(x, CFG);
        for (int trial = 0; trial < 5; trial++) {
            FeatureExtractor fx = new FeatureExtractor(CFG);
            List<float[]> frames = new ArrayList<>();
            int i = 0;
            while (i < x.length) {
                int len = Math.min(x.length - i, trial == 0 ? 1 : rnd.nextInt(1200));
                frames.addAll(fx.accept(x, i, len));
                i += len;
            }
            assertEquals(whole.length, frames.size());
            for (int f = 0; f < whole.length; f++) {
                assertArrayEquals(whole[f], frames.get(f), "frame " + f + " trial " + trial);
            }
        }
    }

    @Test
    void silenceGivesTheFloorValue() {
        float[][] frames = FeatureExtractor.compute(new float[1600], CFG);
        assertEquals(8, frames.length);
        float floor = (float) Math.log(1e-10);
        for (float[] f : frames) {
            for (float v : f) {
                assertEquals(floor, v);
            }
        }
        float[] c = new Mfcc(80, 13).apply(frames[0]);
        assertEquals(Math.log(1e-10) * Math.sqrt(80), c[0], 1e-3);
        for (int k = 1; k < 13; k++) {
            assertEquals(0, c[k], 1e-4);
        }
    }

    @Test
    void aToneAtAFilterCentrePeaksInThatMelBin() {
        for (int m : new int[] {10, 29, 50, 70}) {
            float[][] frames = FeatureExtractor.compute(tone(centre(m), 0.5, 1600), CFG);
            for (float[] f : frames) {
                assertEquals(m, argmax(f), "tone at " + centre(m) + " Hz");
            }
        }
    }

    @Test
    void dcEndsUpInTheLowestMelBins() {
        float[] x = new float[1600];
        java.util.Arrays.fill(x, 0.5f);
        float[][] frames = FeatureExtractor.compute(x, CFG);
        // the DC bin itself lies on filter 0's zero at 0 Hz; the window's main lobe leaks it into bins 1-2
        // (31 and 62 Hz), which only filters 0-2 see
        for (float[] f : frames) {
            assertTrue(argmax(f) <= 1, "peak at " + argmax(f));
            assertTrue(f[40] < f[0] - 23, "1 kHz at least 100 dB (23 nepers of power) below the DC peak: " + f[40]);
        }
    }

    @Test
    void samplesBeyondFullScaleAreClipped() {
        float[] loud = tone(centre(29), 3.0, 1600);
        float[] clipped = loud.clone();
        for (int i = 0; i < clipped.length; i++) {
            clipped[i] = Math.max(-1, Math.min(1, clipped[i]));
        }
        float[][] a = FeatureExtractor.compute(loud, CFG);
        float[][] b = FeatureExtractor.compute(clipped, CFG);
        for (int f = 0; f < a.length; f++) {
            assertArrayEquals(b[f], a[f]);
            assertEquals(29, argmax(a[f]), "the fundamental still dominates");
            for (float v : a[f]) {
                assertTrue(Float.isFinite(v));
            }
        }
    }

    @Test
    void cmvnGivesZeroMeanAndUnitVariance() {
        Random rnd = new Random(9);
        float[][] frames = new float[50][3];
        for (float[] f : frames) {
            f[0] = (float) (5 + 2 * rnd.nextGaussian());
            f[1] = -23.0f; // constant, e.g. silence at the floor
            f[2] = (float) rnd.nextGaussian() * 0.1f;
        }
        Cmvn.normalize(frames);
        for (int d = 0; d < 3; d++) {
            double sum = 0;
            double sq = 0;
            for (float[] f : frames) {
                sum += f[d];
                sq += f[d] * f[d];
            }
            assertEquals(0, sum / frames.length, 1e-5);
            assertEquals(d == 1 ? 0 : 1, sq / frames.length, 1e-4);
        }
    }
}
