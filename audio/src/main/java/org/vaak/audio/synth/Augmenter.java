package org.vaak.audio.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Applies an {@link Augmentation} to one utterance, with every choice drawn from the random generator the
 * caller passes (seed it per utterance for reproducible, order-independent corpora). Babble is built from
 * a fixed bank of other clean utterances: 3 to 6 of them, each from a random offset and looped, summed.
 */
public final class Augmenter {
    private final Augmentation config;
    private final int sampleRate;
    private final List<float[]> babbleBank;

    /** {@code babbleBank}: clean utterances at {@code sampleRate} to build babble from (may be empty: no babble). */
    public Augmenter(Augmentation config, int sampleRate, List<float[]> babbleBank) {
        this.config = config;
        this.sampleRate = sampleRate;
        this.babbleBank = List.copyOf(babbleBank);
    }

    /** The augmented samples and a description of what was applied ({@code "none"} when nothing). */
    public record Result(float[] samples, String description) {
    }

    /** Augments {@code x} (not modified) with choices drawn from {@code rng}. */
    public Result apply(float[] x, SplittableRandom rng) {
        // Draw every choice up front, in a fixed order, so the draws do not depend on the signal.
        boolean augment = rng.nextDouble() < config.share();
        boolean reverb = rng.nextDouble() < config.reverbShare();
        boolean noise = rng.nextDouble() < config.noiseShare();
        double rt60 = uniform(rng, config.rt60Min(), config.rt60Max());
        double snr = uniform(rng, config.snrMinDb(), config.snrMaxDb());
        double gainDb = uniform(rng, config.gainMinDb(), config.gainMaxDb());
        int kinds = babbleBank.isEmpty() ? 3 : 4;
        int kind = rng.nextInt(kinds);
        long noiseSeed = rng.nextLong();
        if (!augment) {
            return new Result(x.clone(), "none");
        }
        if (!reverb && !noise) {
            noise = true;
        }
        List<String> what = new ArrayList<>();
        float[] y = x.clone();
        if (reverb) {
            float[] h = Reverb.impulseResponse(rt60, sampleRate, 0, new SplittableRandom(noiseSeed ^ 0x5DEECE66DL));
            y = Reverb.apply(y, h);
            what.add(String.format(Locale.ROOT, "reverb rt60=%.2f", rt60));
        }
        if (noise) {
            SplittableRandom nr = new SplittableRandom(noiseSeed);
            float[] n;
            String name;
            if (kind < 3) {
                Noise type = Noise.values()[kind];
                n = type.generate(y.length, nr);
                name = type.name().toLowerCase(Locale.ROOT);
            } else {
                n = babble(y.length, nr);
                name = "babble";
            }
            Signals.mixAtSnr(y, n, snr);
            what.add(String.format(Locale.ROOT, "%s snr=%.1f", name, snr));
        }
        double g = Math.pow(10, gainDb / 20);
        float peak = Signals.peak(y);
        if (peak * g > 0.98) {
            g = 0.98 / peak;
        }
        Signals.scale(y, g);
        what.add(String.format(Locale.ROOT, "gain=%.1f", 20 * Math.log10(g)));
        return new Result(y, String.join(";", what));
    }

    private float[] babble(int n, SplittableRandom rng) {
        float[] out = new float[n];
        int talkers = 3 + rng.nextInt(4);
        for (int t = 0; t < talkers; t++) {
            float[] src = babbleBank.get(rng.nextInt(babbleBank.size()));
            if (src.length == 0) {
                continue;
            }
            int off = rng.nextInt(src.length);
            double g = 1 / Math.max(1e-9, Signals.rms(src));
            for (int i = 0; i < n; i++) {
                out[i] += (float) (g * src[(off + i) % src.length]);
            }
        }
        return Signals.normalizeRms(out);
    }

    private static double uniform(SplittableRandom rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }
}
