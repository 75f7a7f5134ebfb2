package org.vaak.asr.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.FstBuilder;

class BeamDecoderTest {
    static final List<String> PHONES = List.of("a", "b", "c");
    // tokens: 0 blank, 1 a, 2 b, 3 c
    static final int[] AB_CA = {0, 0, 1, 1, 0, 2, 0, 0, 3, 1, 1, 0};

    static Map<String, List<String>> lexicon() {
        Map<String, List<String>> lex = new LinkedHashMap<>();
        lex.put("ab", List.of("a", "b"));
        lex.put("ca", List.of("c", "a"));
        return lex;
    }

    @Test
    void twoWordsWithExactFramesForBothLabelPositions() {
        for (boolean atStart : new boolean[] {true, false}) {
            CompactFst g = CtcGraphs.wordLoop(PHONES, lexicon(), atStart, 0.5f);
            BeamDecoder d = new BeamDecoder(g, 4, DecoderConfig.DEFAULT);
            DecodeResult r = d.decode(CtcGraphs.peaky(4, AB_CA, 0.9));
            assertEquals("ab ca", r.text(), "output at start: " + atStart);
            assertTrue(r.reachedFinal());
            assertEquals(12, r.frames());
            DecodedUnit ab = r.units().get(0);
            DecodedUnit ca = r.units().get(1);
            assertEquals(2, ab.firstFrame());
            assertEquals(5, ab.lastFrame());
            assertEquals(8, ca.firstFrame());
            assertEquals(10, ca.lastFrame());
            // the cost: two words (0.5 each), every frame -ln 0.9
            assertEquals(1.0 + 12 * -Math.log(0.9), r.cost(), 1e-4);
            assertTrue(ab.confidence() > 0.99 && ca.confidence() > 0.99, r.toString());
        }
    }

    @Test
    void insertionPenaltyIsChargedPerOutputLabelAndTradesUnitsForLength() {
        Map<String, List<String>> lex = lexicon();
        lex.put("abca", List.of("a", "b", "c", "a"));
        CompactFst g = CtcGraphs.wordLoop(PHONES, lex, true, 0.5f);
        float[][] lp = CtcGraphs.peaky(4, AB_CA, 0.9);
        double acoustic = 12 * -Math.log(0.9);
        // one word (0.5) beats two (1.0) without a penalty
        DecodeResult plain = new BeamDecoder(g, 4, DecoderConfig.DEFAULT).decode(lp);
        assertEquals("abca", plain.text());
        assertEquals(0.5 + acoustic, plain.cost(), 1e-4);
        // -1 per word: abca -0.5, ab ca 1.0 - 2 = -1.0
        DecodeResult more = new BeamDecoder(g, 4, DecoderConfig.DEFAULT.withInsertionPenalty(-1)).decode(lp);
        assertEquals("ab ca", more.text());
        assertEquals(-1.0 + acoustic, more.cost(), 1e-4);
        // +0.75 per word: abca 1.25, ab ca 2.5
        DecodeResult fewer = new BeamDecoder(g, 4, DecoderConfig.DEFAULT.withInsertionPenalty(0.75)).decode(lp);
        assertEquals("abca", fewer.text());
        assertEquals(1.25 + acoustic, fewer.cost(), 1e-4);
        assertThrows(IllegalArgumentException.class, () -> DecoderConfig.DEFAULT.withInsertionPenalty(Double.NaN));
    }

