package org.vaak.audio.synth;

import java.util.List;

/**
 * The espeak-ng voice variants speech corpora are spoken with: 30 that sound like people (robotic, whispering,
 * croaking and novelty variants left out), split into 24 training speakers and 6 held-out speakers of both
 * sexes and both synthesis methods (formant and Klatt) that no training utterance uses.
 */
public final class EspeakVariants {
    /** Speakers of the training split. */
    public static final List<String> TRAIN = List.of(
            "m1", "m2", "m3", "m5", "m6", "m7", "f1", "f2", "f4", "f5",
            "klatt", "klatt3", "klatt4", "adam", "Alex", "Alicia", "Andy", "Annie",
            "aunty", "benjamin", "caleb", "ed", "john", "linda");
    /** Speakers of the held-out splits (dev, test). */
    public static final List<String> HELD_OUT = List.of("m4", "f3", "klatt2", "Andrea", "david", "steph");

    private EspeakVariants() {
    }
}
