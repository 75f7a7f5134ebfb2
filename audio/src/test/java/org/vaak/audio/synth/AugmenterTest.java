package org.vaak.audio.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AugmenterTest {
    private static float[] tone() {
        float[] x = new float[16000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / 16000.0));
        }
        return x;
    }

    private static List<float[]> bank() {
        List<float[]> b = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            b.add(Noise.WHITE.generate(4000 + 100 * i, new SplittableRandom(100 + i)));
        }
        return b;
    }

    @Test
    void sameSeedSameResult() {
        Augmenter a = new Augmenter(Augmentation.DEFAULT, 16000, bank());
        float[] x = tone();
        for (long seed = 0; seed < 20; seed++) {
            Augmenter.Result r1 = a.apply(x, new SplittableRandom(seed));
            Augmenter.Result r2 = a.apply(x, new SplittableRandom(seed));
            assertArrayEquals(r1.samples(), r2.samples());
            assertEquals(r1.description(), r2.description());
        }
    }

    @Test
    void noAugmentationLeavesTheSignal() {
        Augmenter a = new Augmenter(Augmentation.NONE, 16000, List.of());
        float[] x = tone();
        Augmenter.Result r = a.apply(x, new SplittableRandom(1));
        assertArrayEquals(x, r.samples());
        assertEquals("none", r.description());
    }

    @Test
    void sharesAndKindsFollowTheSettings() {
        Augmenter a = new Augmenter(Augmentation.DEFAULT, 16000, bank());
        float[] x = new float[1600];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.3 * Math.sin(i * 0.1));
        }
        int n = 2000;
        Map<String, Integer> counts = new HashMap<>();
        for (int seed = 0; seed < n; seed++) {
            Augmenter.Result r = a.apply(x, new SplittableRandom(seed));
            float peak = Signals.peak(r.samples());
            assertTrue(peak <= 0.9801f, "peak " + peak);
            for (String part : r.description().split(";")) {
                counts.merge(part.split("[ =]")[0], 1, Integer::sum);
            }
        }
        // 50% augmented; of those 40% reverb; noise 70%, or always when no reverb was drawn: 0.7 + 0.3 * 0.6.
        assertEquals(0.5, counts.get("none") / (double) n, 0.04);
        assertEquals(0.5 * 0.4, counts.get("reverb") / (double) n, 0.03);
        int noise = counts.get("white") + counts.get("pink") + counts.get("brown") + counts.get("babble");
        assertEquals(0.5 * 0.88, noise / (double) n, 0.04);
        for (String k : List.of("white", "pink", "brown", "babble")) {
            assertEquals(0.25, counts.get(k) / (double) noise, 0.05, k);
        }
        assertEquals(0.5, counts.get("gain") / (double) n, 0.04);
        assertFalse(counts.containsKey(""));
    }
}
