package org.vaak.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.audio.FeatureConfig;
import org.vaak.audio.FeatureExtractor;
import org.vaak.audio.AudioFiles;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.GraphemeToPhoneme;
import org.vaak.lexicons.g2p.PhoneSet;

class DataTest {

    @Test
    void labelsAreG2pPhonesIndexedInPhoneSetOrderPlusOne() {
        PhoneLabels labels = new PhoneLabels(Language.TAMIL);
        List<String> order = PhoneSet.of(Language.TAMIL).phones().stream().map(p -> p.name()).toList();
        assertEquals(order, labels.phones());
        List<String> ph = new ArrayList<>(GraphemeToPhoneme.of(Language.TAMIL).phones("அம்மா"));
        ph.addAll(GraphemeToPhoneme.of(Language.TAMIL).phones("பால்"));
        int[] expected = ph.stream().mapToInt(p -> order.indexOf(p) + 1).toArray();
        assertArrayEquals(expected, labels.tokens("அம்மா பால்"));
        // punctuation and Latin are dropped, spacing does not matter
        assertArrayEquals(expected, labels.tokens("  அம்மா, \"பால்\". 42 "));
        assertEquals(0, labels.tokens("... 12").length);
        assertTrue(Arrays.stream(expected).allMatch(t -> t >= 1 && t <= order.size()));
    }

    @Test
    void batchesCoverEveryUtteranceOnceWithinTheFrameLimitAndDependOnSeedAndEpoch() {
        SplittableRandom r = new SplittableRandom(1);
        int[] frames = new int[300];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = 50 + r.nextInt(900);
        }
        LengthBatcher b = new LengthBatcher(4000, 16);
        List<int[]> e0 = b.epoch(frames, 7, 0);
        int[] seen = new int[frames.length];
        for (int[] batch : e0) {
            int max = Arrays.stream(batch).map(i -> frames[i]).max().orElseThrow();
            assertTrue(batch.length * max <= 4000 || batch.length == 1);
            assertTrue(batch.length <= 16);
            for (int i : batch) {
                seen[i]++;
            }
        }
        assertTrue(Arrays.stream(seen).allMatch(c -> c == 1));
        List<int[]> again = b.epoch(frames, 7, 0);
        assertEquals(e0.size(), again.size());
        for (int i = 0; i < e0.size(); i++) {
            assertArrayEquals(e0.get(i), again.get(i));
        }
        assertNotEquals(Arrays.toString(e0.get(0)), Arrays.toString(b.epoch(frames, 7, 1).get(0)));
    }

    @Test
    void specAugmentMasksWholeBandsAndBoundedTime() {
        SpecAugment sa = new SpecAugment(2, 10, 100, 20, 0.2);
        int frames = 400;
        int bins = 80;
        float[] x = new float[frames * bins];
        Arrays.fill(x, 1f);
        sa.apply(x, 0, frames, bins, new SplittableRandom(3));
        int zeroBins = 0;
        for (int k = 0; k < bins; k++) {
            boolean all = true;
            for (int t = 0; t < frames; t++) {
                all &= x[t * bins + k] == 0f;
            }
            zeroBins += all ? 1 : 0;
        }
        int zeroFrames = 0;
        for (int t = 0; t < frames; t++) {
            boolean all = true;
            for (int k = 0; k < bins; k++) {
                all &= x[t * bins + k] == 0f;
            }
            zeroFrames += all ? 1 : 0;
        }
        assertTrue(zeroBins <= 20, "bins " + zeroBins);
        assertTrue(zeroFrames <= 80, "frames " + zeroFrames);
        assertTrue(zeroBins + zeroFrames > 0);
        float[] y = new float[frames * bins];
        Arrays.fill(y, 1f);
        sa.apply(y, 0, frames, bins, new SplittableRandom(3));
        assertArrayEquals(x, y);
    }

    @Test
    void feasibilityCountsFramesAgainstLabelsPlusRepeats() {
        // 10 input frames: 5 output frames at subsampling 2, 3 at 4
        int[] frames = {10, 10};
        List<int[]> labels = List.of(new int[] {1, 1, 2}, new int[] {1, 2});
        CtcFeasibility two = CtcFeasibility.of(2, frames, labels);
        CtcFeasibility four = CtcFeasibility.of(4, frames, labels);
        assertEquals(0, two.infeasible());
        assertEquals(1, four.infeasible()); // {1, 1, 2} needs 4 frames
        assertEquals(0.75, four.minRatio(), 1e-12);
        assertEquals(5 / 4.0, two.minRatio(), 1e-12);
    }

    @Test
    void featureCacheIsBuiltOnceAndRebuiltWhenTheManifestChanges(@TempDir Path dir) throws Exception {
        TinyCorpus.write(dir, 3, 1);
        Path cache = dir.resolve("cache/train.features.safetensors");
        FeatureCache.Features a = FeatureCache.load(dir.resolve("train.jsonl"), cache, FeatureConfig.DEFAULT, 2);
        float[][] direct = FeatureExtractor.compute(AudioFiles.read(dir.resolve("train1.wav"), 16000).samples(),
                FeatureConfig.DEFAULT);
        assertEquals(direct.length, a.frames(1));
        for (int t = 0; t < direct.length; t += 7) {
            for (int k = 0; k < 80; k += 9) {
                assertEquals(direct[t][k], a.get(1, t, k), Math.abs(direct[t][k]) * 1e-3 + 1e-3);
            }
        }
        long modified = Files.getLastModifiedTime(cache).toMillis();
        Thread.sleep(20);
        FeatureCache.Features b = FeatureCache.load(dir.resolve("train.jsonl"), cache, FeatureConfig.DEFAULT, 2);
        assertEquals(modified, Files.getLastModifiedTime(cache).toMillis());
        assertArrayEquals(a.halfs(), b.halfs());
        Files.writeString(dir.resolve("train.jsonl"), Files.readAllLines(dir.resolve("train.jsonl")).get(0) + "\n");
        FeatureCache.Features c = FeatureCache.load(dir.resolve("train.jsonl"), cache, FeatureConfig.DEFAULT, 2);
        assertEquals(1, c.utterances().size());
        assertEquals(a.frames(0), c.frames(0));
        Files.writeString(dir.resolve("bad.jsonl"), "{\"audio_filepath\":\"missing.wav\",\"duration\":1,\"text\":\"x\"}\n");
        var e = assertThrows(java.io.IOException.class,
                () -> FeatureCache.load(dir.resolve("bad.jsonl"), dir.resolve("bad.st"), FeatureConfig.DEFAULT, 1));
        assertTrue(e.getMessage().contains("missing.wav"), e.getMessage());
    }
}
