package org.vaak.lexicons.g2p;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Language;

class PhoneSetTest {
    @Test
    void loadsBothLanguages() {
        PhoneSet ta = PhoneSet.of(Language.TAMIL);
        assertEquals(44, ta.phones().size());
        Phone zh = ta.get("r`");
        assertEquals("ɻ", zh.ipa());
        assertEquals("retroflex", zh.place());
        assertFalse(zh.vowel());
        assertTrue(ta.get("a:").isLong());
        PhoneSet kn = PhoneSet.of(Language.KANNADA);
        assertEquals(51, kn.phones().size());
        assertTrue(kn.get("g_h").aspirated() && kn.get("g_h").voiced());
        assertFalse(kn.contains("G"));
        assertEquals("kʰaɾtʃu", kn.ipa(java.util.List.of("k_h", "a", "4", "tS", "u")));
    }

    @Test
    void badLinesAndUnknownPhonesAreReportedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhoneSet.parse(Language.TAMIL,
                new BufferedReader(new StringReader("# c\na\ta\tvowel\tcentral\topen\t1\t0\n")), "x.tsv"));
        assertTrue(e.getMessage().startsWith("x.tsv:2: expected 8 tab-separated columns"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PhoneSet.of(Language.TAMIL).get("k_h"));
        assertEquals("no phone 'k_h' in the Tamil phone set", e.getMessage());
    }
}
