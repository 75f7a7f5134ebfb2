package org.vaak.runtime.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vaak.runtime.Rand;
import org.vaak.runtime.Tensor;
import org.vaak.runtime.quant.Fp32Matrix;
import org.vaak.runtime.quant.WeightFormats;

/** The packed-input GEMM path, the im2col path (any weight format) and a direct loop agree. */
class Conv1dPathsTest {

    private static float[] direct(float[] x, int cin, int t, float[] w, int cout, int k, int stride, int dil, int pad, int tout) {
        float[] y = new float[cout * tout];
        for (int o = 0; o < cout; o++) {
            for (int i = 0; i < tout; i++) {
                double s = 0;
                for (int c = 0; c < cin; c++) {
                    for (int j = 0; j < k; j++) {
                        int p = i * stride + j * dil - pad;
                        if (p >= 0 && p < t) {
                            s += (double) w[(o * cin + c) * k + j] * x[c * t + p];
                        }
                    }
                }
                y[o * tout + i] = (float) s;
            }
        }
        return y;
    }

    @Test
    void pathsAgreeOnOddShapes() {
        SplittableRandom r = new SplittableRandom(31);
        int[][] cases = {{3, 5, 3, 1, 1, 1, 40}, {8, 7, 5, 2, 1, 2, 33}, {16, 33, 3, 1, 2, 2, 70}, {32, 16, 4, 3, 1, 0, 65}};
        for (int[] c : cases) {
            int cin = c[0];
            int cout = c[1];
            int k = c[2];
            int stride = c[3];
            int dil = c[4];
            int pad = c[5];
            int t = c[6];
            float[] w = Rand.gaussian(r, cout * cin * k, 0.3);
            float[] x = Rand.gaussian(r, cin * t, 1);
            Conv1d packed = new Conv1d(cin, cout, k, stride, dil, pad, pad, Padding.ZEROS, 1, w, null);
            Conv1d im2col = new Conv1d(cin, k, stride, dil, pad, pad, Padding.ZEROS, new Fp32Matrix(w, cout, cin * k), null);
            int tout = packed.outputLength(t);
            float[] want = direct(x, cin, t, w, cout, k, stride, dil, pad, tout);
            Tensor in = new Tensor(x, cin, t);
            assertArrayEquals(want, packed.forward(in).data(), 1e-4f, "packed " + java.util.Arrays.toString(c));
            assertArrayEquals(want, im2col.forward(in).data(), 1e-4f, "im2col " + java.util.Arrays.toString(c));
            if (cin * k % 32 == 0) {
                Conv1d q = new Conv1d(cin, k, stride, dil, pad, pad, Padding.ZEROS,
                        WeightFormats.quantize("int8", w, cout, cin * k), null);
                double rel = Rand.relError(q.forward(in).data(), want);
                assertTrue(rel > 0 && rel < 0.03, "int8 conv relative error " + rel);
            }
        }
    }
}
