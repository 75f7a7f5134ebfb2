package org.vaak.runtime.quant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vaak.runtime.Rand;
import org.vaak.runtime.kernel.Codes;
import org.vaak.runtime.kernel.Kernels;

/** Quantize -> dequantize error bounds per format, and each format's matmul against its dequantized weights. */
class QuantizationErrorTest {
    private static final int ROWS = 37;
    private static final int COLS = 256;

    private static float[] weights(long seed) {
        return Rand.gaussian(new SplittableRandom(seed), ROWS * COLS, 0.05);
    }

    private static float rowMax(float[] w, int r) {
        float m = 0;
        for (int c = 0; c < COLS; c++) {
            m = Math.max(m, Math.abs(w[r * COLS + c]));
        }
        return m;
    }

    @Test
    void halfPrecisionRelativeError() {
        float[] w = weights(10);
        float[] bf = HalfMatrix.quantize(w, ROWS, COLS, true).dequantize();
        float[] hf = HalfMatrix.quantize(w, ROWS, COLS, false).dequantize();
        for (int i = 0; i < w.length; i++) {
            assertTrue(Math.abs(bf[i] - w[i]) <= Math.abs(w[i]) * 0x1p-8f, "bf16 " + w[i] + " -> " + bf[i]);
            assertTrue(Math.abs(hf[i] - w[i]) <= Math.abs(w[i]) * 0x1p-11f + 0x1p-25f, "f16 " + w[i] + " -> " + hf[i]);
        }
        assertEquals((short) 0x3f80, HalfMatrix.toBf16(1f));
        assertEquals((short) 0x3f80, HalfMatrix.toBf16(Float.intBitsToFloat(0x3f808000))); // tie to even
        assertEquals((short) 0x3f82, HalfMatrix.toBf16(Float.intBitsToFloat(0x3f818000)));
    }

    @Test
    void int8WithinHalfAStep() {
        float[] w = weights(11);
        float[] d = Int8Matrix.quantize(w, ROWS, COLS).dequantize();
        for (int i = 0; i < w.length; i++) {
            float step = rowMax(w, i / COLS) / 127;
            assertTrue(Math.abs(d[i] - w[i]) <= step * 0.5001f, "int8 at " + i);
        }
    }

    @Test
    void int4WithinOneStep() {
        float[] w = weights(12);
        for (int g : new int[] {32, 64, 128}) {
            for (boolean asym : new boolean[] {false, true}) {
                float[] d = Int4Matrix.quantize(w, ROWS, COLS, g, asym).dequantize();
                for (int i = 0; i < w.length; i++) {
                    int start = i / g * g;
                    float lo = 0;
                    float hi = 0;
                    for (int j = start; j < start + g; j++) {
                        lo = Math.min(lo, w[j]);
                        hi = Math.max(hi, w[j]);
                    }
                    float step = asym ? (hi - lo) / 15 : Math.max(hi, -lo) / 7.5f;
                    float bound = asym ? step * 1.0001f : step * 0.5001f;
                    assertTrue(Math.abs(d[i] - w[i]) <= bound, "int4 g" + g + (asym ? " asym" : " sym") + " at " + i);
                }
            }
        }
    }

    @Test
    void mxFormatsWithinBlockSteps() {
        float[] w = weights(13);
        float[] d8 = MxInt8Matrix.quantize(w, ROWS, COLS).dequantize();
        float[] d4 = MxFp4Matrix.quantize(w, ROWS, COLS).dequantize();
        for (int b = 0; b < w.length / 32; b++) {
            float amax = 0;
            for (int j = b * 32; j < b * 32 + 32; j++) {
                amax = Math.max(amax, Math.abs(w[j]));
            }
            float x = Math.scalb(1f, Math.getExponent(amax));
            for (int j = b * 32; j < b * 32 + 32; j++) {
                assertTrue(Math.abs(d8[j] - w[j]) <= x / 64 * 1.0001f, "mxint8 at " + j);
                // E2M1 steps are at most 2 (between 4 and 6) in units of X/4; values above 6 X/4 clip
                float x4 = x / 4;
                float bound = Math.abs(w[j]) > 6 * x4 ? Math.abs(w[j]) - 6 * x4 + 1e-7f : x4 * 1.0001f;
                assertTrue(Math.abs(d4[j] - w[j]) <= bound, "mxfp4 at " + j + ": " + w[j] + " -> " + d4[j]);
            }
        }
    }

