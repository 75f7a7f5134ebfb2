package org.vaak.asr.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vaak.segmentation.fst.CompactFst;

/**
 * A long input (200,000 frames, over half an hour at 10 ms) fed frame by frame: the back-pointer arrays
 * hold what the output needs (the best path and its lattice alternatives), not a token per frame.
 */
class LongInputMemoryTest {
    @Test
    void backPointersGrowWithTheOutputOnly() {
        Map<String, List<String>> lex = new LinkedHashMap<>();
        lex.put("ab", List.of("a", "b"));
        lex.put("ac", List.of("a", "c"));
        lex.put("ca", List.of("c", "a"));
        CompactFst g = CtcGraphs.wordLoop(List.of("a", "b", "c"), lex, true, 0.5f);
        int[][] words = {{0, 1, 1, 0, 2, 0, 0, 0, 0, 0}, {0, 3, 0, 1, 1, 0, 0, 0, 0, 0}};
        float[][][] frames = {CtcGraphs.peaky(4, words[0], 0.95), CtcGraphs.peaky(4, words[1], 0.95)};
        int perWord = words[0].length;
        int n = 200_000 / perWord;
        for (double latticeBeam : new double[] {0, DecoderConfig.DEFAULT.latticeBeam()}) {
            BeamDecoder d = new BeamDecoder(g, 4, DecoderConfig.DEFAULT.withLatticeBeam(latticeBeam));
            int maxStored = 0;
            for (int w = 0; w < n; w++) {
                for (float[] f : frames[w % 2]) {
                    d.advance(f);
                }
                maxStored = Math.max(maxStored, d.storedEvents());
            }
            DecodeResult r = d.finish();
            assertEquals(n, r.units().size());
            assertEquals("ab", r.units().get(0).symbol());
            assertEquals("ca", r.units().get(n - 1).symbol());
            assertEquals((n - 1) * perWord + 1, r.units().get(n - 1).firstFrame());
            // what is stored: the best path (one event per word) plus, with a lattice beam, a bounded
            // number of alternatives per word; never an entry per frame
            int perWordBound = latticeBeam == 0 ? 2 : MAX_PER_WORD;
            assertTrue(maxStored < perWordBound * n + 8192, "lattice beam " + latticeBeam + ": stored " + maxStored
                    + " for " + n + " words");
            assertTrue(d.eventCapacity() < 4 * (perWordBound * n + 8192), "capacity " + d.eventCapacity());
        }
    }

    static final int MAX_PER_WORD = 40;
}
