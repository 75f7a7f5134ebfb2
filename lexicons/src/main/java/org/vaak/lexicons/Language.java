package org.vaak.lexicons;

import java.util.Locale;

/**
 * The languages vaak handles, with the facts about their scripts that segmentation and joining rely on.
 *
 * <p>Both scripts are Brahmic abugidas laid out alike in their Unicode blocks: independent vowels, then
 * consonants, then dependent vowel signs and the virama. The offsets below are what differ.
 */
public enum Language {
    TAMIL("ta", "Tamil", 0x0B80, 0x0BFF, 0x0BCD),
    KANNADA("kn", "Kannada", 0x0C80, 0x0CFF, 0x0CCD);

    private final String code;
    private final String displayName;
    private final int blockStart;
    private final int blockEnd;
    private final int virama;
    /** Independent vowel of each vowel sign, by offset in the block; -1 where there is none. */
    private final int[] vowelOfSign;

    Language(String code, String displayName, int blockStart, int blockEnd, int virama) {
        this.code = code;
        this.displayName = displayName;
        this.blockStart = blockStart;
        this.blockEnd = blockEnd;
        this.virama = virama;
        this.vowelOfSign = new int[blockEnd - blockStart + 1];
        java.util.Arrays.fill(vowelOfSign, -1);
        for (int cp = blockStart; cp <= blockEnd; cp++) {
            int sign = vowelSignOf(cp);
            if (sign > 0) {
                vowelOfSign[sign - blockStart] = cp;
            }
        }
    }

    /** ISO 639-1 code: {@code ta} or {@code kn}. */
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** The virama (Tamil pulli U+0BCD, Kannada halant U+0CCD). */
    public int virama() {
        return virama;
    }

    /** Whether the code point lies in this language's Unicode block. */
    public boolean inBlock(int cp) {
        return cp >= blockStart && cp <= blockEnd;
    }

    /** Consonant letters (ka .. ha, including the Tamil and Kannada specific letters of the block). */
    public boolean isConsonant(int cp) {
        int o = cp - blockStart;
        return (o >= 0x15 && o <= 0x39 || this == KANNADA && (o == 0x5D || o == 0x5E)) && Character.isLetter(cp);
    }

    /** Independent vowels, including the vocalic r/l of Kannada. */
    public boolean isIndependentVowel(int cp) {
        int o = cp - blockStart;
        return (o >= 0x05 && o <= 0x14 || o == 0x60 || o == 0x61) && Character.isLetter(cp);
    }

    /** Dependent vowel signs (matras), including the two-part signs' length marks. */
    public boolean isVowelSign(int cp) {
        int o = cp - blockStart;
        return (o >= 0x3E && o <= 0x4C || o == 0x55 || o == 0x56 || o == 0x57 || o == 0x62 || o == 0x63)
                && Character.getType(cp) != Character.UNASSIGNED;
    }

    /** Signs that modify a syllable after its vowel: anusvara, visarga, candrabindu; nukta. */
    public boolean isModifier(int cp) {
        int o = cp - blockStart;
        return (o >= 0x00 && o <= 0x03 && this == KANNADA) || (o == 0x02 && this == TAMIL) || o == 0x3C;
    }

    /** Letters of the script that may occur inside a word: everything above plus aytham and the like. */
    public boolean isWordChar(int cp) {
        if (!inBlock(cp)) {
            return cp == 0x200C || cp == 0x200D;
        }
        int type = Character.getType(cp);
        return type == Character.OTHER_LETTER || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The vowel sign that an independent vowel becomes after a consonant, or 0 for the inherent vowel
     * (Tamil அ, Kannada ಅ), or -1 when the code point is not an independent vowel.
     */
    public int vowelSignOf(int independentVowel) {
        if (!isIndependentVowel(independentVowel)) {
            return -1;
        }
        int o = independentVowel - blockStart;
        if (o == 0x05) {
            return 0;
        }
        if (o == 0x60) {
            return blockStart + 0x44;
        }
        if (o == 0x61) {
            return blockStart + 0x63;
        }
        if (o == 0x0C) {
            return blockStart + 0x62;
        }
        // ā i ī u ū ṛ .. au: the dependent signs sit 0x38 code points above the independent forms.
        int sign = independentVowel + 0x38;
        return isVowelSign(sign) ? sign : -1;
    }

    /** The independent vowel for a vowel sign (the inverse of {@link #vowelSignOf}), or -1. */
    public int independentVowelOf(int vowelSign) {
        return inBlock(vowelSign) ? vowelOfSign[vowelSign - blockStart] : -1;
    }

    /** The inherent vowel written as an independent letter (Tamil அ, Kannada ಅ). */
    public int inherentVowel() {
        return blockStart + 0x05;
    }

    /** Looks a language up by its code ({@code ta}, {@code kn}) or English name, ignoring case. */
    public static Language fromCode(String code) {
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code.equals(c) || l.displayName.toLowerCase(Locale.ROOT).equals(c)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "': expected ta (Tamil) or kn (Kannada)");
    }
}