    @Test
    void fp8RelativeError() {
        float[] w = weights(14);
        float[] d = Fp8Matrix.quantize(w, ROWS, COLS).dequantize();
        for (int i = 0; i < w.length; i++) {
            float s = rowMax(w, i / COLS) / Codes.FP8_MAX;
            assertTrue(Math.abs(d[i] - w[i]) <= Math.abs(w[i]) * 0x1p-4f + s * 0x1p-10f, "fp8 " + w[i] + " -> " + d[i]);
        }
        for (int c = 0; c < 256; c++) {
            if ((c & 0x7f) != 0x7f) {
                assertEquals(Codes.fp8((byte) c), Codes.fp8(Codes.toFp8(Codes.fp8((byte) c))), 0f, "code " + c);
            }
        }
        assertEquals(448f, Codes.fp8((byte) 0x7e));
        assertEquals(0x1p-9f, Codes.fp8((byte) 0x01));
    }

    @Test
    void ternaryIsSignTimesAbsmean() {
        float[] w = weights(15);
        float[] d = TernaryMatrix.quantize(w, ROWS, COLS).dequantize();
        for (int r = 0; r < ROWS; r++) {
            double mean = 0;
            for (int c = 0; c < COLS; c++) {
                mean += Math.abs(w[r * COLS + c]) / COLS;
            }
            for (int c = 0; c < COLS; c++) {
                int i = r * COLS + c;
                int t = (int) Math.max(-1, Math.min(1, Math.round(w[i] / mean)));
                assertEquals(t * mean, d[i], 1e-6, "ternary at " + i);
            }
        }
    }

    /** Each format's matmul against fp32 products with its own dequantized weights. */
    @Test
    void matmulMatchesDequantizedWeights() {
        SplittableRandom r = new SplittableRandom(16);
        float[] w = weights(16);
        int m = 3;
        float[] x = Rand.gaussian(r, m * COLS, 1);
        for (String spec : WeightFormats.ALL) {
            WeightMatrix q = WeightFormats.quantize(spec, w, ROWS, COLS);
            float[] want = Rand.matmulRef(x, m, q.dequantize(), ROWS, COLS);
            for (Kernels k : new Kernels[] {Kernels.scalar(), Kernels.get()}) {
                float[] y = new float[m * ROWS];
                q.matmul(x, m, y, k);
                double rel = Rand.relError(y, want);
                // int8 and ternary also quantize the activations (W8A8, int8 tables)
                double bound = spec.equals("int8") ? 2e-2 : spec.equals("ternary") ? 3e-2 : 1e-5;
                assertTrue(rel < bound, spec + " " + k.name() + " rel error " + rel);
            }
        }
    }

    @Test
    void bytesPerWeight() {
        float[] w = new float[128 * 256];
        assertEquals(32.0, WeightFormats.quantize("f32", w, 128, 256).bitsPerWeight(), 1e-9);
        assertEquals(16.0, WeightFormats.quantize("bf16", w, 128, 256).bitsPerWeight(), 1e-9);
        assertEquals(8.25, WeightFormats.quantize("mxint8", w, 128, 256).bitsPerWeight(), 1e-9);
        assertEquals(4.25, WeightFormats.quantize("mxfp4", w, 128, 256).bitsPerWeight(), 1e-9);
        assertEquals(5.0, WeightFormats.quantize("int4:g32:sym", w, 128, 256).bitsPerWeight(), 1e-9);
        assertEquals(4 + 32.0 / 128 + 8.0 / 128, WeightFormats.quantize("int4:g128:asym", w, 128, 256).bitsPerWeight(), 1e-9);
        assertEquals(2.0 + 32.0 / 256, WeightFormats.quantize("ternary", w, 128, 256).bitsPerWeight(), 1e-9);
    }

    @Test
    void awqReducesErrorWithOutlierChannels() {
        SplittableRandom r = new SplittableRandom(17);
        int rows = 64;
        int cols = 256;
        int tokens = 64;
        float[] w = Rand.gaussian(r, rows * cols, 0.05);
        float[] calib = Rand.gaussian(r, tokens * cols, 1);
        for (int t = 0; t < tokens; t++) {
            for (int c = 0; c < cols; c += 16) {
                calib[t * cols + c] *= 30; // a few input channels carry most of the signal
            }
        }
        AwqScaleSearch.Result res = AwqScaleSearch.search(w, rows, cols, 128, false, calib, tokens, 10);
        assertTrue(res.alpha() > 0, "alpha " + res.alpha());
        assertTrue(res.error() < 0.7 * res.plainError(), "AWQ " + res.error() + " vs plain " + res.plainError());
        assertTrue(res.matrix().format().endsWith(":awq"));
        float[] y = new float[tokens * rows];
        res.matrix().matmul(calib, tokens, y);
        float[] want = Rand.matmulRef(calib, tokens, res.matrix().dequantize(), rows, cols);
        assertArrayEquals(want, y, (float) (1e-4 * Rand.maxAbs(want)));
    }
}