    @Test
    void wordPenaltyIsChargedWhereASubwordEndsAWord() {
        Map<String, List<String>> lex = new LinkedHashMap<>();
        lex.put("ab@@", List.of("a", "b"));
        lex.put("ab", List.of("a", "b"));
        lex.put("ca", List.of("c", "a"));
        CompactFst g = CtcGraphs.wordLoop(PHONES, lex, true, 0.5f);
        float[][] lp = CtcGraphs.peaky(4, AB_CA, 0.9);
        double acoustic = 12 * -Math.log(0.9);
        // two words end in "ab ca", one in "ab@@ ca"; both emit two units
        DecodeResult split = new BeamDecoder(g, 4, DecoderConfig.DEFAULT.withWordPenalty(-0.25)).decode(lp);
        assertEquals("ab ca", split.text());
        assertEquals(1.0 - 0.5 + acoustic, split.cost(), 1e-4);
        DecodeResult glued = new BeamDecoder(g, 4, DecoderConfig.DEFAULT.withWordPenalty(0.25)).decode(lp);
        assertEquals("ab@@ ca", glued.text());
        assertEquals(1.0 + 0.25 + acoustic, glued.cost(), 1e-4);
        // both penalties: 2 units x 0.5 + 1 word x 0.25
        DecodeResult both = new BeamDecoder(g, 4, DecoderConfig.DEFAULT.withWordPenalty(0.25).withInsertionPenalty(0.5))
                .decode(lp);
        assertEquals("ab@@ ca", both.text());
        assertEquals(1.0 + 1.0 + 0.25 + acoustic, both.cost(), 1e-4);
    }

    @Test
    void explicitTimingModeOverridesDetection() {
        CompactFst g = CtcGraphs.wordLoop(PHONES, lexicon(), true, 0.5f);
        DecodeResult r = new BeamDecoder(g, 4, DecoderConfig.DEFAULT.withTiming(TimingMode.END))
                .decode(CtcGraphs.peaky(4, AB_CA, 0.9));
        // labels sit on the first phone, so END timing gives each word its own first frame plus the
        // frames of the previous word: "ab" owns frame 2, "ca" owns 3..8
        assertEquals(2, r.units().get(0).firstFrame());
        assertEquals(2, r.units().get(0).lastFrame());
        assertEquals(3, r.units().get(1).firstFrame());
        assertEquals(8, r.units().get(1).lastFrame());
    }

    @Test
    void ambiguousWordHasLowerConfidence() {
        Map<String, List<String>> lex = lexicon();
        lex.put("ac", List.of("a", "c"));
        CompactFst g = CtcGraphs.wordLoop(PHONES, lex, true, 0.5f);
        float[][] lp = CtcGraphs.peaky(4, new int[] {0, 3, 0, 1, 0, 0, 1, 0, 2, 0}, 0.98);
        // frame 8: b 0.6, c 0.4 (blank and a share nothing)
        lp[8] = new float[] {(float) Math.log(1e-6), (float) Math.log(1e-6), (float) Math.log(0.6),
            (float) Math.log(0.4)};
        DecodeResult r = new BeamDecoder(g, 4, DecoderConfig.DEFAULT).decode(lp);
        assertEquals("ca ab", r.text());
        double sure = r.units().get(0).confidence();
        double unsure = r.units().get(1).confidence();
        assertTrue(sure > 0.99, "ca: " + sure);
        assertEquals(0.6, unsure, 0.02, "ab against ac");
        // a lattice beam of 0 keeps no alternative: every unit of the best path has posterior 1
        DecodeResult flat = new BeamDecoder(g, 4, DecoderConfig.DEFAULT.withLatticeBeam(0)).decode(lp);
        assertEquals(1.0, flat.units().get(1).confidence(), 1e-9);
    }

    @Test
    void fallsBackToBestTokenWhenNoFinalStateIsReached() {
        FstBuilder b = new FstBuilder();
        int s0 = b.addState();
        int s1 = b.addState();
        int s2 = b.addState();
        b.setStart(s0);
        b.addArc(s0, 2, 1, 0f, s1); // a : x
        b.addArc(s1, 1, 0, 0f, s1);
        b.addArc(s1, 3, 2, 0f, s2); // b : y
        b.setFinal(s2, 0f);
        CompactFst g = b.build(CtcGraphs.inputSymbols("a", "b"), new String[] {"<eps>", "x", "y"});
        BeamDecoder d = new BeamDecoder(g, 3, DecoderConfig.DEFAULT);
        float[][] lp = CtcGraphs.peaky(3, new int[] {1, 0, 0}, 0.9);
        lp[1][2] = Float.NEGATIVE_INFINITY; // b impossible: the final state cannot be reached
        lp[2][2] = Float.NEGATIVE_INFINITY;
        DecodeResult r = d.decode(lp);
        assertFalse(r.reachedFinal());
        assertEquals(3 * -Math.log(0.9), r.cost(), 1e-5);
        assertEquals("x", r.text());
        DecodeResult full = d.decode(CtcGraphs.peaky(3, new int[] {1, 0, 2}, 0.9));
        assertTrue(full.reachedFinal());
        assertEquals("x y", full.text());
    }

