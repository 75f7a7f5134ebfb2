package org.vaak.runtime.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.runtime.ModelFormatException;
import org.vaak.runtime.Rand;
import org.vaak.runtime.SafeTensorsWriter;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.Tensor;
import org.vaak.runtime.quant.WeightFormats;
import org.vaak.runtime.quant.WeightMatrix;

class ModelBuilderTest {
    @TempDir
    Path dir;

    private static final String CONFIG = "{\"layers\":[{\"type\":\"linear\",\"name\":\"fc\",\"in\":64,\"out\":8},"
            + "{\"type\":\"activation\",\"fn\":\"relu\"},{\"type\":\"linear\",\"name\":\"out\",\"in\":8,\"out\":3,\"bias\":false}]}";

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        Path f = dir.resolve("bad.safetensors");
        SafeTensorsWriter.write(f, List.of(
                StoredTensor.ofFloats("fc.weight", new float[64 * 8], 64, 8),
                StoredTensor.ofFloats("out.weight", new float[24], 3, 8),
                StoredTensor.ofFloats("stray", new float[1], 1)), Map.of(Model.CONFIG_KEY, CONFIG));
        String msg = assertThrows(ModelFormatException.class, () -> Model.load(f)).getMessage();
        assertEquals(f + ": 3 problems: tensor 'fc.weight' has shape [64, 8], expected [8, 64]; "
                + "missing tensor 'fc.bias' [8]; tensor 'stray' is not used by the configuration", msg);
    }

    @Test
    void badConfiguration() throws IOException {
        Path f = dir.resolve("cfg.safetensors");
        SafeTensorsWriter.write(f, List.of(), Map.of(Model.CONFIG_KEY,
                "{\"layers\":[{\"type\":\"conv2d\"},{\"type\":\"linear\",\"name\":\"a\",\"out\":3}]}"));
        String msg = assertThrows(ModelFormatException.class, () -> Model.load(f)).getMessage();
        assertTrue(msg.contains("model.layers[0]: unknown layer type 'conv2d'"), msg);
        assertTrue(msg.contains("model.layers[1] (linear 'a'): field 'in' must be a positive integer (missing)"), msg);
        SafeTensorsWriter.write(f, List.of(), Map.of());
        msg = assertThrows(ModelFormatException.class, () -> Model.load(f)).getMessage();
        assertEquals(f + ": no 'config' entry in the header metadata", msg);
    }

    @Test
    void quantizedLayersLoadFromTheirFormatMetadata() throws IOException {
        SplittableRandom r = new SplittableRandom(9);
        float[] w1 = Rand.gaussian(r, 8 * 64, 0.2);
        float[] b1 = Rand.gaussian(r, 8, 0.1);
        float[] w2 = Rand.gaussian(r, 3 * 8, 0.2);
        Tensor x = new Tensor(Rand.gaussian(r, 5 * 64, 1), 5, 64);
        Path f32 = dir.resolve("f32.safetensors");
        SafeTensorsWriter.write(f32, List.of(StoredTensor.ofFloats("fc.weight", w1, 8, 64), StoredTensor.ofFloats("fc.bias", b1, 8),
                StoredTensor.ofFloats("out.weight", w2, 3, 8)), Map.of(Model.CONFIG_KEY, CONFIG));
        float[] ref = Model.load(f32).forward(x).data();
        WeightMatrix q = WeightFormats.quantize("int4:g32:asym", w1, 8, 64);
        List<StoredTensor> ts = new ArrayList<>(q.toStored("fc.weight"));
        ts.add(StoredTensor.ofFloats("fc.bias", b1, 8));
        ts.add(StoredTensor.ofFloats("out.weight", w2, 3, 8));
        Path f4 = dir.resolve("int4.safetensors");
        SafeTensorsWriter.write(f4, ts, Map.of(Model.CONFIG_KEY, CONFIG, WeightFormats.metadataKey("fc.weight"), "int4:g32:asym"));
        float[] got = Model.load(f4).forward(x).data();
        double rel = Rand.relError(got, ref);
        assertTrue(rel > 1e-6 && rel < 0.1, "int4 model relative error " + rel);
        // the same model computed by hand from the dequantized weights
        float[] h = Rand.matmulRef(x.data(), 5, q.dequantize(), 8, 64);
        for (int i = 0; i < h.length; i++) {
            h[i] = Math.max(0, h[i] + b1[i % 8]);
        }
        assertArrayEquals(Rand.matmulRef(h, 5, w2, 3, 8), got, 1e-4f);
    }
}
