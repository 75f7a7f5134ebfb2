package org.vaak.segmentation.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A model written by IRSTLM (tlm, improved Kneser-Ney, trigram) read by vaak gives the scores IRSTLM's
 * compile-lm gives (natural log, full precision); files made by bench/lm/irstlm-fixture.sh.
 */
class IrstlmGoldenTest {
    @Test
    void scoresEqualIrstlms() throws IOException {
        NgramModel m = LmTestSupport.arpa(ArpaTest.fixture("irstlm/model.arpa"));
        assertEquals(3, m.order());
        int checked = 0;
        int backedOff = 0;
        for (String line : ArpaTest.fixture("irstlm/scores.tsv").split("\n")) {
            String[] f = line.split("\t");
            String[] ws = f[1].split(" ");
            int[] ids = new int[ws.length];
            for (int i = 0; i < ws.length; i++) {
                ids[i] = m.id(ws[i]);
                assertTrue(ids[i] >= 0, ws[i]);
            }
            double expected = Double.parseDouble(f[2]);
            double got = m.logProb(ids, 2, ids[2]) * Math.log(10);
            assertEquals(expected, got, 1e-5, line);
            checked++;
            backedOff += m.find(ids, 0, 3) < 0 ? 1 : 0;
        }
        assertEquals(98, checked);
        assertTrue(backedOff > 20, "the shuffled sentences exercise back-off: " + backedOff);
    }

    @Test
    void irstlmModelAsGrammarFst() throws IOException {
        NgramModel m = LmTestSupport.arpa(ArpaTest.fixture("irstlm/model.arpa"));
        GrammarFstTest.assertPathsMatch(m, new Random(2), 100);
    }
}
