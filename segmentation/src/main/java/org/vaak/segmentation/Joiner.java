package org.vaak.segmentation;

import java.util.List;
import org.vaak.lexicons.Language;

/**
 * Joins the subwords of one word back into the word.
 *
 * <p>Pieces are concatenated, with one rule at each boundary: when the left piece ends in a consonant
 * with a virama and the right piece starts with an independent vowel, the virama goes and the vowel
 * becomes its vowel sign (Tamil ப்ப் + ஆன் &rarr; ப்பான்; the inherent vowel அ simply disappears:
 * ப்ப் + அன் &rarr; ப்பன்). Everywhere else the pieces are written as they are.
 */
public final class Joiner {
    private final Language lang;

    public Joiner(Language lang) {
        this.lang = lang;
    }

    public Language language() {
        return lang;
    }

    /** The word the pieces spell. */
    public String join(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (String p : pieces) {
            append(sb, p);
        }
        return sb.toString();
    }

    /** Appends one piece to a word under construction, applying the boundary rule. */
    public void append(StringBuilder word, String piece) {
        if (piece.isEmpty()) {
            return;
        }
        int n = word.length();
        if (n >= 2 && word.codePointBefore(n) == lang.virama()
                && lang.isConsonant(word.codePointBefore(n - 1))) {
            int first = piece.codePointAt(0);
            if (lang.isIndependentVowel(first)) {
                int sign = lang.vowelSignOf(first);
                word.setLength(n - 1);
                if (sign > 0) {
                    word.appendCodePoint(sign);
                }
                word.append(piece, Character.charCount(first), piece.length());
                return;
            }
        }
        word.append(piece);
    }
}
