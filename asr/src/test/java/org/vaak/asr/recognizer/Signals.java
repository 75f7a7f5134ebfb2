package org.vaak.asr.recognizer;

import java.util.Random;

/** Synthetic test signals at 16 kHz: tones for phones, seeded faint noise for silence. */
final class Signals {
    private Signals() {
    }

    static float[] tone(double hz, int samples, double amp) {
        float[] x = new float[samples];
        for (int i = 0; i < samples; i++) {
            x[i] = (float) (amp * Math.sin(2 * Math.PI * hz * i / 16000.0));
        }
        return x;
    }

    /**
     * A script of segments "phone:ms" or "_:ms" (silence), e.g. {@code "_:200 a:120 b:120 _:150"}.
     */
    static float[] script(String script, long seed) {
        Random rnd = new Random(seed);
        String[] parts = script.trim().split("\\s+");
        int total = 0;
        for (String p : parts) {
            total += Integer.parseInt(p.substring(p.indexOf(':') + 1)) * 16;
        }
        float[] x = new float[total];
        int pos = 0;
        for (String p : parts) {
            String ph = p.substring(0, p.indexOf(':'));
            int n = Integer.parseInt(p.substring(p.indexOf(':') + 1)) * 16;
            int idx = java.util.Arrays.asList(ToneModel.PHONES).indexOf(ph);
            for (int i = 0; i < n; i++) {
                x[pos + i] = idx < 0 ? (float) (1e-4 * rnd.nextGaussian())
                        : (float) (0.3 * Math.sin(2 * Math.PI * ToneModel.HZ[idx] * (pos + i) / 16000.0));
            }
            pos += n;
        }
        return x;
    }
}
