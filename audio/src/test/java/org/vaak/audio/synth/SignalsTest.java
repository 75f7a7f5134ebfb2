package org.vaak.audio.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vaak.audio.Fft;

class SignalsTest {
    @Test
    void mixesAtTheRequestedSnr() {
        float[] speech = Noise.WHITE.generate(16000, new SplittableRandom(1));
        Signals.scale(speech, 0.1);
        float[] clean = speech.clone();
        float[] noise = Noise.PINK.generate(16000, new SplittableRandom(2));
        Signals.mixAtSnr(speech, noise, 12.5);
        float[] added = new float[speech.length];
        for (int i = 0; i < added.length; i++) {
            added[i] = speech[i] - clean[i];
        }
        assertEquals(12.5, 20 * Math.log10(Signals.rms(clean) / Signals.rms(added)), 1e-3);
    }

    @Test
    void noiseIsUnitRmsAndReproducible() {
        for (Noise n : Noise.values()) {
            float[] a = n.generate(8000, new SplittableRandom(42));
            assertEquals(1.0, Signals.rms(a), 1e-6, n.name());
            assertArrayEquals(a, n.generate(8000, new SplittableRandom(42)), n.name());
        }
    }

    /** Power slope between the octaves 250-500 Hz and 2000-4000 Hz: 3 octaves apart. */
    private static double slopeDbPerOctave(Noise n) {
        int size = 1024;
        Fft fft = new Fft(size);
        double[] lo = {0};
        double[] hi = {0};
        double[] re = new double[fft.bins()];
        double[] im = new double[fft.bins()];
        SplittableRandom rng = new SplittableRandom(7);
        float[] x = n.generate(size * 400, rng);
        double[] frame = new double[size];
        for (int f = 0; f < 400; f++) {
            for (int i = 0; i < size; i++) {
                frame[i] = x[f * size + i] * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / size));
            }
            fft.forward(frame, re, im);
            for (int k = 0; k < fft.bins(); k++) {
                double hz = k * 16000.0 / size;
                double p = re[k] * re[k] + im[k] * im[k];
                if (hz >= 250 && hz < 500) {
                    lo[0] += p / 250; // power density per Hz
                } else if (hz >= 2000 && hz < 4000) {
                    hi[0] += p / 2000;
                }
            }
        }
        return 10 * Math.log10(hi[0] / lo[0]) / 3;
    }

    @Test
    void noiseColoursHaveTheirSpectralSlopes() {
        assertEquals(0, slopeDbPerOctave(Noise.WHITE), 0.3);
        assertEquals(-3, slopeDbPerOctave(Noise.PINK), 0.5);
        assertEquals(-6, slopeDbPerOctave(Noise.BROWN), 0.7);
    }

    @Test
    void augmentationSettingsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new Augmentation(1.5, 0, 0.2, 0.8, 0, 5, 25, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Augmentation(0.5, 0, 0.9, 0.8, 0, 5, 25, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Augmentation(0.5, 0, 0.2, 0.8, 0, 25, 5, 0, 0));
    }
}
