package org.vaak.lexicons.g2p;

import java.util.ArrayList;
import java.util.List;
import org.vaak.lexicons.Language;

/**
 * One letter of a word's open form ({@link org.vaak.lexicons.PhonemicForm#open}): a consonant (with its
 * nukta if any), a vowel, or a sign (anusvara, visarga, candrabindu, Tamil aytham). Viramas only separate
 * letters in the open form and are dropped; ZWJ and ZWNJ are dropped too.
 *
 * @param cp the letter's code point
 * @param nukta whether a nukta follows the consonant
 * @param offset the letter's char offset in the open form, to map phones back to subwords
 */
record Letter(Kind kind, int cp, boolean nukta, int offset) {
    enum Kind { CONSONANT, VOWEL, SIGN }

    /** The letters of an open-form string; fails naming the word and the character it cannot read. */
    static List<Letter> parse(String open, Language lang, String word) {
        List<Letter> out = new ArrayList<>();
        int i = 0;
        int nukta = lang == Language.KANNADA ? 0x0CBC : 0x0BBC;
        while (i < open.length()) {
            int cp = open.codePointAt(i);
            int at = i;
            i += Character.charCount(cp);
            if (lang.isConsonant(cp)) {
                boolean n = i < open.length() && open.codePointAt(i) == nukta;
                if (n) {
                    i++;
                }
                out.add(new Letter(Kind.CONSONANT, cp, n, at));
            } else if (lang.isIndependentVowel(cp)) {
                out.add(new Letter(Kind.VOWEL, cp, false, at));
            } else if (cp == lang.virama() || cp == 0x200C || cp == 0x200D) {
                continue;
            } else if (lang.isModifier(cp) || lang == Language.TAMIL && cp == 0x0B83) {
                out.add(new Letter(Kind.SIGN, cp, false, at));
            } else {
                throw new IllegalArgumentException(String.format("cannot pronounce '%s' (U+%04X) in '%s': %s",
                        new String(Character.toChars(cp)), cp, word, lang.inBlock(cp)
                                ? "a " + lang.displayName() + " sign out of place (a vowel sign or mark without a letter)"
                                : "not a " + lang.displayName() + " letter"));
            }
        }
        return out;
    }

    /** Offset of the code point within the language's Unicode block (the same layout in both scripts). */
    int index(Language lang) {
        return cp - (lang == Language.KANNADA ? 0x0C80 : 0x0B80);
    }
}
