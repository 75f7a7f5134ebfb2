package org.vaak.lexicons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptsTest {

    @Test
    void wikiLinksKeepTheirLabel() {
        assertEquals("பக்கம் உங்கள் கவனிப்புப் பட்டியலில் இருந்து நீக்கப்பட்டது",
                Transcripts.normalize("\"[[: ]]\" பக்கம் [[Special:Watchlist|உங்கள் கவனிப்புப் பட்டியலில்]] இருந்து நீக்கப்பட்டது."));
        assertEquals("முதற் பக்கம்", Transcripts.normalize("[[முதற் பக்கம்]]"));
        assertEquals("ಮುಖ್ಯ ಪುಟ", Transcripts.normalize("{{SITENAME}} [[Main|ಮುಖ್ಯ ಪುಟ]]"));
        assertEquals("என்றப் பெயருள்ள ஊடகத்தின் இல் உள்ளப் படியான பதிப்பை நீக்குகிறீர்கள்", Transcripts.normalize(
                "'[[Media: | ]] ' என்றப் பெயருள்ள ஊடகத்தின் [, ] இல் உள்ளப் படியான பதிப்பை நீக்குகிறீர்கள்."));
    }

    @Test
    void placeholdersAndHtmlAreDropped() {
        assertEquals("கோப்பை திறக்க முடியவில்லை", Transcripts.normalize("%s கோப்பை திறக்க முடியவில்லை: %1$d"));
        assertEquals("கோப்புகள் நகலெடுக்கப்பட்டன", Transcripts.normalize("{0} கோப்புகள் <b>நகலெடுக்கப்பட்டன</b>&nbsp;"));
        assertEquals("பயனர் பக்கம்", Transcripts.normalize("$1 பயனர் %(name)s பக்கம்"));
        assertEquals("100 கோப்புகள்", Transcripts.normalize("100% கோப்புகள்"));
    }

    @Test
    void acceleratorsAndMnemonicsAreRemovedFromTheirWord() {
        assertEquals("இவ்வாறு சேமி", Transcripts.normalize("& இவ்வாறு சேமி..."));
        assertEquals("கோப்பு திற", Transcripts.normalize("_கோப்பு &திற"));
        assertEquals("buttonwidth", Transcripts.normalize("\"button_width\""));
    }

    @Test
    void punctuationSeparatesTokensWithSingleSpaces() {
        assertEquals("உதவி பெறு", Transcripts.normalize("  உதவி   பெறு…  "));
        assertEquals("அல்லது", Transcripts.normalize("\"/\", \"#\", அல்லது"));
        assertEquals("ಕಡತ ಉಳಿಸಿ", Transcripts.normalize("ಕಡತ/ಉಳಿಸಿ।"));
        assertEquals("", Transcripts.normalize(" ... !? "));
        assertEquals(List.of("ಕಡತ", "ಉಳಿಸಿ"), Transcripts.tokens("ಕಡತ ಉಳಿಸಿ"));
        assertEquals(List.of(), Transcripts.tokens(""));
    }

    @Test
    void normalizesToNfcAndLowercasesLatin() {
        // Tamil o-sign written as its two parts (U+0BC6 U+0BBE) composes to U+0BCA.
        assertEquals("கொடி gedit", Transcripts.normalize("க\u0BC6\u0BBEடி GEdit"));
    }

    @Test
    void keepsJoinersInsideWordsOnly() {
        assertEquals("ನ\u0CCD\u200Cನ", Transcripts.normalize("ನ\u0CCD\u200Cನ"));
    }

    @Test
    void speakableMeansOnlyTheScriptsLetters() {
        assertTrue(Transcripts.isSpeakable("சிறிது நேரம் கழித்து மீண்டும் முயற்சி செய்யவும்.", Language.TAMIL));
        assertTrue(Transcripts.isSpeakable("ಸಂಪೂರ್ಣ ಪದಗಳು ಮಾತ್ರ", Language.KANNADA));
        assertFalse(Transcripts.isSpeakable("ಸಂಪೂರ್ಣ ಪದಗಳು ಮಾತ್ರ", Language.TAMIL));
        assertFalse(Transcripts.isSpeakable("எமுலேட்டர் இழைகளுக்கான cgroup இல் set cpuset.cpus ஐ அமைப்பதில் தோல்வி", Language.TAMIL));
        assertFalse(Transcripts.isSpeakable("100 கோப்புகள்", Language.TAMIL));
        assertFalse(Transcripts.isSpeakable("௧௦ கோப்புகள்", Language.TAMIL)); // Tamil digits
        assertFalse(Transcripts.isSpeakable("...", Language.TAMIL));
        assertFalse(Transcripts.isSpeakable("\u0BBEடி", Language.TAMIL)); // starts with a vowel sign
        assertTrue(Transcripts.isSpeakable("%s கோப்பை திறக்க முடியவில்லை", Language.TAMIL));
        assertTrue(Transcripts.isSpeakable("ಫೀಚರ್\u200Cಗಳನ್ನು ಬಳಸು", Language.KANNADA));
        assertFalse(Transcripts.isSpeakable("\u200Cಬಳಸು", Language.KANNADA));
    }

    @Test
    void lengthLimits() {
        String three = "ஒன்று இரண்டு மூன்று";
        assertTrue(Transcripts.isSpeakable(three, Language.TAMIL, 3, 3, 100));
        assertFalse(Transcripts.isSpeakable(three, Language.TAMIL, 4, 10, 100));
        assertFalse(Transcripts.isSpeakable(three, Language.TAMIL, 1, 2, 100));
        assertFalse(Transcripts.isSpeakable(three, Language.TAMIL, 1, 3, 10));
        assertFalse(Transcripts.isSpeakable("சொல் ".repeat(31), Language.TAMIL));
        assertThrows(IllegalArgumentException.class, () -> Transcripts.isSpeakable(three, Language.TAMIL, 0, 3, 10));
    }
}
