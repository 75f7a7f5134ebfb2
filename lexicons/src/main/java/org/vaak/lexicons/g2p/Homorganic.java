package org.vaak.lexicons.g2p;

/** The nasal an anusvara becomes before a consonant: the nasal of that consonant's place, else [m]. */
final class Homorganic {
    private Homorganic() {
    }

    /** {@code next} is the phone that follows, or null at the end of the word or before a vowel. */
    static String nasal(Phone next) {
        if (next == null || !(next.isStop() || next.isNasal())) {
            return "m";
        }
        return switch (next.place()) {
            case "velar" -> "N";
            case "palatal" -> "J";
            case "retroflex" -> "n`";
            case "dental" -> "n_d";
            case "alveolar" -> "n";
            default -> "m";
        };
    }
}
