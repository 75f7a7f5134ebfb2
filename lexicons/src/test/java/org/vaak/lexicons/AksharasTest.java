package org.vaak.lexicons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AksharasTest {
    @Test
    void tamilClustersKeepTheirVowelSignAndVirama() {
        assertEquals(List.of("ப", "டி", "த்தா", "ன்"), Aksharas.split("படித்தான்", Language.TAMIL));
        assertEquals(List.of("ம", "ர", "ங்க", "ளை"), Aksharas.split("மரங்களை", Language.TAMIL));
        assertEquals(List.of("ஸ்ரீ"), Aksharas.split("ஸ்ரீ", Language.TAMIL));
        assertEquals(List.of("அ", "ம்மா"), Aksharas.split("அம்மா", Language.TAMIL));
        assertEquals(List.of("ஃ"), Aksharas.split("ஃ", Language.TAMIL));
    }

    @Test
    void kannadaConjunctsAndModifiers() {
        assertEquals(List.of("ಮಾ", "ಡು", "ತ್ತಾ", "ನೆ"), Aksharas.split("ಮಾಡುತ್ತಾನೆ", Language.KANNADA));
        assertEquals(List.of("ಕ", "ನ್ನ", "ಡ"), Aksharas.split("ಕನ್ನಡ", Language.KANNADA));
        assertEquals(List.of("ಸಂ", "ಸ್ಕೃ", "ತ"), Aksharas.split("ಸಂಸ್ಕೃತ", Language.KANNADA));
        assertEquals(List.of("ದುಃ", "ಖ"), Aksharas.split("ದುಃಖ", Language.KANNADA));
    }

    @Test
    void deadConsonantBeforeIndependentVowelStaysWhole() {
        // a literal virama + independent vowel must not become a subword boundary (the joining rule would change it)
        assertEquals(List.of("க்அ", "ம"), Aksharas.split("க்அம", Language.TAMIL));
    }

    @Test
    void otherCharactersAreSingleUnits() {
        assertEquals(List.of("a", "1", " ", "க"), Aksharas.split("a1 க", Language.TAMIL));
        assertEquals(List.of(), Aksharas.split("", Language.TAMIL));
    }

    @Test
    void boundariesMatchSplit() {
        for (String w : new String[] {"படித்தான்", "ஸ்ரீ", "க்அம", "a1 க", ""}) {
            int[] b = Aksharas.boundaries(w, Language.TAMIL);
            java.util.List<String> parts = Aksharas.split(w, Language.TAMIL);
            assertEquals(parts.size() + 1, b.length, w);
            int at = 0;
            for (int i = 0; i < parts.size(); i++) {
                assertEquals(at, b[i], w);
                at += parts.get(i).length();
            }
            assertEquals(w.length(), b[b.length - 1], w);
        }
    }
}
