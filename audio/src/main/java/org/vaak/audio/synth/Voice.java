package org.vaak.audio.synth;

import java.util.Objects;

/**
 * An espeak-ng voice with its variant ({@code ta+m3}) and the prosody of one utterance: speaking rate in
 * words per minute (espeak-ng accepts 80..450), base pitch and pitch range (0..100, 50 is the voice's own).
 */
public record Voice(String language, String variant, int wordsPerMinute, int pitch, int pitchRange) {
    public Voice {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(variant, "variant");
        if (!language.matches("[a-z]{2,3}(-[a-z0-9]+)?")) {
            throw new IllegalArgumentException("bad espeak-ng language '" + language + "'");
        }
        if (!variant.isEmpty() && !variant.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("bad espeak-ng variant '" + variant + "'");
        }
        if (wordsPerMinute < 80 || wordsPerMinute > 450) {
            throw new IllegalArgumentException("speaking rate must be 80..450 words per minute, got " + wordsPerMinute);
        }
        if (pitch < 0 || pitch > 100 || pitchRange < 0 || pitchRange > 100) {
            throw new IllegalArgumentException("pitch and pitch range must be 0..100, got " + pitch + ", " + pitchRange);
        }
    }

    /** The voice name espeak-ng's {@code espeak_SetVoiceByName} takes: {@code language+variant}. */
    public String espeakName() {
        return variant.isEmpty() ? language : language + "+" + variant;
    }
}
