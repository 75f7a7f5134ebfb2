package org.vaak.lexicons;

/**
 * Converts between written text and its <em>open</em> form, in which every vowel after a consonant is
 * written as a virama followed by the independent vowel (and the inherent vowel as virama + அ/ಅ).
 *
 * <p>In the open form a word is a plain sequence of consonants and vowels, so a morpheme boundary can
 * fall anywhere and subwords join by concatenation: படித்தான் opens to ப்அட்இத்த்ஆன், which splits as
 * ப்அட்இ + த்த் + ஆன். {@link #close} undoes it, which is exactly the joining rule at a boundary: a virama
 * followed by an independent vowel becomes that vowel's sign, and அ disappears.
 */
public final class PhonemicForm {
    private PhonemicForm() {
    }

    /** The open form of {@code text}. Text outside the language's block is copied unchanged. */
    public static String open(String text, Language lang) {
        StringBuilder sb = new StringBuilder(text.length() * 2);
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            sb.appendCodePoint(cp);
            if (!lang.isConsonant(cp)) {
                continue;
            }
            while (i < n && text.codePointAt(i) == (lang == Language.KANNADA ? 0x0CBC : 0x0BBC)) {
                sb.appendCodePoint(text.codePointAt(i));
                i++;
            }
            if (i < n && text.codePointAt(i) == lang.virama()) {
                continue; // dead consonant: copied with its virama on the next turn
            }
            sb.appendCodePoint(lang.virama());
            if (i < n && lang.isVowelSign(text.codePointAt(i))) {
                int sign = text.codePointAt(i);
                int v = lang.independentVowelOf(sign);
                if (v < 0) {
                    // a length mark alone after a consonant: keep the text as it was
                    sb.setLength(sb.length() - 1);
                    continue;
                }
                sb.appendCodePoint(v);
                i += Character.charCount(sign);
            } else {
                sb.appendCodePoint(lang.inherentVowel());
            }
        }
        return sb.toString();
    }

    /** The written form of an open-form string: each virama + independent vowel becomes a vowel sign. */
    public static String close(String open, Language lang) {
        StringBuilder sb = new StringBuilder(open.length());
        int n = open.length();
        int i = 0;
        while (i < n) {
            int cp = open.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == lang.virama() && next < n && sb.length() > 0
                    && lang.isConsonant(sb.codePointBefore(sb.length()))
                    && lang.isIndependentVowel(open.codePointAt(next))) {
                int v = open.codePointAt(next);
                int sign = lang.vowelSignOf(v);
                if (sign > 0) {
                    sb.appendCodePoint(sign);
                }
                i = next + Character.charCount(v);
                continue;
            }
            sb.appendCodePoint(cp);
            i = next;
        }
        return sb.toString();
    }
}
