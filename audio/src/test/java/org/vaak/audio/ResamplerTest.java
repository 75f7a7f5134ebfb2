package org.vaak.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ResamplerTest {
    private static float[] tone(double freq, double amp, int rate, int n) {
        float[] x = new float[n];
        for (int t = 0; t < n; t++) {
            x[t] = (float) (amp * Math.sin(2 * Math.PI * freq * t / rate + 0.4));
        }
        return x;
    }

    /** Samples away from the start and end transients (the filter's half length on each side, with margin). */
    private static int margin(int rate) {
        return rate / 50;
    }

    /**
     * Amplitude of the best-fitting sinusoid at {@code freq}, and the RMS of what remains after subtracting it
     * (a wrong frequency leaves a large residual).
     */
    private static double[] fit(float[] y, double freq, int rate) {
        int from = margin(rate);
        int to = y.length - margin(rate);
        double s = 0;
        double c = 0;
        for (int t = from; t < to; t++) {
            s += y[t] * Math.sin(2 * Math.PI * freq * t / rate);
            c += y[t] * Math.cos(2 * Math.PI * freq * t / rate);
        }
        double a = 2 * s / (to - from);
        double b = 2 * c / (to - from);
        double res = 0;
        for (int t = from; t < to; t++) {
            double e = y[t] - a * Math.sin(2 * Math.PI * freq * t / rate) - b * Math.cos(2 * Math.PI * freq * t / rate);
            res += e * e;
        }
        return new double[] {Math.hypot(a, b), Math.sqrt(res / (to - from))};
    }

    @ParameterizedTest(name = "{0} Hz -> {1} Hz, tone {2} Hz")
    @CsvSource({"44100,16000,1000", "44100,16000,6000", "48000,16000,440", "48000,16000,6500", "8000,16000,1000",
            "8000,16000,3000", "22050,16000,2500", "16000,16000,1000", "16000,8000,3000"})
    void aSineKeepsItsFrequencyAndAmplitude(int from, int to, double freq) {
        float[] y = Resampler.resample(tone(freq, 0.8, from, from), from, to);
        double[] fit = fit(y, freq, to);
        // passband: amplitude within 0.1 %, residual (other frequencies, a shifted frequency) below -60 dB
        assertEquals(0.8, fit[0], 0.8e-3, "amplitude");
        assertTrue(fit[1] < 0.8e-3, "residual RMS " + fit[1]);
    }

    @ParameterizedTest(name = "{0} Hz -> {1} Hz, tone {2} Hz")
    @CsvSource({"44100,16000,8500", "44100,16000,10000", "44100,16000,15000", "44100,16000,21000",
            "48000,16000,9000", "48000,16000,23000", "16000,8000,4500"})
    void toneAboveTheNewNyquistIsAttenuatedBy60Db(int from, int to, double freq) {
        float[] y = Resampler.resample(tone(freq, 1.0, from, from), from, to);
        double rms = 0;
        int n = 0;
        for (int t = margin(to); t < y.length - margin(to); t++, n++) {
            rms += y[t] * y[t];
        }
        double db = 20 * Math.log10(Math.sqrt(rms / n) / Math.sqrt(0.5));
        assertTrue(db <= -60, "alias level " + db + " dB");
    }

    @Test
    void dcPassesUnchanged() {
        float[] x = new float[4410];
        java.util.Arrays.fill(x, 0.7f);
        float[] y = Resampler.resample(x, 44100, 16000);
        for (int t = 200; t < y.length - 200; t++) {
            assertEquals(0.7, y[t], 1e-6, "sample " + t);
        }
    }

    @Test
    void outputLengthIsTheScaledInputLengthRoundedUp() {
        int[][] cases = {{44100, 16000, 44100}, {44100, 16000, 1}, {44100, 16000, 1000}, {48000, 16000, 4801},
                {8000, 16000, 333}, {16000, 16000, 10}, {11025, 16000, 0}};
        for (int[] c : cases) {
            long expected = ((long) c[2] * c[1] + c[0] - 1) / c[0];
            assertEquals(expected, Resampler.resample(new float[c[2]], c[0], c[1]).length, java.util.Arrays.toString(c));
        }
    }

    @Test
    void streamingInRandomChunksGivesTheSameSamples() {
        Random rnd = new Random(11);
        float[] x = new float[30_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rnd.nextGaussian() * 0.2f;
        }
        for (int[] rates : new int[][] {{44100, 16000}, {8000, 16000}, {48000, 16000}}) {
            float[] whole = Resampler.resample(x, rates[0], rates[1]);
            Resampler r = new Resampler(rates[0], rates[1]);
            AudioFiles.FloatList out = new AudioFiles.FloatList();
            int i = 0;
            while (i < x.length) {
                int len = Math.min(x.length - i, rnd.nextInt(3000));
                out.add(r.process(x, i, len));
                i += len;
            }
            out.add(r.flush());
            assertArrayEquals(whole, out.toArray(), java.util.Arrays.toString(rates));
        }
    }
}
