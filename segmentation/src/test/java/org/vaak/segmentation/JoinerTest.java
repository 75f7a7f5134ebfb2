package org.vaak.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Language;

class JoinerTest {
    private final Joiner ta = new Joiner(Language.TAMIL);
    private final Joiner kn = new Joiner(Language.KANNADA);

    @Test
    void viramaAndIndependentVowelMerge() {
        assertEquals("படித்தான்", ta.join(List.of("படி", "த்த்", "ஆன்")));
        assertEquals("ப்பன்", ta.join(List.of("ப்ப்", "அன்")));
        assertEquals("ಮಾಡುತ್ತಾನೆ", kn.join(List.of("ಮಾಡು", "ತ್ತ್", "ಆನೆ")));
    }

    @Test
    void otherBoundariesConcatenate() {
        assertEquals("மரங்களை", ta.join(List.of("மர", "ங்க", "ளை")));
        assertEquals("ಮರವನ್ನು", kn.join(List.of("ಮರ", "ವನ್ನು")));
        assertEquals("அஆ", ta.join(List.of("அ", "ஆ")));
    }

    @Test
    void lineRoundTripKeepsPunctuationAndSpacing() {
        Segmenter bySpaces = new Segmenter() {
            @Override
            public Language language() {
                return Language.TAMIL;
            }

            @Override
            public Segmentation segment(String word) {
                return new Segmentation(word, List.of(word.substring(0, 1), word.substring(1)), "test", "", 0);
            }
        };
        String line = "  அவன் (படித்தான்), 3 books!  ";
        String seg = SubwordText.segmentLine(line, bySpaces);
        assertEquals("  அ@@ வன் (ப@@ டித்தான்), 3 books!  ", seg);
        assertEquals(line, SubwordText.joinLine(seg, ta));
    }
}
