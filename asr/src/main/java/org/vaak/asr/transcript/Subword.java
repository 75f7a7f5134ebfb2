package org.vaak.asr.transcript;

/**
 * One recognised unit inside a word, as the decoding graph emitted it (continuation marker removed).
 *
 * @param text the piece, without {@code @@}
 * @param start start time in seconds
 * @param end end time in seconds
 * @param confidence posterior in [0, 1]
 */
public record Subword(String text, double start, double end, double confidence) {
}
