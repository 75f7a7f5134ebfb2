package org.vaak.segmentation.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.grammar.GrammarData;
import org.vaak.lexicons.grammar.GrammarLoader;
import org.vaak.segmentation.corpus.WordCounts;

class StemMinerTest {
    @TempDir
    Path dir;

    private static WordCounts corpus(Language l, String... words) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String w : words) {
            m.merge(w, 1L, Long::sum);
        }
        return WordCounts.of(l, m, "tiny");
    }

    @Test
    void keepsStemsSeenWithEnoughSuffixChainsAndNothingElse() {
        GrammarData hand = GrammarLoader.load(Language.TAMIL, false);
        // கலன் (vessel) with four chains; களிமண் with two; கலன்கள்* forms are analysable as கலன் + கள்
        WordCounts c = corpus(Language.TAMIL, "கலன்", "கலனை", "கலனுக்கு", "கலனில்", "கலன்களை", "கலன்களில்",
                "கலன்கள்", "களிமண்", "களிமண்ணை");
        List<StemMiner.MinedStem> three = StemMiner.forNounsAndVerbs(hand).mine(c, 3);
        assertEquals(List.of("க்அல்அன்"), three.stream().map(StemMiner.MinedStem::open).toList());
        assertEquals("noun_stem", three.get(0).slot());
        assertTrue(three.get(0).chains() >= 4);
        List<StemMiner.MinedStem> two = StemMiner.forNounsAndVerbs(hand).mine(c, 2);
        assertTrue(two.stream().anyMatch(s -> s.open().equals("க்அள்இம்அண்")), two.toString());
        assertTrue(two.stream().noneMatch(s -> s.open().startsWith("க்அல்அன்க்")), two.toString());
        assertTrue(StemMiner.forNounsAndVerbs(hand).mine(c, 9).isEmpty());
    }

    @Test
    void minedStemsExtendTheGrammarToUnseenFormsButNeverToUnlistedStems() throws Exception {
        GrammarData hand = GrammarLoader.load(Language.TAMIL, false);
        WordCounts c = corpus(Language.TAMIL, "கலன்", "கலனை", "கலனுக்கு", "கலனில்");
        List<StemMiner.MinedStem> mined = StemMiner.forNounsAndVerbs(hand).mine(c, 3);
        SubwordGrammar before = SubwordGrammarCompiler.compile(hand);
        SubwordGrammar after = SubwordGrammarCompiler.compile(hand.withUnits(StemMiner.units(mined)));
        assertNull(before.parseWord("கலனால்"));
        GrammarParse p = after.parseWord("கலனால்");
        assertNotNull(p);
        assertEquals(List.of("கலன்", "ஆல்"), p.pieces(Language.TAMIL));
        assertNull(after.parseWord("குலனால்"), "a stem that was not mined is not accepted");

        Path out = dir.resolve("stems-mined.tsv");
        StemMiner.write(mined, Language.TAMIL, out, List.of("command: test"));
        String text = Files.readString(out);
        assertTrue(text.startsWith("# command: test\n"), text);
        assertTrue(text.contains("noun_stem\tக்அல்அன்\tகலன்\tmined: "), text);
    }

    @Test
    void kannadaStemsEndInAVowelUnlessTheyOccurAlone() {
        GrammarData hand = GrammarLoader.load(Language.KANNADA, false);
        // ಹಡಗು, not the shorter ಹಡಗ್ of ಹಡಗ್+ಅನ್ನು; a consonant-final loanword only when it occurs alone
        WordCounts c = corpus(Language.KANNADA, "ಹಡಗು", "ಹಡಗನ್ನು", "ಹಡಗಿಗೆ", "ಹಡಗಿನಲ್ಲಿ", "ಹಡಗಿನ", "ಲಿಂಕ್",
                "ಲಿಂಕನ್ನು", "ಲಿಂಕಿಗೆ", "ಲಿಂಕಿನ", "ಚರ್ಮದ", "ಚರ್ಮವನ್ನು", "ಚರ್ಮಕ್ಕೆ");
        List<StemMiner.MinedStem> mined = StemMiner.forNounsAndVerbs(hand).mine(c, 3);
        assertEquals(List.of("ಚ್ಅರ್ಮ್ಅ", "ಲ್ಇಂಕ್", "ಹ್ಅಡ್ಅಗ್ಉ"),
                mined.stream().map(StemMiner.MinedStem::open).toList());
    }
}
