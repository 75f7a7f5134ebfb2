package org.vaak.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaak.runtime.quant.WeightFormats;
import org.vaak.runtime.quant.WeightMatrix;

/** Without jdk.incubator.vector the scalar kernels are used and the choice is logged once. */
class FallbackTest {

    /** Entry point of the child JVM: prints the kernel name and one int4 product. */
    public static void main(String[] args) {
        float[] w = new float[4 * 64];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i % 7) - 3;
        }
        float[] x = new float[64];
        java.util.Arrays.fill(x, 1f);
        WeightMatrix m = WeightFormats.quantize("int4:g32:sym", w, 4, 64);
        float[] y = new float[4];
        m.matmul(x, 1, y);
        System.out.println("KERNELS=" + Kernels.get().name() + " Y0=" + y[0]);
    }

    @Test
    void scalarPathWithoutTheIncubatorModule() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), FallbackTest.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("KERNELS=scalar"), out);
        assertTrue(out.contains("kernels: scalar (module jdk.incubator.vector not present"), out);
        float[] w = new float[64];
        for (int i = 0; i < 64; i++) {
            w[i] = (i % 7) - 3;
        }
        float want = 0;
        for (float v : WeightFormats.quantize("int4:g32:sym", w, 1, 64).dequantize()) {
            want += v;
        }
        float got = Float.parseFloat(out.substring(out.indexOf("Y0=") + 3).trim());
        assertEquals(want, got, 1e-5f, out);
    }
}
