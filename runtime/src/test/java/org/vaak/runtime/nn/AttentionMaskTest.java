package org.vaak.runtime.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vaak.runtime.Rand;
import org.vaak.runtime.Tensor;
import org.vaak.runtime.quant.Fp32Matrix;

/** Masks: positions that may not be attended to do not influence the output. */
class AttentionMaskTest {
    private static final int D = 16;
    private static final int T = 7;

    private static MultiHeadAttention attention(SplittableRandom r, boolean causal) {
        Linear[] p = new Linear[4];
        for (int i = 0; i < 4; i++) {
            p[i] = new Linear(new Fp32Matrix(Rand.gaussian(r, D * D, 0.3), D, D), Rand.gaussian(r, D, 0.1));
        }
        return new MultiHeadAttention(p[0], p[1], p[2], p[3], 4, true, 10000, Rand.gaussian(r, 4 * 5, 1), 2, causal);
    }

    @Test
    void keyLengthMaskHidesTrailingPositions() {
        SplittableRandom r = new SplittableRandom(41);
        MultiHeadAttention att = attention(r, false);
        float[] x = Rand.gaussian(r, T * D, 1);
        float[] changed = x.clone();
        for (int i = 5 * D; i < T * D; i++) {
            changed[i] += 3;
        }
        float[] a = att.forward(new Tensor(x, T, D), 5).data();
        float[] b = att.forward(new Tensor(changed, T, D), 5).data();
        assertArrayEquals(Arrays.copyOf(a, 5 * D), Arrays.copyOf(b, 5 * D), 1e-6f);
        float[] unmasked = att.forward(new Tensor(changed, T, D)).data();
        assertTrue(Rand.maxAbsDiff(Arrays.copyOf(a, 5 * D), Arrays.copyOf(unmasked, 5 * D)) > 1e-3);
    }

    @Test
    void causalOutputsIgnoreTheFuture() {
        SplittableRandom r = new SplittableRandom(42);
        MultiHeadAttention att = attention(r, true);
        float[] x = Rand.gaussian(r, T * D, 1);
        float[] y = att.forward(new Tensor(x, T, D)).data();
        for (int p = 0; p < T - 1; p++) {
            float[] changed = x.clone();
            for (int i = (p + 1) * D; i < T * D; i++) {
                changed[i] -= 2;
            }
            float[] z = att.forward(new Tensor(changed, T, D)).data();
            assertArrayEquals(Arrays.copyOf(y, (p + 1) * D), Arrays.copyOf(z, (p + 1) * D), 1e-6f, "position " + p);
            assertTrue(Rand.maxAbsDiff(y, z) > 1e-3);
        }
    }
}
