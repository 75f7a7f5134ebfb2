package org.vaak.lexicons.g2p;

/**
 * One phone of a language's phone set.
 *
 * @param name ASCII name (X-SAMPA without backslashes), used in lexicons and model outputs
 * @param ipa the IPA symbol
 * @param vowel vowel or consonant
 * @param place place of articulation (consonants) or backness (vowels)
 * @param manner manner of articulation (consonants) or height (vowels)
 * @param voiced voiced
 * @param aspirated aspirated or breathy-voiced
 * @param isLong a long vowel or a diphthong
 */
public record Phone(String name, String ipa, boolean vowel, String place, String manner, boolean voiced,
        boolean aspirated, boolean isLong) {

    public boolean isNasal() {
        return "nasal".equals(manner);
    }

    /** Stops and affricates: the consonants a preceding nasal or anusvara assimilates to. */
    public boolean isStop() {
        return "stop".equals(manner) || "affricate".equals(manner);
    }
}
