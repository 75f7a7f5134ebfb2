package org.vaak.asr.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups words into subtitle cues: a new cue starts after a pause longer than {@code maxPause}, or when
 * adding the word would make the cue longer than {@code maxDuration} seconds or {@code maxChars}
 * characters. A cue runs from its first word's start to its last word's end.
 *
 * @param maxPause seconds of silence that end a cue
 * @param maxDuration longest cue in seconds (a single longer word still makes one cue)
 * @param maxChars longest cue text in characters (a single longer word still makes one cue)
 */
public record Cues(double maxPause, double maxDuration, int maxChars) {
    /** 0.8 s pauses, 6 s and 42 characters per cue. */
    public static final Cues DEFAULT = new Cues(0.8, 6.0, 42);

    public Cues {
        if (!(maxPause >= 0) || !(maxDuration > 0) || maxChars < 1) {
            throw new IllegalArgumentException("bad cue limits: pause " + maxPause + ", duration " + maxDuration
                    + ", chars " + maxChars);
        }
    }

    /** A cue: its time span and text. */
    public record Cue(double start, double end, String text) {
    }

    public List<Cue> group(Transcript t) {
        List<Cue> cues = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double start = 0;
        double end = 0;
        for (Word w : t.words()) {
            if (!text.isEmpty()) {
                boolean split = w.start() - end > maxPause || w.end() - start > maxDuration
                        || text.length() + 1 + w.text().length() > maxChars;
                if (split) {
                    cues.add(new Cue(start, end, text.toString()));
                    text.setLength(0);
                }
            }
            if (text.isEmpty()) {
                start = w.start();
            } else {
                text.append(' ');
            }
            text.append(w.text());
            end = w.end();
        }
        if (!text.isEmpty()) {
            cues.add(new Cue(start, end, text.toString()));
        }
        return cues;
    }

    /** {@code HH:MM:SS} then {@code separator} and milliseconds, rounded to the nearest millisecond. */
    static String timestamp(double seconds, char separator) {
        long ms = Math.round(Math.max(0, seconds) * 1000);
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d%c%03d", ms / 3_600_000, ms / 60_000 % 60,
                ms / 1000 % 60, separator, ms % 1000);
    }
}