    @Test
    void partialResultFollowsTheBestToken() {
        CompactFst g = CtcGraphs.wordLoop(PHONES, lexicon(), true, 0.5f);
        BeamDecoder d = new BeamDecoder(g, 4, DecoderConfig.DEFAULT);
        float[][] lp = CtcGraphs.peaky(4, AB_CA, 0.9);
        for (int t = 0; t < 4; t++) {
            d.advance(lp[t]);
        }
        assertEquals("ab", d.partial().text());
        assertTrue(Double.isNaN(d.partial().units().get(0).confidence()));
        for (int t = 4; t < lp.length; t++) {
            d.advance(lp[t]);
        }
        assertEquals("ab ca", d.partial().text());
        assertEquals("ab ca", d.finish().text());
    }

    @Test
    void blankSkippingSkipsConfidentBlankFramesAndKeepsTheWords() {
        CompactFst g = CtcGraphs.wordLoop(PHONES, lexicon(), true, 0.5f);
        float[][] lp = CtcGraphs.peaky(4, AB_CA, 0.9);
        lp[0] = CtcGraphs.peaky(4, new int[] {0}, 0.999)[0];
        lp[7] = CtcGraphs.peaky(4, new int[] {0}, 0.999)[0];
        BeamDecoder d = new BeamDecoder(g, 4, DecoderConfig.DEFAULT.withBlankSkip(0.995));
        DecodeResult r = d.decode(lp);
        assertEquals(2, d.skippedFrames());
        DecodeResult exact = new BeamDecoder(g, 4, DecoderConfig.DEFAULT).decode(lp);
        // same words and frames and the same total cost; confidences move slightly because the skipped
        // frames no longer separate competing paths
        assertEquals(exact.text(), r.text());
        for (int i = 0; i < exact.units().size(); i++) {
            assertEquals(exact.units().get(i).firstFrame(), r.units().get(i).firstFrame());
            assertEquals(exact.units().get(i).lastFrame(), r.units().get(i).lastFrame());
            assertEquals(exact.units().get(i).confidence(), r.units().get(i).confidence(), 1e-3);
        }
        assertEquals(exact.cost(), r.cost(), 1e-3);
    }

    @Test
    void histogramPruningKeepsTheWinnerOnAClearInput() {
        CompactFst g = CtcGraphs.wordLoop(PHONES, lexicon(), false, 0.5f);
        DecodeResult r = new BeamDecoder(g, 4, DecoderConfig.DEFAULT.withMaxActive(2))
                .decode(CtcGraphs.peaky(4, AB_CA, 0.9));
        assertEquals("ab ca", r.text());
    }

    @Test
    void rejectsBadInput() {
        CompactFst g = CtcGraphs.wordLoop(PHONES, lexicon(), true, 0.5f);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BeamDecoder(g, 3,
                DecoderConfig.DEFAULT));
        assertTrue(e.getMessage().contains("input label 4"), e.getMessage());
        BeamDecoder d = new BeamDecoder(g, 4, DecoderConfig.DEFAULT);
        assertThrows(IllegalArgumentException.class, () -> d.advance(new float[3]));
        assertThrows(IllegalArgumentException.class, () -> d.advance(new float[] {0, Float.NaN, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new BeamDecoder(CompactFst.empty(), 4,
                DecoderConfig.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> DecoderConfig.DEFAULT.withBeam(0));
        assertThrows(IllegalArgumentException.class, () -> DecoderConfig.DEFAULT.withBlankSkip(1.5));
    }

    @Test
    void emptyInputGivesEmptyResult() {
        CompactFst g = CtcGraphs.wordLoop(PHONES, lexicon(), true, 0.5f);
        DecodeResult r = new BeamDecoder(g, 4, DecoderConfig.DEFAULT).decode(new float[0][]);
        assertEquals("", r.text());
        assertTrue(r.reachedFinal());
        assertEquals(0.0, r.cost(), 0.0);
    }
}
