package org.vaak.audio.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReverbTest {
    @Test
    void fftConvolutionEqualsDirectConvolution() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int[] sizes : new int[][] {{1, 1}, {5, 3}, {100, 37}, {1000, 513}, {64, 64}}) {
            float[] x = Noise.WHITE.generate(sizes[0], rng);
            float[] h = Noise.WHITE.generate(sizes[1], rng);
            float[] direct = new float[x.length];
            for (int n = 0; n < x.length; n++) {
                double s = 0;
                for (int k = 0; k < h.length && k <= n; k++) {
                    s += (double) h[k] * x[n - k];
                }
                direct[n] = (float) s;
            }
            assertArrayEquals(direct, Reverb.convolve(x, h), 1e-4f, sizes[0] + "x" + sizes[1]);
        }
    }

    @Test
    void impulseResponseDecaysBy60DbInRt60() {
        int rate = 16000;
        double rt60 = 0.5;
        // Average many responses so the noise's randomness does not blur the envelope.
        double early = 0;
        double late = 0;
        for (int seed = 0; seed < 20; seed++) {
            float[] h = Reverb.impulseResponse(rt60, rate, 0, new SplittableRandom(seed));
            assertEquals((int) Math.round(1.2 * rt60 * rate), h.length);
            assertEquals(1f, h[0]);
            int pre = rate / 500;
            int w = rate / 100; // 10 ms windows, one starting right after the pre-delay, one RT60/2 later
            for (int i = 0; i < w; i++) {
                early += h[pre + i] * h[pre + i];
                late += h[pre + rate / 4 + i] * h[pre + rate / 4 + i];
            }
        }
        // Half of RT60 later the energy is 30 dB lower (less the 10 ms window's own decay, about 0.6 dB).
        assertEquals(-30, 10 * Math.log10(late / early), 1.0);
    }

    @Test
    void tailEnergyFollowsTheDirectToReverbRatio() {
        float[] h = Reverb.impulseResponse(0.4, 16000, 6, new SplittableRandom(9));
        double tail = 0;
        for (int i = 1; i < h.length; i++) {
            tail += h[i] * h[i];
        }
        assertEquals(-6, 10 * Math.log10(tail), 1e-4);
    }

    @Test
    void reverberationKeepsLengthAndLevel() {
        float[] x = Noise.PINK.generate(16000, new SplittableRandom(5));
        Signals.scale(x, 0.2);
        float[] y = Reverb.apply(x, Reverb.impulseResponse(0.6, 16000, 0, new SplittableRandom(6)));
        assertEquals(x.length, y.length);
        assertEquals(Signals.rms(x), Signals.rms(y), 1e-5);
        assertThrows(IllegalArgumentException.class, () -> Reverb.impulseResponse(0, 16000, 0, new SplittableRandom(1)));
    }
}
