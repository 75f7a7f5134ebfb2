package org.vaak.lexicons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PhonemicFormTest {
    @Test
    void opensEveryVowelAfterAConsonant() {
        assertEquals("ப்அட்இத்த்ஆன்", PhonemicForm.open("படித்தான்", Language.TAMIL));
        assertEquals("ಮ್ಆಡ್ಉತ್ತ್ಆನ್ಎ", PhonemicForm.open("ಮಾಡುತ್ತಾನೆ", Language.KANNADA));
    }

    @Test
    void closeInvertsOpen() {
        for (String w : new String[] {"படித்தான்", "மரங்களை", "ஸ்ரீ", "அம்மா", "கௌ", "பொ"}) {
            assertEquals(w, PhonemicForm.close(PhonemicForm.open(w, Language.TAMIL), Language.TAMIL), w);
        }
        for (String w : new String[] {"ಮಾಡುತ್ತಾನೆ", "ಸಂಸ್ಕೃತ", "ದುಃಖ", "ಕನ್ನಡ", "ಮರಗಳನ್ನು"}) {
            assertEquals(w, PhonemicForm.close(PhonemicForm.open(w, Language.KANNADA), Language.KANNADA), w);
        }
    }

    @Test
    void vowelSignsMapBothWays() {
        assertEquals(0x0BBE, Language.TAMIL.vowelSignOf(0x0B86));
        assertEquals(0, Language.TAMIL.vowelSignOf(0x0B85));
        assertEquals(0x0B86, Language.TAMIL.independentVowelOf(0x0BBE));
        assertEquals(0x0CC4, Language.KANNADA.vowelSignOf(0x0CE0));
        assertEquals(0x0CE2, Language.KANNADA.vowelSignOf(0x0C8C));
        assertEquals(-1, Language.TAMIL.vowelSignOf('a'));
        assertEquals(-1, Language.TAMIL.independentVowelOf(0x0B95)); // a consonant
        assertEquals(-1, Language.KANNADA.independentVowelOf('a'));
        for (Language l : Language.values()) {
            int pairs = 0;
            for (int v = 0; v < 0x10000; v++) {
                int sign = l.vowelSignOf(v);
                if (sign > 0) {
                    assertEquals(v, l.independentVowelOf(sign), Integer.toHexString(v));
                    pairs++;
                }
            }
            assertEquals(l == Language.TAMIL ? 11 : 15, pairs, l + " vowel/sign pairs");
        }
    }
}
