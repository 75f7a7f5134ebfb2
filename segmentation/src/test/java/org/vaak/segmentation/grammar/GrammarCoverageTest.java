package org.vaak.segmentation.grammar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.corpus.WordCounts;

class GrammarCoverageTest {
    @Test
    void countsTokensAndTypesPerPath() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("படித்தான்", 3L);
        m.put("மரத்தை", 2L);
        m.put("ஸ்கேனர்களை", 1L);
        m.put("ஸ்கேனர்", 4L);
        WordCounts test = WordCounts.of(Language.TAMIL, m, "tiny");
        GrammarCoverage c = GrammarCoverage.measure(new KnowledgeSegmenter(Grammars.hand(Language.TAMIL)), test, 2);
        assertEquals(10, c.tokens());
        assertEquals(4, c.types());
        assertEquals(5, c.grammarTokens());
        assertEquals(2, c.grammarTypes());
        assertEquals(0.5, c.tokenShare(), 1e-12);
        assertArrayEquals(new long[] {3, 1}, c.bySource().get("grammar/verb"));
        assertArrayEquals(new long[] {2, 1}, c.bySource().get("grammar/noun"));
        assertArrayEquals(new long[] {1, 1}, c.bySource().get("heuristic/suffix-chain"));
        assertArrayEquals(new long[] {4, 1}, c.bySource().get("heuristic/whole-word"));
        String md = c.toMarkdown();
        assertTrue(md.startsWith("grammar parses 50.0% of 10 tokens, 50.0% of 4 types"), md);
        assertTrue(md.contains("| heuristic/suffix-chain | 1 | 10.0 | 1 | 25.0 | ஸ்கேனர்களை = ஸ்கேனர் + கள் + ஐ |"), md);
    }
}
