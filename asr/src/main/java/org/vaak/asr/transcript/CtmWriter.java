package org.vaak.asr.transcript;

import java.io.IOException;
import java.util.Locale;

/**
 * NIST CTM: one line per word, {@code utterance channel start duration word confidence}, channel 1,
 * times in seconds with 3 decimals. The utterance id must not contain white space.
 */
public final class CtmWriter implements TranscriptWriter {
    @Override
    public void write(Transcript transcript, String utterance, Appendable out) throws IOException {
        String utt = utterance == null || utterance.isEmpty() ? "utt" : utterance;
        if (utt.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("CTM utterance id contains white space: '" + utt + "'");
        }
        for (Word w : transcript.words()) {
            out.append(String.format(Locale.ROOT, "%s 1 %.3f %.3f %s %.3f%n", utt, w.start(), w.end() - w.start(),
                    w.text(), w.confidence()));
        }
    }
}
