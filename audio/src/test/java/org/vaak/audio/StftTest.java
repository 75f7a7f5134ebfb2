package org.vaak.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StftTest {
    @Test
    void inverseStftGivesBackTheInput() {
        Random rnd = new Random(3);
        float[] x = new float[5000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.3 * Math.sin(i * 0.05) + 0.1 * rnd.nextGaussian());
        }
        for (int[] cfg : new int[][] {{512, 512, 128}, {512, 400, 160}, {256, 256, 64}}) {
            double[] w = Windows.hann(cfg[1]);
            Stft stft = new Stft(cfg[0], w, cfg[2]);
            double[][][] spec = stft.transform(x);
            float[] y = new InverseStft(cfg[0], w, cfg[2]).transform(spec[0], spec[1], x.length);
            int covered = (stft.frames(x.length) - 1) * cfg[2] + cfg[1];
            // every sample after the first hop and before the last: there at least two windows overlap, so the
            // squared-window sum is far from zero (the first and last samples sit at the Hann window's zeros)
            for (int t = cfg[2]; t < covered - cfg[2]; t++) {
                assertEquals(x[t], y[t], 1e-5, "sample " + t + " of config " + java.util.Arrays.toString(cfg));
            }
        }
    }

    @Test
    void aSineFrameHasItsPeakInTheSineBin() {
        int n = 512;
        Stft stft = new Stft(n, Windows.hann(400), 160);
        float[] x = new float[400];
        double f = 16000.0 * 40 / n; // exactly bin 40
        for (int t = 0; t < x.length; t++) {
            x[t] = (float) Math.sin(2 * Math.PI * f * t / 16000);
        }
        double[] re = new double[257];
        double[] im = new double[257];
        double[] p = new double[257];
        stft.power(x, 0, re, im, p);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        assertEquals(40, best);
        // the Hann window's sum is 200, so a unit sine's peak magnitude is 100
        assertEquals(100, Math.sqrt(p[40]), 1.0);
    }

    @Test
    void framesAreCountedWithoutPadding() {
        Stft stft = new Stft(512, Windows.hann(400), 160);
        assertEquals(0, stft.frames(399));
        assertEquals(1, stft.frames(400));
        assertEquals(1, stft.frames(559));
        assertEquals(2, stft.frames(560));
        assertEquals(98, stft.frames(16000));
    }
}
