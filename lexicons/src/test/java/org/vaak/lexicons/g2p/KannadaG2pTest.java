package org.vaak.lexicons.g2p;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaak.lexicons.Language;

class KannadaG2pTest {
    private static final GraphemeToPhoneme G2P = GraphemeToPhoneme.of(Language.KANNADA);

    private static String ipa(String word) {
        return PhoneSet.of(Language.KANNADA).ipa(G2P.phones(word));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ಮಾಡುತ್ತಾನೆ, maːɖut̪t̪aːn̪e", "ಖರ್ಚು, kʰaɾtʃu", "ಸಂಗೀತ, saŋɡiːt̪a", "ದುಃಖ, d̪uhkʰa",
        // inherent vowel kept word-finally
        "ಕನ್ನಡ, kan̪n̪aɖa", "ಮರವನ್ನು, maɾaʋan̪n̪u",
        // anusvara takes the place of the following stop; [m] elsewhere
        "ಪಂಚ, paɲtʃa", "ದಂಡ, d̪aɳɖa", "ಅಂತ, an̪t̪a", "ಕಂಬ, kamba", "ಸಂಸಾರ, samsaːɾa", "ಸಿಂಹ, simha",
        "ಸಂಯಮ, samjama", "ಶಂಕರ, ʃaŋkaɾa",
        // aspirates, breathy stops, ಋ, visarga, clusters, nukta
        "ಘಟ, ɡʱaʈa", "ಭಾರತ, bʱaːɾat̪a", "ಧನ, d̪ʱan̪a", "ಛತ್ರಿ, tʃʰat̪ɾi", "ಕೃಷ್ಣ, kɾuʂɳa", "ನಮಃ, n̪amah",
        "ಜ್ಞಾನ, dʒɲaːn̪a", "ಕ್ಷಮೆ, kʂame", "ಕಾಫ಼ಿ, kaːfi", "ಬಾಳೆ, baːɭe", "ಹೌದು, haud̪u", "ಐದು, aid̪u"})
    void handCheckedWords(String word, String expected) {
        assertEquals(expected, ipa(word));
    }

    @Test
    void everyEmittedPhoneIsInThePhoneSet() {
        PhoneSet set = PhoneSet.of(Language.KANNADA);
        for (int c = 0x0C95; c <= 0x0CDE; c++) {
            if (!Language.KANNADA.isConsonant(c)) {
                continue;
            }
            for (String w : new String[] {"ಅಂ" + (char) c + "ು", (char) c + "ೃ", (char) c + "್" + (char) c + "ಃ"}) {
                for (String p : G2P.phones(w)) {
                    assertTrue(set.contains(p), p + " from " + w);
                }
            }
        }
    }

    @Test
    void unknownCharactersFailClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> G2P.phones("ಕನ್ನಡ!"));
        assertEquals("cannot pronounce '!' (U+0021) in 'ಕನ್ನಡ!': not a Kannada letter", e.getMessage());
    }
}
