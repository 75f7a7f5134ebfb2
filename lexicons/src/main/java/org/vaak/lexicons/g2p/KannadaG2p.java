package org.vaak.lexicons.g2p;

import java.util.List;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.Letter.Kind;

/**
 * Kannada letter-to-sound rules. Kannada spelling is close to phonemic: each consonant letter has one
 * phone, aspirated letters (ಖ ಘ ಛ ಝ ಠ ಢ ಥ ಧ ಫ ಭ) give aspirated or breathy stops, and the inherent
 * vowel is always pronounced, word-finally too (ಕನ್ನಡ [kannaɖa]; unlike Hindi, no schwa is deleted).
 *
 * <ul>
 *   <li><b>Anusvara</b> ಂ is the nasal of the following stop or nasal's place: ಸಂಗೀತ [saŋɡiːt̪a], ಪಂಚ [paɲtʃa],
 *       ದಂಡ [d̪aɳɖa], ಅಂತ [an̪t̪a], ಕಂಬ [kamba]; before other consonants (ಸಂಸಾರ, ಸಿಂಹ, ಸಂಯಮ), a vowel or at the
 *       end of a word it is [m]. Candrabindu is treated the same way.</li>
 *   <li><b>Visarga</b> ಃ is [h] (ದುಃಖ [d̪uhkʰa], ನಮಃ [namah]); the echo vowel some speakers add after a
 *       final visarga is not written.</li>
 *   <li>ಋ is [ɾu] (ಕೃಷ್ಣ [kɾuʂɳa]), ೠ [ɾuː]; ಌ [lu], ೡ [luː].</li>
 *   <li>ಶ is [ʃ], ಷ [ʂ]; ಳ [ɭ]; ಱ and ೞ (archaic) [r] and [ɻ]; with a nukta ಫ಼ is [f], ಜ಼ [z].</li>
 *   <li>ಐ and ಔ are the diphthongs [ai] [au].</li>
 * </ul>
 */
final class KannadaG2p implements GraphemeToPhoneme {
    private static final String[][] VOWELS = new String[0x62][];
    private static final String[] CONSONANTS = new String[0x60];

    static {
        String[][] v = {{"05", "a"}, {"06", "a:"}, {"07", "i"}, {"08", "i:"}, {"09", "u"}, {"0A", "u:"},
                {"0B", "4 u"}, {"0C", "l u"}, {"0E", "e"}, {"0F", "e:"}, {"10", "aI"}, {"12", "o"}, {"13", "o:"},
                {"14", "aU"}, {"60", "4 u:"}, {"61", "l u:"}};
        for (String[] e : v) {
            VOWELS[Integer.parseInt(e[0], 16)] = e[1].split(" ");
        }
        String[] c = {"k", "k_h", "g", "g_h", "N", "tS", "tS_h", "dZ", "dZ_h", "J", "t`", "t`_h", "d`", "d`_h", "n`",
                "t_d", "t_d_h", "d_d", "d_d_h", "n_d", null, "p", "p_h", "b", "b_h", "m", "j", "4", "r", "l", "l`",
                null, "P", "S", "s`", "s", "h"};
        for (int i = 0; i < c.length; i++) {
            CONSONANTS[0x15 + i] = c[i];
        }
        CONSONANTS[0x5D] = "n";
        CONSONANTS[0x5E] = "r`";
    }

    private static final int VISARGA = 0x03;

    private final PhoneSet phones = PhoneSet.of(Language.KANNADA);

    @Override
    public Language language() {
        return Language.KANNADA;
    }

    @Override
    public Pronunciation pronounceOpen(String open, String word) {
        Language kn = Language.KANNADA;
        List<Letter> ls = Letter.parse(open, kn, word);
        PhoneBuffer out = new PhoneBuffer();
        for (int i = 0; i < ls.size(); i++) {
            Letter l = ls.get(i);
            int x = l.index(kn);
            switch (l.kind()) {
                case VOWEL -> out.add(VOWELS[x], l.offset());
                case CONSONANT -> out.add(consonant(l, kn), l.offset());
                case SIGN -> {
                    if (x == VISARGA) {
                        out.add("h", l.offset());
                    } else if (x <= 0x02) { // anusvara, candrabindu
                        Letter next = i + 1 < ls.size() ? ls.get(i + 1) : null;
                        Phone p = next != null && next.kind() == Kind.CONSONANT ? phones.get(consonant(next, kn)) : null;
                        out.add(Homorganic.nasal(p), l.offset());
                    }
                    // a nukta on its own adds nothing
                }
                default -> throw new IllegalStateException();
            }
        }
        return out.build();
    }

    private static String consonant(Letter l, Language kn) {
        int x = l.index(kn);
        if (l.nukta() && x == 0x2B) {
            return "f";
        }
        if (l.nukta() && x == 0x1C) {
            return "z";
        }
        return CONSONANTS[x];
    }
}
