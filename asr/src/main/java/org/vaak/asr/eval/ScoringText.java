package org.vaak.asr.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text as it is scored: NFC, punctuation removed (Unicode categories P* and the symbols that are not
 * letters, marks or digits), split at whitespace. Scripts' vowel signs and viramas are marks and stay.
 * To be replaced by the transcript normaliser of lexicons ({@code Transcripts}) once that exists, so that
 * training text, LM text and references are normalised alike.
 */
public final class ScoringText {
    private ScoringText() {
    }

    /** The words of {@code text} after normalisation. */
    public static List<String> words(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(t.length());
        t.codePoints().forEach(c -> sb.appendCodePoint(isDropped(c) ? ' ' : c));
        List<String> out = new ArrayList<>();
        for (String w : sb.toString().strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The normalised text: its words joined by single spaces. */
    public static String normalize(String text) {
        return String.join(" ", words(text));
    }

    private static boolean isDropped(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
