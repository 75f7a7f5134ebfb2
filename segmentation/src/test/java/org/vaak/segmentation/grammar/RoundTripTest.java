package org.vaak.segmentation.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Joiner;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.corpus.WordCounts;

/** join(segment(w)) == w for every word, whichever path produced the segmentation. */
class RoundTripTest {
    static final List<String> TA = List.of("படித்தான்", "மரத்தை", "மரங்களை", "கோப்புகளை", "முடியவில்லை",
            "தேர்ந்தெடுக்கப்பட்ட", "சேமிக்கவும்", "கடவுச்சொல்லை", "ஃபைலை", "ஸ்ரீ", "கௌரவம்", "அம்மாவுக்கு",
            "பயனர்பெயர்", "இணையதளத்தில்", "ஐ", "க்கு", "எம்‌", "டவுன்லோட்", "அஃது", "ஒளஷதம்");
    static final List<String> KN = List.of("ಮಾಡುತ್ತಾನೆ", "ಮರವನ್ನು", "ಮರಗಳನ್ನು", "ಕಡತವನ್ನು", "ಉಳಿಸಲಾಗಿದೆ",
            "ಸಂಸ್ಕೃತ", "ದುಃಖ", "ಕನ್ನಡ", "ಎಸ್‌", "ಇನ್‌ಪುಟ್", "ಸ್ನ್ಯಾಪ್‌ಶಾಟ್", "ಅನ್ನು", "ನ", "ಪುನಃ", "ಸ್ವಯಂ");

    @Test
    void realWordsJoinBack() {
        check(Language.TAMIL, TA);
        check(Language.KANNADA, KN);
    }

    @Test
    void seededRandomAksharaStringsJoinBack() {
        for (Language l : Language.values()) {
            Random r = new Random(42);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                words.add(randomWord(l, r));
            }
            check(l, words);
        }
    }

    /** Random words from the script's consonants, vowel signs, virama, independent vowels and modifiers. */
    static String randomWord(Language l, Random r) {
        int base = l == Language.TAMIL ? 0x0B80 : 0x0C80;
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(10);
            if (k == 0 || i == 0 && k < 3) {
                int v;
                do {
                    v = base + 0x05 + r.nextInt(0x10);
                } while (!l.isIndependentVowel(v));
                sb.appendCodePoint(v);
                continue;
            }
            int c;
            do {
                c = base + 0x15 + r.nextInt(0x25);
            } while (!l.isConsonant(c));
            sb.appendCodePoint(c);
            if (k < 5) {
                int s;
                do {
                    s = base + 0x3E + r.nextInt(0x0F);
                } while (!l.isVowelSign(s) || s == l.virama());
                sb.appendCodePoint(s);
            } else if (k < 7) {
                sb.appendCodePoint(l.virama());
            }
            if (r.nextInt(12) == 0) {
                sb.appendCodePoint(l == Language.TAMIL ? 0x0B82 : 0x0C82);
            }
        }
        return java.text.Normalizer.normalize(sb.toString(), java.text.Normalizer.Form.NFC);
    }

    static void check(Language l, List<String> words) {
        check(new KnowledgeSegmenter(Grammars.hand(l)), l, words);
    }

    static void check(KnowledgeSegmenter k, Language l, List<String> words) {
        Joiner j = new Joiner(l);
        for (String w : words) {
            Segmentation s = k.segment(w);
            assertEquals(w, j.join(s.pieces()), w + " -> " + s);
            assertFalse(s.pieces().stream().anyMatch(String::isEmpty), w + " -> " + s);
        }
    }

    @Test
    @Tag("slow")
    void everyWordOfTheCorporaJoinsBack() throws IOException {
        for (Language l : Language.values()) {
            KnowledgeSegmenter k = new KnowledgeSegmenter(SubwordGrammars.shipped(l));
            for (String split : List.of("train.txt", "test.txt")) {
                Path file = Path.of(System.getProperty("vaak.corpora", System.getenv().getOrDefault("VAAK_CORPORA", "../build/corpora")), l.code(), split);
                Assumptions.assumeTrue(Files.exists(file), "corpus " + file + " not built; skipped");
                WordCounts wc = WordCounts.fromText(file, l);
                List<String> words = new ArrayList<>();
                for (int i = 0; i < wc.size(); i++) {
                    words.add(wc.word(i));
                }
                check(k, l, words);
            }
        }
    }
}
