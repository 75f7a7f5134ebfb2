package org.vaak.lexicons;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into aksharas, the units no segmenter may split.
 *
 * <p>An akshara is one of:
 * <ul>
 *   <li>a consonant cluster (consonants joined by the virama, with any nukta, ZWJ or ZWNJ), followed by
 *       its vowel signs or by a final virama, then by any anusvara, visarga or candrabindu;</li>
 *   <li>an independent vowel with its modifiers;</li>
 *   <li>any other single code point (digits, punctuation, letters of other scripts).</li>
 * </ul>
 * A dead consonant (one ending in the virama) directly followed by an independent vowel is kept in the
 * same akshara as that vowel. The boundary rule for joining subwords ({@code C + virama | V} becomes
 * {@code C + sign}) would otherwise turn such a literal sequence into a different word, so no learner may
 * place a boundary there, and word &rarr; subwords &rarr; word stays exact.
 */
public final class Aksharas {
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private Aksharas() {
    }

    /** The aksharas of {@code text}, in order; their concatenation is {@code text}. */
    public static List<String> split(String text, Language lang) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = end(text, i, lang);
            out.add(text.substring(i, end));
            i = end;
        }
        return out;
    }

    /** Offsets (in chars) at which aksharas start, plus {@code text.length()} at the end. */
    public static int[] boundaries(String text, Language lang) {
        int[] tmp = new int[text.length() + 1];
        int k = 0;
        int i = 0;
        while (i < text.length()) {
            tmp[k++] = i;
            i = end(text, i, lang);
        }
        tmp[k++] = text.length();
        return java.util.Arrays.copyOf(tmp, k);
    }

    /** The end offset of the akshara that starts at {@code start}. */
    public static int end(String s, int start, Language lang) {
        int n = s.length();
        int cp = s.codePointAt(start);
        int i = start + Character.charCount(cp);
        if (lang.isConsonant(cp)) {
            while (true) {
                i = skip(s, i, lang, true);
                if (i < n && s.codePointAt(i) == lang.virama()) {
                    int afterVirama = i + 1;
                    int j = afterVirama;
                    while (j < n && (s.charAt(j) == ZWJ || s.charAt(j) == ZWNJ)) {
                        j++;
                    }
                    if (j < n && lang.isConsonant(s.codePointAt(j))) {
                        i = j + Character.charCount(s.codePointAt(j));
                        continue;
                    }
                    i = j;
                    if (i < n && lang.isIndependentVowel(s.codePointAt(i))) {
                        i += Character.charCount(s.codePointAt(i));
                        return skipModifiers(s, i, lang);
                    }
                    return skipModifiers(s, i, lang);
                }
                while (i < n && lang.isVowelSign(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                return skipModifiers(s, i, lang);
            }
        }
        if (lang.isIndependentVowel(cp)) {
            while (i < n && lang.isVowelSign(s.codePointAt(i))) {
                // only length marks can follow an independent vowel in well-formed text; keep them attached
                i += Character.charCount(s.codePointAt(i));
            }
            return skipModifiers(s, i, lang);
        }
        if (lang.inBlock(cp) || cp == ZWJ || cp == ZWNJ) {
            // a stray sign or an isolated letter (e.g. Tamil aytham): attach following marks so that no
            // combining mark ever starts an akshara of its own after a letter
            return skipModifiers(s, i, lang);
        }
        return i;
    }

    private static int skip(String s, int i, Language lang, boolean nukta) {
        while (nukta && i < s.length() && s.codePointAt(i) == nuktaOf(lang)) {
            i++;
        }
        return i;
    }

    private static int nuktaOf(Language lang) {
        return lang == Language.KANNADA ? 0x0CBC : 0x0BBC;
    }

    private static int skipModifiers(String s, int i, Language lang) {
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (lang.isModifier(c) || c == ZWJ || c == ZWNJ) {
                i += Character.charCount(c);
            } else {
                break;
            }
        }
        return i;
    }
}
