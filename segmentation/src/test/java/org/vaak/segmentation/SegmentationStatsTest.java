package org.vaak.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Aksharas;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.eval.SegmentationStats;

class SegmentationStatsTest {
    /** Splits after the first akshara; words of one akshara stay whole. */
    private static final Segmenter FIRST_AKSHARA = new Segmenter() {
        @Override
        public Language language() {
            return Language.TAMIL;
        }

        @Override
        public Segmentation segment(String word) {
            List<String> a = Aksharas.split(word, Language.TAMIL);
            if (a.size() == 1) {
                return Segmentation.whole(word, "passthrough", "");
            }
            return new Segmentation(word, List.of(a.get(0), word.substring(a.get(0).length())), "dictionary", "test", 0);
        }
    };

    @Test
    void countsPiecesCoverageAndSources() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("படித்தான்", 3L); // ப + டித்தான்
        m.put("கை", 1L); // whole
        WordCounts wc = WordCounts.of(Language.TAMIL, m, "mem");
        SegmentationStats s = SegmentationStats.measure(FIRST_AKSHARA, wc, Set.of("ப", "கை"));
        assertEquals(4, s.tokens());
        assertEquals(2, s.types());
        assertEquals((3 * 2 + 1) / 4.0, s.piecesPerToken(), 1e-12);
        assertEquals(1.5, s.piecesPerType(), 1e-12);
        assertEquals(1 / 4.0, s.tokensCovered(), 1e-12); // only கை has all pieces known
        assertEquals((3 + 1) / 7.0, s.piecesCovered(), 1e-12);
        assertEquals(0.25, s.wholeTokens(), 1e-12);
        assertEquals(1.0, s.exactTypes(), 1e-12);
        assertNull(s.firstInexact());
        assertEquals(0.75, s.share("dictionary"), 1e-12);
        assertEquals(Map.of("dictionary/test", 3L, "passthrough", 1L), s.tokensBySource());
    }
}
