package org.vaak.asr.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTextTest {
    @Test
    void dropsPunctuationKeepsMarksAndComposesNfc() {
        assertEquals(List.of("மரம்", "பெரியது"), ScoringText.words("  மரம், \"பெரியது\"! "));
        // the virama and vowel signs are marks, not punctuation
        assertEquals("ಮಾಡುತ್ತಾನೆ", ScoringText.normalize("ಮಾಡುತ್ತಾನೆ।"));
        // decomposed o-sign (U+0BC6 U+0BBE) becomes U+0BCA
        assertEquals("கொ", ScoringText.normalize("\u0b95\u0bc6\u0bbe"));
        assertEquals(List.of("a", "b", "c"), ScoringText.words("a-b  c."));
        assertEquals(List.of(), ScoringText.words(" .,; "));
    }
}
