package org.vaak.lexicons.g2p;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.PhonemicForm;

class SubwordPronouncerTest {
    private static final SubwordPronouncer TA = new SubwordPronouncer(Language.TAMIL);
    private static final SubwordPronouncer KN = new SubwordPronouncer(Language.KANNADA);

    private static List<String> p(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split(" "));
    }

    @Test
    void piecesOfAWordShareTheWordsPhones() {
        assertEquals(List.of(p("p a d` i"), p("t_d t_d"), p("a: n")), TA.pronounce(List.of("படி", "த்த்", "ஆன்")));
        assertEquals(List.of(p("m a: d` u"), p("t_d t_d"), p("a: n_d e")), KN.pronounce(List.of("ಮಾಡು", "ತ್ತ್", "ಆನೆ")));
    }

    @Test
    void aStopStartingAPieceIsVoicedAfterAVowelFinalPiece() {
        // மரம் + கள் : after the nasal [ɡ]; மலை + கள் : after a vowel, the fricative [ɣ]; கள் alone: [k]
        assertEquals(p("g a l`"), TA.pronounce(List.of("மரம்", "கள்")).get(1));
        assertEquals(p("G a l`"), TA.pronounce(List.of("மலை", "கள்")).get(1));
        assertEquals(p("k a l`"), TA.pronounce(List.of("கள்")).get(0));
        assertEquals(List.of(p("t_d a m"), p("b i")), TA.pronounce(List.of("தம்", "பி")));
        // a Kannada anusvara ending a piece takes the place of the next piece's stop
        assertEquals(List.of(p("s a N"), p("g i: t_d a")), KN.pronounce(List.of("ಸಂ", "ಗೀತ")));
    }

    @Test
    void variantsListEveryContextualForm() {
        assertEquals(List.of(p("k a l`"), p("G a l`"), p("g a l`")), TA.variants("கள்"));
        assertEquals(List.of(p("s a m"), p("s a J"), p("s a N"), p("s a n_d"), p("s a n`")), KN.variants("ಸಂ"));
        assertEquals(List.of(p("a: n")), TA.variants("ஆன்"));
    }

    @Test
    void randomSplitsOfCorpusLikeWordsAlwaysConcatenateToTheWordsPhones() {
        String[] ta = {"படித்தான்", "மரங்களை", "மரத்தை", "வாழைப்பழம்", "அவர்கள்", "காற்றில்", "எஃகு", "பஞ்சம்",
                "சென்னையில்", "கற்றுக்கொண்டான்"};
        String[] kn = {"ಮಾಡುತ್ತಾನೆ", "ಮರಗಳನ್ನು", "ಸಂಗೀತದಲ್ಲಿ", "ದುಃಖದಿಂದ", "ಕೃಷ್ಣನಿಗೆ", "ಸಂಸಾರ"};
        Random rnd = new Random(17);
        check(ta, Language.TAMIL, TA, rnd);
        check(kn, Language.KANNADA, KN, rnd);
    }

    private static void check(String[] words, Language lang, SubwordPronouncer sp, Random rnd) {
        GraphemeToPhoneme g2p = GraphemeToPhoneme.of(lang);
        for (String w : words) {
            String open = PhonemicForm.open(w, lang);
            for (int trial = 0; trial < 20; trial++) {
                // cut the open form before random consonants and vowels (never before a virama or a sign), so
                // pieces like த்த் + ஆன் occur, then write each piece in its usual spelling
                List<String> pieces = new ArrayList<>();
                int start = 0;
                for (int i = 1; i < open.length(); i++) {
                    int c = open.codePointAt(i);
                    if ((lang.isConsonant(c) || lang.isIndependentVowel(c)) && rnd.nextInt(3) == 0) {
                        pieces.add(PhonemicForm.close(open.substring(start, i), lang));
                        start = i;
                    }
                }
                pieces.add(PhonemicForm.close(open.substring(start), lang));
                assertEquals(g2p.phones(w), flat(sp.pronounce(pieces)), w + " as " + pieces);
            }
        }
    }

    private static List<String> flat(List<List<String>> pieces) {
        List<String> out = new ArrayList<>();
        pieces.forEach(out::addAll);
        return out;
    }
}
