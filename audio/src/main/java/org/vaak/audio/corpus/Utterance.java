package org.vaak.audio.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One utterance of a speech corpus: an audio file (absolute, or as resolved against its manifest's folder),
 * its duration in seconds, its transcript (NFC) and its speaker.
 */
public record Utterance(String id, Path audio, double duration, String text, String speaker) {
    public Utterance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        if (!(duration >= 0) || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("duration must be a finite number >= 0: " + duration);
        }
    }

    /** The id a manifest line without one gets: the audio file's name without its extension. */
    public static String idOf(Path audio) {
        String name = audio.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
