package org.vaak.audio.synth;

/**
 * One utterance of a synthetic corpus as planned before synthesis: its split, index in the split, id,
 * transcript, voice (variant, rate, pitch), where the text came from ({@code text} or {@code words}) and the
 * seed every random choice of its synthesis and augmentation is drawn from.
 */
public record PlannedUtterance(String split, int index, String id, String text, Voice voice, String source, long seed) {
    /** The speaker name in manifests: language and variant, e.g. {@code ta-m3}. */
    public String speaker() {
        return voice.language() + "-" + voice.variant();
    }
}
