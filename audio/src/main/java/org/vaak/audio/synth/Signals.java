package org.vaak.audio.synth;

/** Small helpers on sample arrays: RMS, scaling, mixing at a signal-to-noise ratio. */
final class Signals {
    private Signals() {
    }

    static double rms(float[] x) {
        if (x.length == 0) {
            return 0;
        }
        double s = 0;
        for (float v : x) {
            s += (double) v * v;
        }
        return Math.sqrt(s / x.length);
    }

    /** Scales {@code x} in place to RMS 1 (left as is when silent); returns it. */
    static float[] normalizeRms(float[] x) {
        double r = rms(x);
        if (r > 0) {
            scale(x, 1 / r);
        }
        return x;
    }

    static void scale(float[] x, double g) {
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (x[i] * g);
        }
    }

    /**
     * Adds {@code noise} (cycled when shorter) to {@code speech} in place so that the ratio of the speech's
     * power to the added noise's power is {@code snrDb} decibels. Silent speech is left as is.
     */
    static void mixAtSnr(float[] speech, float[] noise, double snrDb) {
        double ps = rms(speech);
        double pn = rms(noise);
        if (ps == 0 || pn == 0) {
            return;
        }
        double g = ps / (pn * Math.pow(10, snrDb / 20));
        for (int i = 0; i < speech.length; i++) {
            speech[i] += (float) (g * noise[i % noise.length]);
        }
    }

    /** Peak absolute value. */
    static float peak(float[] x) {
        float p = 0;
        for (float v : x) {
            p = Math.max(p, Math.abs(v));
        }
        return p;
    }
}
