package org.vaak.runtime.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.runtime.Rand;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.SafeTensorsWriter;
import org.vaak.runtime.kernel.Kernels;

/** int4 with int8 activations ({@code :a8}): products against the dequantized weights, AWQ scales, the stored spec. */
class Int4ActivationsTest {

    @Test
    void w4a8ProductsMatchTheDequantizedWeights() {
        SplittableRandom r = new SplittableRandom(61);
        int rows = 37;
        int cols = 384;
        float[] w = Rand.gaussian(r, rows * cols, 0.05);
        float[] x = Rand.gaussian(r, 3 * cols, 1);
        float[] in = new float[cols];
        for (int c = 0; c < cols; c++) {
            in[c] = 0.5f + (c % 7) * 0.25f;
        }
        for (String spec : new String[] {"int4:g32:sym:a8", "int4:g64:asym:a8", "int4:g128:sym:a8"}) {
            for (float[] inputScale : new float[][] {null, in}) {
                Int4Matrix fp = Int4Matrix.quantize(w, rows, cols, Integer.parseInt(spec.split(":")[1].substring(1)),
                        spec.contains("asym"), inputScale);
                Int4Matrix q = fp.withInt8Activations(true);
                assertTrue(q.format().endsWith(":a8"), q.format());
                float[] want = Rand.matmulRef(x, 3, q.dequantize(), rows, cols);
                for (Kernels k : new Kernels[] {Kernels.scalar(), Kernels.get()}) {
                    float[] y = new float[3 * rows];
                    q.matmul(x, 3, y, k);
                    double rel = Rand.relError(y, want);
                    // the activations are quantized to int8 (per token), as in W8A8
                    assertTrue(rel < 2e-2 && rel > 0, spec + (inputScale == null ? "" : " awq") + " " + k.name() + " " + rel);
                    float[] yf = new float[3 * rows];
                    fp.matmul(x, 3, yf, k);
                    assertTrue(Rand.relError(yf, want) < 1e-5, "fp32 activations unchanged");
                }
            }
        }
    }

    @Test
    void theA8SpecIsStoredAndLoaded(@TempDir Path dir) throws IOException {
        SplittableRandom r = new SplittableRandom(62);
        float[] w = Rand.gaussian(r, 8 * 64, 1);
        WeightMatrix q = WeightFormats.quantize("int4:g32:asym:a8", w, 8, 64);
        assertEquals("int4:g32:asym:a8", q.format());
        Path f = dir.resolve("a8.safetensors");
        SafeTensorsWriter.write(f, q.toStored("fc"), Map.of(WeightFormats.metadataKey("fc"), q.format()));
        WeightMatrix back = WeightFormats.load(SafeTensors.open(f), "fc", 8, 64);
        assertEquals("int4:g32:asym:a8", back.format());
        float[] x = Rand.gaussian(r, 64, 1);
        float[] y1 = new float[8];
        float[] y2 = new float[8];
        q.matmul(x, 1, y1);
        back.matmul(x, 1, y2);
        org.junit.jupiter.api.Assertions.assertArrayEquals(y1, y2);
        assertEquals("int4:g32:asym", WeightFormats.load(SafeTensors.open(f), "fc", 8, 64) instanceof Int4Matrix m
                ? m.withInt8Activations(false).format() : "");
        assertTrue(Files.size(f) > 0);
    }
}
