package org.vaak.lexicons.g2p;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Language;

class TamilG2pTest {
    private static final GraphemeToPhoneme G2P = GraphemeToPhoneme.of(Language.TAMIL);

    private static String ipa(String word) {
        return PhoneSet.of(Language.TAMIL).ipa(G2P.phones(word));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // stops: geminate voiceless, after nasal voiced, intervocalic lenited, word-initial voiceless
        "படித்தான், paɖit̪t̪aːn", "பக்கம், pakkam", "தங்கம், t̪aŋɡam", "முகம், muɣam", "பாசம், paːsam",
        "சட்டம், saʈʈam", "அச்சம், atʃtʃam", "பஞ்சம், paɲdʒam", "கண்டு, kaɳɖu", "வந்து, ʋan̪d̪u", "அம்பு, ambu",
        "காடு, kaːɖu", "அவர்கள், aʋaɾɡaɭ", "கற்பு, karpu", "நாற்காலி, n̪aːrkaːli", "இம்சை, imsai", "சாப்பாடு, saːppaːɖu",
        // ழ, ற/ர, ன/ண/ந
        "மழை, maɻai", "கறி, kari", "கரி, kaɾi", "காற்று, kaːtru", "நன்றி, n̪andri", "ஞானம், ɲaːnam",
        "தமிழ், t̪amiɻ", "பள்ளி, paɭɭi",
        // aytham, Grantha, diphthongs
        "ஃபேன், feːn", "எஃகு, ehku", "ஜன்னல், dʒannal", "ஸ்ரீ, sɾiː", "ஹரி, haɾi", "கௌரவம், kauɾaʋam",
        "பையன், paijan"})
    void handCheckedWords(String word, String expected) {
        assertEquals(expected, ipa(word));
    }

    @Test
    void phoneNamesAreThePhoneSetsAsciiNames() {
        assertEquals("p a d` i t_d t_d a: n", String.join(" ", G2P.phones("படித்தான்")));
        assertEquals("m a r` aI", String.join(" ", G2P.phones("மழை")));
    }

    @Test
    void decomposedInputIsNormalisedFirst() {
        String nfd = Normalizer.normalize("கொடு", Normalizer.Form.NFD);
        assertEquals(ipa("கொடு"), ipa(nfd));
        assertEquals("koɖu", ipa(nfd));
    }

    @Test
    void everyEmittedPhoneIsInThePhoneSet() {
        PhoneSet set = PhoneSet.of(Language.TAMIL);
        for (int c = 0x0B95; c <= 0x0BB9; c++) {
            if (!Language.TAMIL.isConsonant(c)) {
                continue;
            }
            for (String w : new String[] {"அ" + (char) c + "ு", (char) c + "ா", "ம்" + (char) c + "ி", (char) c + "்" + (char) c + "ை"}) {
                for (String p : G2P.phones(w)) {
                    assertTrue(set.contains(p), p + " from " + w);
                }
            }
        }
    }

    @Test
    void emptyWordHasNoPhones() {
        assertEquals(0, G2P.phones("").size());
    }

    @Test
    void unknownCharactersFailNamingTheCharacterAndWord() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> G2P.phones("தமிழ்2"));
        assertEquals("cannot pronounce '2' (U+0032) in 'தமிழ்2': not a Tamil letter", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> G2P.phones("ಕನ್ನಡ"));
        assertTrue(e.getMessage().contains("U+0C95") && e.getMessage().contains("not a Tamil letter"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> G2P.phones("\u0BBFக"));
        assertTrue(e.getMessage().contains("U+0BBF") && e.getMessage().contains("out of place"), e.getMessage());
    }
}
