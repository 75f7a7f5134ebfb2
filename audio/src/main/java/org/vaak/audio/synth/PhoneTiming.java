package org.vaak.audio.synth;

/** One phone of synthesised speech, in espeak-ng's phoneme mnemonics, from {@code start} to {@code end} seconds. */
public record PhoneTiming(String phone, double start, double end) {
}
