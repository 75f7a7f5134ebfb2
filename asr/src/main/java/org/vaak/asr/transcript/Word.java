package org.vaak.asr.transcript;

import java.util.List;

/**
 * A recognised word: its pieces joined with the language's boundary rule.
 *
 * @param text the word
 * @param start start of its first piece, seconds
 * @param end end of its last piece, seconds
 * @param confidence the smallest confidence of its pieces
 * @param subwords its pieces in order (one piece, the word itself, for word graphs)
 */
public record Word(String text, double start, double end, double confidence, List<Subword> subwords) {
    public Word {
        subwords = List.copyOf(subwords);
    }
}
