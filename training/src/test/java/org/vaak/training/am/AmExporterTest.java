package org.vaak.training.am;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.audio.FeatureConfig;
import org.vaak.runtime.DType;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.StoredTensor;
import org.vaak.training.data.FeatureStats;

class AmExporterTest {

    @Test
    void exportedFileHasEveryTensorOfTheSpecAndItsMetadata(@TempDir Path dir) throws Exception {
        AmConfig c = new AmConfig("ta", 16, 2, 32, 2, 5, 3, 2, 2, 80, List.of("a", "b", "c"));
        float[] mean = new float[80];
        float[] istd = new float[80];
        for (int k = 0; k < 80; k++) {
            mean[k] = -5 + 0.1f * k;
            istd[k] = 0.5f + 0.01f * k;
        }
        FeatureStats stats = new FeatureStats(mean, istd);
        try (NDManager m = NDManager.newBaseManager()) {
            ConformerCtc net = new ConformerCtc(c, 5, 0f);
            net.initialize(m);
            Path file = dir.resolve("am-ta.safetensors");
            AmExporter.write(file, net, stats, FeatureConfig.DEFAULT, "{\"steps\":0}");
            SafeTensors st = SafeTensors.open(file);
            List<String> expected = new ArrayList<>(List.of("norm.mean", "norm.istd", "sub.conv1.weight",
                    "sub.conv1.bias", "sub.proj.weight", "sub.proj.bias", "head.weight", "head.bias"));
            for (int i = 0; i < 2; i++) {
                for (String p : List.of("ffn1.ln", "ffn1.fc1", "ffn1.fc2", "mhsa.ln", "mhsa.q", "mhsa.k", "mhsa.v",
                        "mhsa.o", "conv.ln", "conv.pw1", "conv.dw", "conv.dwln", "conv.pw2", "ffn2.ln", "ffn2.fc1",
                        "ffn2.fc2", "out_ln")) {
                    expected.add("blocks." + i + "." + p + ".weight");
                    expected.add("blocks." + i + "." + p + ".bias");
                }
            }
            assertEquals(new TreeSet<>(expected), new TreeSet<>(st.tensors().keySet()));
            for (StoredTensor t : st.tensors().values()) {
                assertEquals(DType.F32, t.dtype(), t.name());
            }
            assertArrayEquals(new int[] {16, 80, 3}, st.get("sub.conv1.weight").shape());
            assertArrayEquals(new int[] {16, 16}, st.get("sub.proj.weight").shape());
            assertArrayEquals(new int[] {32, 16}, st.get("blocks.0.ffn1.fc1.weight").shape());
            assertArrayEquals(new int[] {16, 32}, st.get("blocks.0.ffn1.fc2.weight").shape());
            assertArrayEquals(new int[] {16, 16}, st.get("blocks.1.mhsa.o.weight").shape());
            assertArrayEquals(new int[] {32, 16}, st.get("blocks.1.conv.pw1.weight").shape());
            assertArrayEquals(new int[] {16, 1, 5}, st.get("blocks.1.conv.dw.weight").shape());
            assertArrayEquals(new int[] {4, 16}, st.get("head.weight").shape());
            assertArrayEquals(mean, st.get("norm.mean").toFloats());
            assertArrayEquals(istd, st.get("norm.istd").toFloats());
            assertArrayEquals(net.namedParameters().get("blocks.1.mhsa.q.weight").getArray().toFloatArray(),
                    st.get("blocks.1.mhsa.q.weight").toFloats());

            assertEquals("acoustic-model", st.metadata().get("vaak.kind"));
            assertEquals("1", st.metadata().get("vaak.version"));
            assertEquals(c, AmConfig.fromJson(st.metadata().get("vaak.am")));
            JsonNode am = new ObjectMapper().readTree(st.metadata().get("vaak.am"));
            assertEquals("conformer-ctc", am.get("architecture").asText());
            assertEquals(0, am.get("blank").asInt());
            assertEquals("b", am.get("phones").get(1).asText());
            JsonNode f = new ObjectMapper().readTree(st.metadata().get("vaak.features"));
            assertEquals(16000, f.get("sampleRate").asInt());
            assertEquals(400, f.get("windowLength").asInt());
            assertEquals(160, f.get("hop").asInt());
            assertEquals(512, f.get("fftSize").asInt());
            assertEquals(80, f.get("melBins").asInt());
            assertEquals(8000.0, f.get("fMax").asDouble());
            assertEquals(1e-10, f.get("floor").asDouble());
            assertEquals("{\"steps\":0}", st.metadata().get("vaak.training"));

            // read back: same configuration, statistics and outputs
            AmExporter.Loaded back = AmExporter.read(file, m);
            assertEquals(c, back.net().config());
            assertArrayEquals(mean, back.stats().mean());
            float[][] raw = new float[9][80];
            for (int t = 0; t < 9; t++) {
                for (int k = 0; k < 80; k++) {
                    raw[t][k] = (float) Math.sin(t * 0.3 + k * 0.1) - 5;
                }
            }
            float[][] a = new DjlAcousticModel(net, stats, FeatureConfig.DEFAULT, m).logPosteriors(raw);
            float[][] b = back.model(m).logPosteriors(raw);
            for (int j = 0; j < a.length; j++) {
                assertArrayEquals(a[j], b[j], 0f);
            }
        }
    }

    @Test
    void referenceHoldsRawFeaturesAndTheNetworksLogPosteriors(@TempDir Path dir) throws Exception {
        AmConfig c = new AmConfig("ta", 16, 2, 32, 1, 5, 3, 2, 4, 80, List.of("a", "b", "c"));
        float[] mean = new float[80];
        float[] istd = new float[80];
        java.util.Arrays.fill(mean, -4f);
        java.util.Arrays.fill(istd, 0.25f);
        try (NDManager m = NDManager.newBaseManager()) {
            ConformerCtc net = new ConformerCtc(c, 6, 0.1f);
            net.initialize(m);
            DjlAcousticModel am = new DjlAcousticModel(net, new FeatureStats(mean, istd), FeatureConfig.DEFAULT, m);
            SplittableRandom r = new SplittableRandom(4);
            float[][] raw = new float[23][80];
            for (float[] row : raw) {
                for (int k = 0; k < 80; k++) {
                    row[k] = (float) (-4 + 2 * r.nextGaussian());
                }
            }
            Path file = dir.resolve("ref.safetensors");
            AmExporter.writeReference(file, am, raw, "test");
            SafeTensors st = SafeTensors.open(file);
            assertArrayEquals(new int[] {23, 80}, st.get("features").shape());
            assertArrayEquals(new int[] {6, 4}, st.get("log_posteriors").shape()); // ceil(ceil(23/2)/2) = 6
            float[] lp = st.get("log_posteriors").toFloats();
            for (int j = 0; j < 6; j++) {
                double s = 0;
                for (int k = 0; k < 4; k++) {
                    s += Math.exp(lp[j * 4 + k]);
                }
                assertEquals(1.0, s, 1e-5);
            }
            assertEquals(raw[7][3], st.get("features").toFloats()[7 * 80 + 3]);
            // no dropout at inference: the same input gives the same output
            float[][] again = am.logPosteriors(raw);
            assertEquals(again[5][2], lp[5 * 4 + 2], 0f);
            // normalisation is applied inside: shifting the input by the mean is not a no-op
            assertTrue(am.logPosteriors(new float[][] {mean.clone(), mean.clone()}).length == 1);
            assertEquals(c.leftContext(), am.leftContext());
            assertEquals("b", am.phone(2));
        }
    }
}
