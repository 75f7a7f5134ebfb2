package org.vaak.asr.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.lexicons.Language;

class SubwordLexiconTest {
    @TempDir
    Path dir;

    static Map<String, Float> prons(Lexicon lex, String unit) {
        Map<String, Float> out = new TreeMap<>();
        for (Lexicon.Entry e : lex.entries()) {
            if (e.unit().equals(unit)) {
                out.put(String.join(" ", e.phones()), e.cost());
            }
        }
        return out;
    }

    @Test
    void variantsFollowTheMarker() {
        Lexicon lex = SubwordLexicon.build(Language.TAMIL, List.of("கள்", "படி@@", "த்த்@@", "ஆன்", "12"), null);
        // word-final கள்: voiceless word-initially or after a stop, ɣ after a vowel, ɡ after a nasal or ர்
        assertEquals(Map.of("k a l`", 0f, "G a l`", 0f, "g a l`", 0f), prons(lex, "கள்"));
        // a word-initial-or-not ப: p (initial, after a stop), b (after a vowel), and after a nasal b too
        assertEquals(Map.of("p a d` i", 0f, "b a d` i", 0f), prons(lex, "படி@@"));
        assertEquals(Map.of("t_d t_d", 0f), prons(lex, "த்த்@@"));
        assertEquals(Map.of("a: n", 0f), prons(lex, "ஆன்"));
        assertEquals(List.of("12"), List.copyOf(lex.skipped().keySet()));
    }

    @Test
    void countsFromMarkedTextWeighTheVariants() throws Exception {
        Path text = dir.resolve("marked.txt");
        // கள் after a vowel (மலை) twice, after a nasal (மரங்) once, never voiceless
        Files.writeString(text, "மலை@@ கள் மலை@@ கள்\nமரங்@@ கள்\n");
        PronunciationCounts pc = PronunciationCounts.fromMarkedText(text, Language.TAMIL);
        assertEquals(Map.of(List.of("G", "a", "l`"), 2L, List.of("g", "a", "l`"), 1L), pc.of("கள்"));
        Lexicon lex = SubwordLexicon.build(Language.TAMIL, List.of("கள்"), pc);
        Map<String, Float> p = prons(lex, "கள்");
        assertEquals(0f, p.get("G a l`"));
        assertEquals((float) -Math.log(2.0 / 3.0), p.get("g a l`"), 1e-6f);
        assertEquals((float) -Math.log(1.0 / 3.0), p.get("k a l`"), 1e-6f);
    }

    @Test
    void wordsArePronouncedOnce() {
        Lexicon lex = WordLexicon.build(Language.TAMIL, List.of("படித்தான்", "abc"));
        assertEquals(Map.of("p a d` i t_d t_d a: n", 0f), prons(lex, "படித்தான்"));
        assertEquals(List.of("abc"), List.copyOf(lex.skipped().keySet()));
    }
}
