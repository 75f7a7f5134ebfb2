package org.vaak.runtime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.vaak.runtime.Rand;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.SafeTensorsWriter;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.Tensor;

class MixedPrecisionPlannerTest {
    @TempDir
    Path dir;

    @Test
    void meetsTheBudgetAndKeepsTheSensitiveLayerPrecise() throws IOException {
        SplittableRandom r = new SplittableRandom(21);
        String cfg = "{\"layers\":[{\"type\":\"linear\",\"name\":\"a\",\"in\":128,\"out\":128},{\"type\":\"activation\",\"fn\":\"gelu\"},"
                + "{\"type\":\"linear\",\"name\":\"b\",\"in\":128,\"out\":128},{\"type\":\"activation\",\"fn\":\"gelu\"},"
                + "{\"type\":\"linear\",\"name\":\"c\",\"in\":128,\"out\":16}]}";
        float[] b = Rand.gaussian(r, 128 * 128, 0.09);
        // layer b gets a few dominant weights: coarse formats hurt it most
        for (int i = 0; i < b.length; i += 97) {
            b[i] *= 25;
        }
        Path f = dir.resolve("m.safetensors");
        SafeTensorsWriter.write(f, List.of(
                StoredTensor.ofFloats("a.weight", Rand.gaussian(r, 128 * 128, 0.09), 128, 128), StoredTensor.ofFloats("a.bias", new float[128], 128),
                StoredTensor.ofFloats("b.weight", b, 128, 128), StoredTensor.ofFloats("b.bias", new float[128], 128),
                StoredTensor.ofFloats("c.weight", Rand.gaussian(r, 16 * 128, 0.09), 16, 128), StoredTensor.ofFloats("c.bias", new float[16], 16)),
                Map.of(Model.CONFIG_KEY, cfg));
        SafeTensors st = SafeTensors.open(f);
        List<Tensor> calib = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calib.add(new Tensor(Rand.gaussian(r, 8 * 128, 1), 8, 128));
        }
        long fp32Bytes = 4L * (128 * 128 * 2 + 16 * 128);
        List<String> formats = List.of("f32", "bf16", "int8", "int4:g32:asym", "mxfp4", "ternary");
        MixedPrecisionPlanner.Plan plan = MixedPrecisionPlanner.plan(st, calib, fp32Bytes / 5, formats);
        assertTrue(plan.bytes() <= fp32Bytes / 5, plan.report());
        assertEquals(3, plan.choices().size());
        Map<String, Double> errB = plan.measured().get("b.weight");
        assertTrue(errB.get("ternary") > 10 * errB.get("int8"), errB.toString());
        assertEquals(0.0, plan.measured().get("a.weight").get("f32"), 0.0);
        assertNotEquals("ternary", plan.choices().get(1).format(), plan.report());
        assertTrue(plan.error() > 0 && plan.error() < 0.2, plan.report());
        MixedPrecisionPlanner.Plan loose = MixedPrecisionPlanner.plan(st, calib, fp32Bytes, formats);
        assertEquals(0.0, loose.error(), 0.0, loose.report());
        assertThrows(IllegalArgumentException.class, () -> MixedPrecisionPlanner.plan(st, calib, 1000, formats));
    }
}
