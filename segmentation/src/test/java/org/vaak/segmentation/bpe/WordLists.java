package org.vaak.segmentation.bpe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.vaak.lexicons.Language;

/** Seeded word lists for property tests: random aksharas and stem + suffix words. */
final class WordLists {
    private WordLists() {
    }

    /** A random word of the language: consonant clusters with signs or virama, vowels, sometimes C+virama+V. */
    static String randomWord(Random rnd, Language lang) {
        int base = lang == Language.TAMIL ? 0x0B80 : 0x0C80;
        List<Integer> consonants = new ArrayList<>();
        List<Integer> vowels = new ArrayList<>();
        List<Integer> signs = new ArrayList<>();
        for (int cp = base; cp < base + 0x80; cp++) {
            if (lang.isConsonant(cp)) {
                consonants.add(cp);
            } else if (lang.isIndependentVowel(cp)) {
                vowels.add(cp);
            } else if (lang.isVowelSign(cp) && Character.isDefined(cp)) {
                signs.add(cp);
            }
        }
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(7);
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(10);
            if (kind == 0) {
                sb.appendCodePoint(vowels.get(rnd.nextInt(vowels.size())));
                continue;
            }
            sb.appendCodePoint(consonants.get(rnd.nextInt(consonants.size())));
            if (kind == 1) {
                sb.appendCodePoint(lang.virama()).appendCodePoint(consonants.get(rnd.nextInt(consonants.size())));
            }
            if (kind <= 4) {
                sb.appendCodePoint(signs.get(rnd.nextInt(signs.size())));
            } else if (kind == 5) {
                sb.appendCodePoint(lang.virama());
                if (rnd.nextBoolean()) {
                    sb.appendCodePoint(vowels.get(rnd.nextInt(vowels.size())));
                }
            }
        }
        return sb.toString();
    }

    private static final String[] TA_STEMS = {"மரம்", "மர", "படி", "வீடு", "வீட்ட", "பள்ளி", "நாடு", "நாட்ட", "கண்",
        "செய்", "வந்த", "போன", "புத்தகம்", "புத்தக", "தமிழ்", "மக்கள்", "அரசு", "அரச", "ஊர்", "கடல்"};
    private static final String[] TA_SUFFIXES = {"", "ம்", "த்தை", "த்தில்", "ங்கள்", "ங்களை", "ங்களில்", "க்கு",
        "த்தான்", "த்தாள்", "த்தார்கள்", "யில்", "யை", "ால்", "ின்", "ோடு", "ாக", "ும்", "இல்", "ஐ"};
    private static final String[] KN_STEMS = {"ಮರ", "ಮಾಡು", "ಮಾಡ", "ಮನೆ", "ಊರು", "ಊರ", "ಕನ್ನಡ", "ಪುಸ್ತಕ", "ಶಾಲೆ",
        "ಹೋಗು", "ಬಂದ", "ನಾಡು", "ಜನ", "ಸರ್ಕಾರ", "ಕಣ್ಣು"};
    private static final String[] KN_SUFFIXES = {"", "ವನ್ನು", "ಗಳನ್ನು", "ಗಳು", "ದಲ್ಲಿ", "ಕ್ಕೆ", "ಉತ್ತಾನೆ",
        "ತ್ತಾಳೆ", "ದರು", "ಯಲ್ಲಿ", "ಗೆ", "ನ", "ದ", "ವು", "ಇಂದ"};

    /** A corpus-like list: stems and suffix chains with Zipf-like counts, plus random words. */
    static Map<String, Long> corpusLike(Language lang, long seed, int randomWords) {
        Random rnd = new Random(seed);
        String[] stems = lang == Language.TAMIL ? TA_STEMS : KN_STEMS;
        String[] suffixes = lang == Language.TAMIL ? TA_SUFFIXES : KN_SUFFIXES;
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < stems.length; i++) {
            for (int j = 0; j < suffixes.length; j++) {
                if (rnd.nextInt(3) > 0) {
                    String w = java.text.Normalizer.normalize(stems[i] + suffixes[j], java.text.Normalizer.Form.NFC);
                    m.merge(w, 1 + 1000L / ((i + 1) * (j + 1)), Long::sum);
                }
            }
        }
        for (int k = 0; k < randomWords; k++) {
            m.merge(randomWord(rnd, lang), 1L + rnd.nextInt(3), Long::sum);
        }
        return m;
    }
}
