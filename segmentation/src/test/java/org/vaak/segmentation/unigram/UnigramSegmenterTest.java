package org.vaak.segmentation.unigram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.corpus.CorpusInfo;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.dict.SubwordDictionary.Unit;

class UnigramSegmenterTest {
    // மரங்களை = ம | ர | ங்க | ளை
    private static final SubwordDictionary TA = new SubwordDictionary(Language.TAMIL, "unigram-ml", Map.of(),
            List.of(new Unit("மர", -1.0), new Unit("ங்களை", -1.5), new Unit("மரங்க", -2.0), new Unit("ம", -3.0),
                    new Unit("ர", -3.0), new Unit("ங்க", -3.0), new Unit("ளை", -3.0)),
            List.of(), new CorpusInfo("test", 0, 0, ""), Map.of());

    private final UnigramSegmenter seg = new UnigramSegmenter(TA);

    @Test
    void bestPathByHand() {
        // மர + ங்களை = -2.5 beats மரங்க + ளை = -5 and ம + ர + ங்களை = -7.5
        Segmentation s = seg.segment("மரங்களை");
        assertEquals(List.of("மர", "ங்களை"), s.pieces());
        assertEquals(2.5, s.cost(), 1e-12);
        assertEquals("dictionary", s.source());
        assertEquals("unigram-ml", s.detail());
        assertEquals(List.of("மரங்க"), seg.segment("மரங்க").pieces());
        assertEquals(List.of("ர", "ம"), seg.segment("ரம").pieces());
    }

    @Test
    void unknownAksharaIsOnePieceWithPenalty() {
        assertEquals(-13.0, seg.unknownLogProb(), 0);
        Segmentation s = seg.segment("மரகை");
        assertEquals(List.of("மர", "கை"), s.pieces());
        assertEquals(1.0 + 13.0, s.cost(), 1e-12);
        Segmentation latin = seg.segment("மரx");
        assertEquals(List.of("மர", "x"), latin.pieces());
    }

    @Test
    void logLikelihoodSumsAllSegmentations() {
        // மரங்களை: மர+ங்களை (-2.5), மரங்க+ளை (-5), மர+ங்க+ளை (-7), ம+ர+ங்களை (-7.5), ம+ர+ங்க+ளை (-12)
        double expected = Math.log(Math.exp(-2.5) + Math.exp(-5) + Math.exp(-7) + Math.exp(-7.5) + Math.exp(-12));
        assertEquals(expected, seg.logLikelihood("மரங்களை"), 1e-12);
        // மர+கை (-1-13) and ம+ர+கை (-3-3-13); கை is unknown (-13)
        assertEquals(Math.log(Math.exp(-14) + Math.exp(-19)), seg.logLikelihood("மரகை"), 1e-12);
        assertEquals(0.0, seg.logLikelihood(""), 0);
    }

    @Test
    void nBestInScoreOrder() {
        List<Segmentation> best = seg.nBest("மரங்களை", 4);
        assertEquals(4, best.size());
        assertEquals(List.of("மர", "ங்களை"), best.get(0).pieces());
        assertEquals(List.of("மரங்க", "ளை"), best.get(1).pieces());
        assertEquals(List.of("மர", "ங்க", "ளை"), best.get(2).pieces());
        assertEquals(List.of("ம", "ர", "ங்களை"), best.get(3).pieces());
        assertEquals(List.of(2.5, 5.0, 7.0, 7.5), best.stream().map(Segmentation::cost).toList());
        assertEquals(5, seg.nBest("மரங்களை", 10).size(), "the word has five segmentations");
        assertEquals(seg.segment("மரகை"), seg.nBest("மரகை", 1).get(0));
        assertEquals(List.of(), seg.nBest("", 3).get(0).pieces());
    }

    @Test
    void emptyWord() {
        Segmentation s = seg.segment("");
        assertEquals(List.of(), s.pieces());
        assertEquals(0.0, s.cost(), 0);
    }

    @Test
    void tiesGoToTheLongerLastUnit() {
        SubwordDictionary d = new SubwordDictionary(Language.TAMIL, "unigram-viterbi", Map.of(),
                List.of(new Unit("க", -1.0), new Unit("கக", -2.0)), List.of(), new CorpusInfo("t", 0, 0, ""), Map.of());
        UnigramSegmenter s = new UnigramSegmenter(d);
        // க|கக, கக|க and க|க|க all score -3.
        assertEquals(List.of("க", "கக"), s.segment("ககக").pieces());
        assertEquals("unigram-viterbi", s.segment("க").detail());
    }

    @Test
    void kannadaClusterIsNeverSplit() {
        SubwordDictionary d = new SubwordDictionary(Language.KANNADA, "unigram-ml", Map.of(),
                List.of(new Unit("ಮರ", -1.0), new Unit("ವನ್ನು", -1.0), new Unit("ನ್", -0.1), new Unit("ನು", -0.1)),
                List.of(), new CorpusInfo("t", 0, 0, ""), Map.of());
        Segmentation s = new UnigramSegmenter(d).segment("ಮರವನ್ನು");
        assertEquals(List.of("ಮರ", "ವನ್ನು"), s.pieces());
        assertTrue(s.cost() > 0);
    }
}
