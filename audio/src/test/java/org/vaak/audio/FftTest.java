package org.vaak.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FftTest {
    @Test
    void matchesTheDefinitionOfTheDft() {
        Random rnd = new Random(7);
        for (int n = 4; n <= 1024; n *= 2) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rnd.nextGaussian();
            }
            Fft fft = new Fft(n);
            double[] re = new double[n / 2 + 1];
            double[] im = new double[n / 2 + 1];
            fft.forward(x, re, im);
            for (int k = 0; k <= n / 2; k++) {
                double r = 0;
                double i = 0;
                for (int t = 0; t < n; t++) {
                    r += x[t] * Math.cos(2 * Math.PI * k * t / n);
                    i -= x[t] * Math.sin(2 * Math.PI * k * t / n);
                }
                assertEquals(r, re[k], 1e-9 * n, "re n=" + n + " k=" + k);
                assertEquals(i, im[k], 1e-9 * n, "im n=" + n + " k=" + k);
            }
            double[] back = new double[n];
            fft.inverse(re, im, back);
            for (int t = 0; t < n; t++) {
                assertEquals(x[t], back[t], 1e-12, "inverse n=" + n);
            }
        }
    }

    @Test
    void dcGoesToBinZeroAndACosineToItsBin() {
        Fft fft = new Fft(64);
        double[] x = new double[64];
        java.util.Arrays.fill(x, 0.5);
        double[] re = new double[33];
        double[] im = new double[33];
        fft.forward(x, re, im);
        assertEquals(32, re[0], 1e-12);
        for (int k = 1; k <= 32; k++) {
            assertEquals(0, Math.hypot(re[k], im[k]), 1e-12);
        }
        for (int t = 0; t < 64; t++) {
            x[t] = Math.cos(2 * Math.PI * 5 * t / 64);
        }
        fft.forward(x, re, im);
        for (int k = 0; k <= 32; k++) {
            assertEquals(k == 5 ? 32 : 0, Math.hypot(re[k], im[k]), 1e-9, "bin " + k);
        }
    }

    @Test
    void rejectsSizesThatAreNotPowersOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new Fft(400));
    }
}
