package org.vaak.audio.synth;

import java.util.List;

/**
 * Synthesised speech: mono samples at {@code sampleRate} and the phones espeak-ng spoke, each with its
 * start and end in seconds (empty when phone events were not requested).
 */
public record Speech(float[] samples, int sampleRate, List<PhoneTiming> phones) {
    public Speech {
        phones = List.copyOf(phones);
    }

    public double seconds() {
        return samples.length / (double) sampleRate;
    }
}
