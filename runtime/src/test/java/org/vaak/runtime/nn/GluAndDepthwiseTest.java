package org.vaak.runtime.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vaak.runtime.Rand;
import org.vaak.runtime.Tensor;

class GluAndDepthwiseTest {
    @Test
    void gluGatesTheFirstHalfByTheSecond() {
        Tensor x = new Tensor(new float[] {1, -2, 0, 100, 4, 6, 0, Float.NEGATIVE_INFINITY}, 2, 4);
        Tensor y = new Glu().forward(x);
        assertArrayEquals(new int[] {2, 2}, y.shape());
        assertArrayEquals(new float[] {0.5f, -2f, 2f, 0f}, y.data(), 1e-6f);
        assertThrows(IllegalArgumentException.class, () -> new Glu().forward(new Tensor(new float[3], 1, 3)));
    }

    @Test
    void depthwiseOnTimeMajorEqualsGroupedConv1d() {
        SplittableRandom r = new SplittableRandom(3);
        int c = 19;
        int k = 7;
        for (int t : new int[] {1, 4, 30}) {
            float[] w = Rand.gaussian(r, c * k, 0.5);
            float[] b = Rand.gaussian(r, c, 0.1);
            float[] x = Rand.gaussian(r, t * c, 1);
            Tensor tc = new Tensor(x, t, c);
            float[] got = new DepthwiseConv1d(c, k, 3, 3, w, b).forward(tc).data();
            Conv1d ref = new Conv1d(c, c, k, 1, 1, 3, 3, Padding.ZEROS, c, w, b);
            float[] want = ref.forward(tc.transpose2d()).transpose2d().data();
            assertArrayEquals(want, got, 1e-5f, "T = " + t);
        }
    }

    @Test
    void depthwiseByHand() {
        // one channel, kernel [1, 2, 3], padding 1: y[t] = x[t-1] + 2 x[t] + 3 x[t+1] + 10
        DepthwiseConv1d conv = new DepthwiseConv1d(1, 3, 1, 1, new float[] {1, 2, 3}, new float[] {10});
        float[] y = conv.forward(new Tensor(new float[] {1, 0, 0, 2}, 4, 1)).data();
        assertArrayEquals(new float[] {12, 11, 16, 14}, y, 0f);
    }

    @Test
    void elementwiseSiluAndGluAgreeWithTheScalarDefinitions() {
        SplittableRandom r = new SplittableRandom(11);
        for (int n : new int[] {1, 15, 16, 17, 100}) {
            float[] x = Rand.gaussian(r, n, 4);
            x[0] = -100;
            float[] got = x.clone();
            Elementwise.silu(got, 0, n);
            float[] scalar = x.clone();
            Elementwise.Scalar.INSTANCE.silu(scalar, 0, n);
            for (int i = 0; i < n; i++) {
                float want = Activation.SILU.apply(x[i]);
                org.junit.jupiter.api.Assertions.assertEquals(want, got[i], 2e-6f * Math.max(1, Math.abs(want)), "silu " + x[i]);
                org.junit.jupiter.api.Assertions.assertEquals(want, scalar[i], 2e-6f * Math.max(1, Math.abs(want)), "scalar silu " + x[i]);
            }
            float[] in = Rand.gaussian(r, 2 * n + 3, 4);
            float[] out = new float[n + 1];
            Elementwise.glu(in, 3, 3 + n, out, 1, n);
            for (int i = 0; i < n; i++) {
                float want = in[3 + i] * Activation.SIGMOID.apply(in[3 + n + i]);
                org.junit.jupiter.api.Assertions.assertEquals(want, out[1 + i], 2e-6f * Math.max(1, Math.abs(want)), "glu");
            }
            org.junit.jupiter.api.Assertions.assertEquals(0f, out[0]);
        }
    }

    @Test
    void rowLayerNormAgreesWithLayerNorm() {
        SplittableRandom r = new SplittableRandom(12);
        for (int n : new int[] {1, 7, 16, 144, 150}) {
            float[] w = Rand.gaussian(r, n, 1);
            float[] b = Rand.gaussian(r, n, 1);
            float[] x = Rand.gaussian(r, 3 * n, 3);
            for (int i = 0; i < x.length; i++) {
                x[i] += 5;
            }
            Tensor t = new Tensor(x, 3, n);
            assertArrayEquals(new LayerNorm(w, b, 1e-5f, false).forward(t).data(), new RowLayerNorm(w, b, 1e-5f).forward(t).data(), 2e-5f);
            float[] y = new float[n];
            Elementwise.Scalar.INSTANCE.layerNorm(x, n, y, 0, n, w, b, 1e-5f);
            assertArrayEquals(java.util.Arrays.copyOfRange(new LayerNorm(w, b, 1e-5f, false).forward(t).data(), n, 2 * n), y, 2e-5f);
        }
    }
}
