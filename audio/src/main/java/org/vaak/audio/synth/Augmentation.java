package org.vaak.audio.synth;

/**
 * How a share of a corpus's utterances is degraded. An utterance is augmented with probability
 * {@code share}; an augmented one gets reverberation with probability {@code reverbShare} (RT60 uniform in
 * [{@code rt60Min}, {@code rt60Max}] s), additive noise with probability {@code noiseShare} (white, pink,
 * brown or babble, equally likely, at an SNR uniform in [{@code snrMinDb}, {@code snrMaxDb}] dB; noise is
 * added when neither was drawn), and a gain uniform in [{@code gainMinDb}, {@code gainMaxDb}] dB, lowered
 * where needed so that the peak stays below full scale.
 */
public record Augmentation(double share, double reverbShare, double rt60Min, double rt60Max, double noiseShare,
        double snrMinDb, double snrMaxDb, double gainMinDb, double gainMaxDb) {
    /** Half of the utterances: reverb for 40% of those (RT60 0.2-0.8 s), noise for 70% (SNR 5-25 dB), gain -10..+3 dB. */
    public static final Augmentation DEFAULT = new Augmentation(0.5, 0.4, 0.2, 0.8, 0.7, 5, 25, -10, 3);
    /** No augmentation. */
    public static final Augmentation NONE = new Augmentation(0, 0, 0.2, 0.8, 0, 5, 25, 0, 0);

    public Augmentation {
        check(share, "share");
        check(reverbShare, "reverb share");
        check(noiseShare, "noise share");
        if (!(rt60Min > 0) || rt60Max < rt60Min || rt60Max > 10) {
            throw new IllegalArgumentException("RT60 range must satisfy 0 < min <= max <= 10 s, got " + rt60Min + ".." + rt60Max);
        }
        if (!(snrMaxDb >= snrMinDb) || Double.isInfinite(snrMinDb) || Double.isInfinite(snrMaxDb)) {
            throw new IllegalArgumentException("SNR range must be finite with min <= max, got " + snrMinDb + ".." + snrMaxDb);
        }
        if (!(gainMaxDb >= gainMinDb) || Math.abs(gainMinDb) > 60 || Math.abs(gainMaxDb) > 60) {
            throw new IllegalArgumentException("gain range must be within +-60 dB with min <= max, got "
                    + gainMinDb + ".." + gainMaxDb);
        }
    }

    private static void check(double p, String what) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(what + " must be a probability in [0, 1], got " + p);
        }
    }
}
