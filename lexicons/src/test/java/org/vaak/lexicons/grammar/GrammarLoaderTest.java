package org.vaak.lexicons.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.PhonemicForm;

class GrammarLoaderTest {
    @TempDir
    Path dir;

    @Test
    void shippedGrammarsHaveHundredsOfAffixesAndAllFourCategories() {
        for (Language l : Language.values()) {
            GrammarData d = GrammarLoader.load(l, false);
            List<String> cats = d.categories().stream().map(Morphotactics::category).toList();
            assertEquals(List.of("verb", "noun", "pronoun", "number"), cats, l.code());
            Map<String, List<Unit>> affixSlots = new LinkedHashMap<>();
            GrammarLoader.readUnits(l, new InputStreamReader(GrammarLoader.class.getResourceAsStream(
                    "/org/vaak/lexicons/" + l.code() + "/grammar/affixes.tsv"), StandardCharsets.UTF_8), "affixes.tsv",
                    affixSlots);
            int affixes = affixSlots.values().stream().mapToInt(List::size).sum();
            assertTrue(affixes >= 250, l.code() + ": only " + affixes + " affix entries");
            for (List<Unit> us : d.slots().values()) {
                for (Unit u : us) {
                    assertEquals(PhonemicForm.open(u.open(), l), u.open(), "not open: " + u);
                }
            }
        }
    }

    @Test
    void shippedMinedStemsLoadOnTopOfTheHandMadeLists() {
        for (Language l : Language.values()) {
            GrammarData hand = GrammarLoader.load(l, false);
            GrammarData all = GrammarLoader.load(l);
            int added = all.unitCount() - hand.unitCount();
            assertTrue(added > 1000, l.code() + ": only " + added + " mined stems");
            assertEquals(hand.slot("case"), all.slot("case"));
        }
    }

    @Test
    void deriveRulesMakeTheSandhiAlternants() {
        GrammarData ta = GrammarLoader.load(Language.TAMIL, false).derived();
        assertTrue(ta.slot("noun_stem_am").stream().anyMatch(u -> u.open().equals("ம்அர்அ")), "மரம் -> மர");
        assertTrue(ta.slot("verb_stem_v").stream().anyMatch(u -> u.open().equals("ப்ஏச்")), "பேசு -> பேச்");
        GrammarData kn = GrammarLoader.load(Language.KANNADA, false).derived();
        assertTrue(kn.slot("verb_stem_v").stream().anyMatch(u -> u.open().equals("ಮ್ಆಡ್")), "ಮಾಡು -> ಮಾಡ್");
        assertTrue(kn.slot("noun_stem_y").stream().anyMatch(u -> u.open().equals("ಮ್ಅನ್ಎ")), "ಮನೆ takes y");
        assertTrue(kn.rules().isEmpty());
    }

    @Test
    void deriveRuleAppliesOnlyToLongerUnitsWithTheEnding() {
        DeriveRule r = new DeriveRule("s", "அம்", "அ", "t", "");
        assertEquals("ம்அர்அ", r.apply("ம்அர்அம்"));
        assertEquals(null, r.apply("அம்"));
        assertEquals(null, r.apply("ப்அட்இ"));
    }

    private void writeGrammar(String affixes, String morph) throws IOException {
        Files.writeString(dir.resolve("affixes.tsv"), affixes, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("stems.tsv"), "noun_stem\tம்அர்அம்\tமரம்\ttree\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("morphotactics.tsv"), morph, StandardCharsets.UTF_8);
    }

    private static final String MORPH = "arc\tnoun\tstart\tnoun_stem\tN\narc\tnoun\tN\tcase\tC\nfinal\tnoun\tN\nfinal\tnoun\tC\n";

    @Test
    void readsAGoodFolder() throws IOException {
        writeGrammar("# comment\ncase\tஐ\tஐ\taccusative\n\ncase\tஇல்\tஇல்\tlocative\n", MORPH);
        GrammarData d = GrammarLoader.load(Language.TAMIL, dir);
        assertEquals(2, d.slot("case").size());
        assertEquals("accusative", d.slot("case").get(0).gloss());
        assertEquals(3, d.unitCount());
    }

    @Test
    void damagedFilesAreReportedWithFileAndLine() throws IOException {
        writeGrammar("case\tஐ\tஐ\tacc\ncase\tக்கு\tக்கு\tdative\n", MORPH);
        var e = assertThrows(GrammarDataException.class, () -> GrammarLoader.load(Language.TAMIL, dir));
        assertTrue(e.getMessage().contains("affixes.tsv:2:") && e.getMessage().contains("not in the open form")
                && e.getMessage().contains("க்க்உ"), e.getMessage());

        writeGrammar("case\tஐ\n", MORPH);
        e = assertThrows(GrammarDataException.class, () -> GrammarLoader.load(Language.TAMIL, dir));
        assertTrue(e.getMessage().contains("affixes.tsv:1:") && e.getMessage().contains("field"), e.getMessage());

        writeGrammar("case\tஐ\tஇ\tacc\n", MORPH);
        e = assertThrows(GrammarDataException.class, () -> GrammarLoader.load(Language.TAMIL, dir));
        assertTrue(e.getMessage().contains("affixes.tsv:1:") && e.getMessage().contains("does not match"), e.getMessage());

        writeGrammar("case\tabc\tabc\tlatin\n", MORPH);
        e = assertThrows(GrammarDataException.class, () -> GrammarLoader.load(Language.TAMIL, dir));
        assertTrue(e.getMessage().contains("affixes.tsv:1:") && e.getMessage().contains("U+0061"), e.getMessage());

        writeGrammar("case\tஐ\tஐ\tacc\n", MORPH + "arc\tnoun\tC\tclitic\tCL\n");
        e = assertThrows(GrammarDataException.class, () -> GrammarLoader.load(Language.TAMIL, dir));
        assertTrue(e.getMessage().contains("morphotactics.tsv:5:") && e.getMessage().contains("'clitic'"), e.getMessage());

        writeGrammar("case\tஐ\tஐ\tacc\n", MORPH + "state\tnoun\tX\n");
        e = assertThrows(GrammarDataException.class, () -> GrammarLoader.load(Language.TAMIL, dir));
        assertTrue(e.getMessage().contains("morphotactics.tsv:5:") && e.getMessage().contains("unknown line kind"),
                e.getMessage());

        writeGrammar("case\tஐ\tஐ\tacc\n", "arc\tnoun\tstart\tnoun_stem\tN\n");
        e = assertThrows(GrammarDataException.class, () -> GrammarLoader.load(Language.TAMIL, dir));
        assertTrue(e.getMessage().contains("morphotactics.tsv") && e.getMessage().contains("no final state"),
                e.getMessage());

        Files.delete(dir.resolve("stems.tsv"));
        e = assertThrows(GrammarDataException.class, () -> GrammarLoader.load(Language.TAMIL, dir));
        assertTrue(e.getMessage().contains("stems.tsv") && e.getMessage().contains("missing"), e.getMessage());
    }
}
