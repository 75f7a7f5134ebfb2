package org.vaak.segmentation.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Joiner;
import org.vaak.segmentation.Segmentation;

class GrammarSegmenterTest {
    private static Segmentation seg(String code, String word) {
        return new GrammarSegmenter(Grammars.hand(Language.fromCode(code))).segment(word);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // the design examples
        "ta|படித்தான்|படி த்த் ஆன்|verb",
        "ta|மரத்தை|மர த்த் ஐ|noun",
        "ta|மரங்களை|மர ங்கள் ஐ|noun",
        "kn|ಮಾಡುತ್ತಾನೆ|ಮಾಡ್ ಉತ್ತ್ ಆನೆ|verb",
        "kn|ಮರವನ್ನು|ಮರ ವ್ ಅನ್ನು|noun",
        "kn|ಮರಗಳನ್ನು|ಮರ ಗಳ್ ಅನ್ನು|noun",
        // verbs: weak past, present, passive, infinitive + modal, compound with auxiliaries
        "ta|பேசினான்|பேச் இன் ஆன்|verb",
        "ta|படிக்கிறான்|படி க்கிற் ஆன்|verb",
        "ta|சேமிக்கப்பட்டது|சேமி க்க ப்பட்ட் அது|verb",
        "ta|முடியவில்லை|முடி ய் அ வில்லை|verb",
        "ta|படித்துக்கொண்டிருந்தான்|படி த்த் உ க்கொண்ட் இருந்த் ஆன்|verb",
        "ta|திறக்கவும்|திற க்க வும்|verb",
        "kn|ಉಳಿಸಲಾಗಿದೆ|ಉಳಿಸ್ ಅಲ್ ಆಗ್ ಇದ್ ಎ|verb",
        "kn|ತೆರೆಯಲಾಗಲಿಲ್ಲ|ತೆರೆ ಯ್ ಅಲ್ ಆಗ್ ಅಲಿಲ್ಲ|verb",
        "kn|ಮಾಡಿದನು|ಮಾಡ್ ಇದ್ ಅನು|verb",
        // nouns: glide, oblique, postposition, clitic, sandhi consonant at the end of the word
        "ta|மனைவியை|மனைவி ய் ஐ|noun",
        "ta|வீட்டிலிருந்து|வீட்ட் இலிருந்து|noun",
        "ta|கோப்பைத்|கோப்ப் ஐ த்|noun",
        "ta|சரியாக|சரி ய் ஆக|noun",
        "kn|ಮನೆಯನ್ನು|ಮನೆ ಯ್ ಅನ್ನು|noun",
        "kn|ಮರದಲ್ಲಿ|ಮರ ದ್ ಅಲ್ಲಿ|noun",
        "kn|ಲಭ್ಯವಾಗಿದೆ|ಲಭ್ಯ ವ್ ಆಗಿದೆ|noun",
        // pronouns with case
        "ta|அவனுக்கு|அவன் உக்கு|pronoun",
        "ta|எனக்கு|என் அக்கு|pronoun",
        "ta|அதற்கு|அத் அற்கு|pronoun",
        "kn|ನನಗೆ|ನನ್ ಅಗೆ|pronoun",
        "kn|ಅದರಲ್ಲಿ|ಅದರ್ ಅಲ್ಲಿ|pronoun",
        // numbers: tens + units, ordinals
        "ta|இருபத்தொன்று|இருபத்த் ஒன்று|number",
        "ta|இரண்டாவது|இரண்ட் ஆவது|number",
        "kn|ಇಪ್ಪತ್ತೊಂದು|ಇಪ್ಪತ್ತ್ ಒಂದು|number",
        "kn|ಎರಡನೇ|ಎರಡ್ ಅನೇ|number",
    })
    void segmentsKnownWordsExactly(String code, String word, String pieces, String category) {
        Segmentation s = seg(code, word);
        assertEquals(List.of(pieces.split(" ")), s.pieces(), word);
        assertEquals("grammar", s.source());
        assertEquals(category, s.detail());
        assertTrue(s.cost() > 0 && Double.isFinite(s.cost()), "cost " + s.cost());
        assertEquals(word, new Joiner(Language.fromCode(code)).join(s.pieces()));
    }

    @Test
    void wordsOutsideTheGrammarAreNotParsed() {
        GrammarSegmenter g = new GrammarSegmenter(Grammars.hand(Language.TAMIL));
        assertNull(g.parse("ஸ்கேனர்களை"));
        assertNull(g.parse(""));
        assertNull(g.parse("abc"));
        Segmentation s = g.segment("ஸ்கேனர்களை");
        assertEquals(List.of("ஸ்கேனர்களை"), s.pieces());
        assertEquals("passthrough", s.source());
    }

    @Test
    void trailingZeroWidthNonJoinerStaysOnTheLastPiece() {
        Segmentation s = seg("kn", "ಮರವನ್ನು\u200C");
        assertEquals(List.of("ಮರ", "ವ್", "ಅನ್ನು\u200C"), s.pieces());
        assertEquals("ಮರವನ್ನು\u200C", new Joiner(Language.KANNADA).join(s.pieces()));
    }

    @Test
    void joinersInsideTheWordAreIgnoredByTheParseAndKept() {
        Segmentation s = seg("ta", "கோப்பை\u200Cத்");
        assertEquals(List.of("கோப்ப்", "ஐ\u200C", "த்"), s.pieces());
        assertEquals("grammar", s.source());
        s = seg("kn", "ಮರ\u200Dವನ್ನು");
        assertEquals(List.of("ಮರ\u200D", "ವ್", "ಅನ್ನು"), s.pieces());
        assertEquals("ಮರ\u200Dವನ್ನು", new Joiner(Language.KANNADA).join(s.pieces()));
    }

    @Test
    void sameInputGivesTheSameOutput() {
        GrammarSegmenter a = new GrammarSegmenter(Grammars.hand(Language.TAMIL));
        for (String w : List.of("படித்தான்", "மரங்களை", "அவனுக்கு")) {
            assertEquals(a.segment(w), a.segment(w));
        }
    }
}
