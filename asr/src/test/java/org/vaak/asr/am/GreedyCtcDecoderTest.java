package org.vaak.asr.am;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GreedyCtcDecoderTest {
    private static float[][] frames(int tokens, int... best) {
        float[][] f = new float[best.length][tokens];
        for (int i = 0; i < best.length; i++) {
            java.util.Arrays.fill(f[i], -5);
            f[i][best[i]] = -0.1f;
        }
        return f;
    }

    @Test
    void collapsesRepeatsAndDropsBlanks() {
        assertArrayEquals(new int[] {3, 3, 2, 1}, GreedyCtcDecoder.decode(frames(4, 0, 3, 3, 0, 3, 2, 2, 0, 0, 1)));
        assertArrayEquals(new int[] {}, GreedyCtcDecoder.decode(frames(4, 0, 0)));
        assertArrayEquals(new int[] {}, GreedyCtcDecoder.decode(new float[0][]));
        assertArrayEquals(new int[] {2}, GreedyCtcDecoder.decode(frames(3, 2, 2, 2)));
    }

    @Test
    void tiesGoToTheLowerToken() {
        assertArrayEquals(new int[] {}, GreedyCtcDecoder.decode(new float[][] {{-1, -1}}));
        assertArrayEquals(new int[] {1}, GreedyCtcDecoder.decode(new float[][] {{-2, -1, -1}}));
    }

    @Test
    void phonesNamedByTheModel(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        ConformerCtcModel m = ConformerCtcModel.load(AmFixtures.model("am-sub2", dir), Precision.FP32);
        assertEquals(List.of(m.phone(2), m.phone(5)), GreedyCtcDecoder.phones(m, frames(m.numTokens(), 2, 0, 5)));
    }
}
