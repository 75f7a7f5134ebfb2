package org.vaak.asr.transcript;

import java.util.List;

/**
 * The words recognised in one utterance.
 *
 * @param words words in order
 * @param duration length of the audio in seconds
 * @param complete false for a partial (streaming) result
 */
public record Transcript(List<Word> words, double duration, boolean complete) {
    public Transcript {
        words = List.copyOf(words);
    }

    /** The words separated by single spaces. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }
}
