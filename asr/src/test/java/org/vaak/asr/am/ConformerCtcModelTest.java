package org.vaak.asr.am;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vaak.audio.FeatureConfig;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.PhoneSet;
import org.vaak.runtime.SafeTensors;

/** The runtime network against the PyTorch reference, its receptive field, block processing and int8. */
class ConformerCtcModelTest {
    /** fp32 against the float64 reference: absolute error of any log-posterior (measured: 2.4e-6). */
    static final double FP32_TOLERANCE = 2e-5;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"am-sub2", "am-sub4"})
    void fp32MatchesThePyTorchReference(String name) throws Exception {
        ConformerCtcModel m = ConformerCtcModel.load(AmFixtures.model(name, dir), Precision.FP32);
        SafeTensors io = AmFixtures.io(name);
        float[][] want = AmFixtures.rows(io, "log_posteriors");
        float[][] got = m.logPosteriors(AmFixtures.rows(io, "features"));
        double err = AmFixtures.maxAbsDiff(want, got);
        assertTrue(err < FP32_TOLERANCE, name + ": max abs error " + err);
    }

    @ParameterizedTest
    @ValueSource(strings = {"am-sub2", "am-sub4"})
    void int8AgreesWithTheReference(String name) throws Exception {
        ConformerCtcModel m = ConformerCtcModel.load(AmFixtures.model(name, dir), Precision.INT8);
        SafeTensors io = AmFixtures.io(name);
        float[][] want = AmFixtures.rows(io, "log_posteriors");
        float[][] got = m.logPosteriors(AmFixtures.rows(io, "features"));
        int agree = 0;
        double sum = 0;
        for (int i = 0; i < want.length; i++) {
            agree += AmFixtures.argmax(want[i]) == AmFixtures.argmax(got[i]) ? 1 : 0;
            for (int j = 0; j < want[i].length; j++) {
                sum += Math.abs(want[i][j] - got[i][j]);
            }
        }
        double mean = sum / (want.length * want[0].length);
        assertTrue(agree >= 0.9 * want.length, name + ": argmax agrees on " + agree + " of " + want.length + " frames");
        assertTrue(mean < 0.05, name + ": mean abs error " + mean);
    }

    @Test
    void storedInt8EqualsInt8QuantizedAtLoad() throws Exception {
        Path fp32 = AmFixtures.model("am-sub2", dir);
        Path q = dir.resolve("am-sub2-int8.safetensors");
        ConformerCtcWriter.quantize(fp32, q, "int8");
        float[][] x = AmFixtures.rows(AmFixtures.io("am-sub2"), "features");
        float[][] atLoad = ConformerCtcModel.load(fp32, Precision.INT8).logPosteriors(x);
        float[][] stored = ConformerCtcModel.load(q, Precision.STORED).logPosteriors(x);
        // same codes and scales, so the outputs agree up to float summation order: the Vector API's
        // reduceLanes(ADD) order is unspecified, and interpreted and compiled code sum in different orders
        // (int8 quantisation itself moves these outputs by about 1e-2)
        for (int i = 0; i < atLoad.length; i++) {
            assertArrayEquals(atLoad[i], stored[i], 2e-5f, "frame " + i);
        }
        assertTrue(java.nio.file.Files.size(q) < 0.4 * java.nio.file.Files.size(fp32));
    }

    @Test
    void reportsItsContract() throws Exception {
        ConformerCtcModel m = ConformerCtcModel.load(AmFixtures.model("am-sub2", dir), Precision.FP32);
        assertEquals(FeatureConfig.DEFAULT, m.features());
        assertEquals(2, m.subsampling());
        // 2 blocks x (attention 4 + conv 2) x 2 + 1 (stride-2 conv), and 2 x (2 + 2) x 2
        assertEquals(25, m.leftContext());
        assertEquals(16, m.rightContext());
        var phones = PhoneSet.of(Language.TAMIL).phones();
        assertEquals(phones.size() + 1, m.numTokens());
        assertEquals(phones.get(0).name(), m.phone(1));
        assertEquals(phones.get(phones.size() - 1).name(), m.phone(phones.size()));
        ConformerCtcModel m4 = ConformerCtcModel.load(AmFixtures.model("am-sub4", dir), Precision.FP32);
        assertEquals(4, m4.subsampling());
        assertEquals(2 * (3 + 1) * 4 + 3, m4.leftContext());
        assertEquals(2 * (1 + 1) * 4, m4.rightContext());
        assertEquals(0, m.logPosteriors(new float[0][]).length);
        assertEquals(1, m4.logPosteriors(new float[1][80]).length);
        assertEquals(2, m4.logPosteriors(new float[5][80]).length);
    }

    /** Perturbs one input frame; returns how much output frame {@code j} moved. */
    private static double change(ConformerCtcModel m, float[][] x, int frame, int j) {
        float[][] y = x.clone();
        y[frame] = x[frame].clone();
        for (int b = 0; b < y[frame].length; b++) {
            y[frame][b] += 3;
        }
        float[] a = m.logPosteriors(x)[j];
        float[] c = m.logPosteriors(y)[j];
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - c[i]));
        }
        return d;
    }

    @ParameterizedTest
    @ValueSource(strings = {"am-sub2", "am-sub4"})
    void receptiveFieldIsExactlyTheStatedContext(String name) throws Exception {
        for (Precision p : new Precision[] {Precision.FP32, Precision.INT8}) {
            ConformerCtcModel m = ConformerCtcModel.load(AmFixtures.model(name, dir), p);
            float[][] x = features(new SplittableRandom(5), 160);
            int s = m.subsampling();
            int j = 20;
            int first = j * s - m.leftContext();
            int last = (j + 1) * s - 1 + m.rightContext();
            assertTrue(first > 0 && last < x.length - 1);
            assertEquals(0, change(m, x, first - 1, j), 1e-6, name + " " + p + ": frame before the left context");
            assertEquals(0, change(m, x, last + 1, j), 1e-6, name + " " + p + ": frame after the right context");
            assertTrue(change(m, x, first, j) > 1e-4, name + " " + p + ": first frame of the left context");
            assertTrue(change(m, x, last, j) > 1e-4, name + " " + p + ": last frame of the right context");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"am-sub2", "am-sub4"})
    void blocksGiveTheSameResultAsOnePass(String name) throws Exception {
        ConformerCtcModel m = ConformerCtcModel.load(AmFixtures.model(name, dir), Precision.FP32);
        for (int t : new int[] {301, 302, 7}) {
            float[][] x = features(new SplittableRandom(t), t);
            float[][] whole = m.logPosteriors(x, Integer.MAX_VALUE);
            for (int block : new int[] {1, 3, 16, 40}) {
                float[][] got = m.logPosteriors(x, block);
                double err = AmFixtures.maxAbsDiff(whole, got);
                assertTrue(err < 1e-5, name + " T=" + t + " block " + block + ": " + err);
            }
        }
    }

    static float[][] features(SplittableRandom r, int t) {
        float[][] x = new float[t][80];
        for (float[] row : x) {
            for (int b = 0; b < 80; b++) {
                row[b] = (float) (r.nextGaussian() * 2.5 - 8);
            }
        }
        return x;
    }
}
