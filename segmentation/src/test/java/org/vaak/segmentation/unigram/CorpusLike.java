package org.vaak.segmentation.unigram;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.corpus.WordCounts;

/** Seeded word lists shaped like an agglutinative corpus: stems times suffix chains, Zipf-like counts. */
final class CorpusLike {
    private static final List<String> TA_STEMS = List.of("மர", "வீட", "படி", "கட", "அவன", "பால", "நாட", "கால",
            "தமிழ", "ஊர", "பெண்", "குழந்தை", "செய", "வா", "போ", "கொடு", "எழுது", "ஆசிரிய");
    private static final List<String> TA_SUFFIXES = List.of("ம்", "த்தை", "த்தில்", "ங்கள்", "ங்களை", "ு", "ுக்கு",
            "ில்", "ை", "த்தான்", "ார்கள்", "க்கள்", "ப்பான்", "ன்", "ோடு", "");
    private static final List<String> KN_STEMS = List.of("ಮರ", "ಮನೆ", "ಮಾಡು", "ಹೋಗು", "ಕನ್ನಡ", "ಊರ", "ಬರೆ",
            "ಹುಡುಗ", "ಪುಸ್ತಕ");
    private static final List<String> KN_SUFFIXES = List.of("ವನ್ನು", "ಗಳನ್ನು", "ಗಳು", "ದಲ್ಲಿ", "ತ್ತಾನೆ", "ಕ್ಕೆ",
            "ನ", "ಅನ್ನು", "");

    private CorpusLike() {
    }

    static WordCounts tamil(long seed, int types) {
        return build(Language.TAMIL, TA_STEMS, TA_SUFFIXES, seed, types);
    }

    static WordCounts kannada(long seed, int types) {
        return build(Language.KANNADA, KN_STEMS, KN_SUFFIXES, seed, types);
    }

    private static WordCounts build(Language lang, List<String> stems, List<String> suffixes, long seed, int types) {
        Random rnd = new Random(seed);
        Map<String, Long> counts = new LinkedHashMap<>();
        int guard = 0;
        while (counts.size() < types && guard++ < types * 50) {
            StringBuilder w = new StringBuilder(stems.get(rnd.nextInt(stems.size())));
            int chain = rnd.nextInt(3);
            for (int k = 0; k < chain; k++) {
                w.append(suffixes.get(rnd.nextInt(suffixes.size())));
            }
            String word = Normalizer.normalize(w.toString(), Normalizer.Form.NFC);
            long count = 1 + (long) (200 / (1 + counts.size() * 0.3 + rnd.nextInt(5)));
            counts.merge(word, count, Long::sum);
        }
        return WordCounts.of(lang, counts, "corpus-like-" + lang.code() + "-" + seed);
    }
}
