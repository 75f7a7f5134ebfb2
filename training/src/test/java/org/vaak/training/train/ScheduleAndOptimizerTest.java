package org.vaak.training.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScheduleAndOptimizerTest {

    @Test
    void warmupThenCosineToTheFloor() {
        LrSchedule s = new LrSchedule(1e-3, 100, 1100, 0.1);
        assertEquals(1e-5, s.at(1), 1e-12);
        assertEquals(5e-4, s.at(50), 1e-12);
        assertEquals(1e-3, s.at(100), 1e-12);
        assertEquals(1e-3 * (0.1 + 0.9 * 0.5), s.at(600), 1e-12);
        assertEquals(1e-4, s.at(1100), 1e-12);
        assertEquals(1e-4, s.at(5000), 1e-12);
    }

    /** Two AdamW steps with a constant gradient, against the formula computed by hand in double. */
    @Test
    void adamWMatchesTheFormula() {
        AdamW opt = new AdamW(0.9f, 0.98f, 1e-8f, 0.1f);
        float[] wf = {1f, -2f};
        float[] bias = {0.5f};
        double[] w = {1, -2};
        double b = 0.5;
        double[] g = {0.5, -3};
        double[] m1 = new double[2];
        double[] v1 = new double[2];
        double mb = 0;
        double vb = 0;
        for (int step = 1; step <= 2; step++) {
            opt.update("w", wf, new float[] {0.5f, -3f}, 0.5f, 0.01f, step, true);
            opt.update("b", bias, new float[] {2f}, 0.5f, 0.01f, step, false);
            for (int i = 0; i < 2; i++) {
                double gi = g[i] * 0.5;
                m1[i] = 0.9 * m1[i] + 0.1 * gi;
                v1[i] = 0.98 * v1[i] + 0.02 * gi * gi;
                double mh = m1[i] / (1 - Math.pow(0.9, step));
                double vh = v1[i] / (1 - Math.pow(0.98, step));
                w[i] -= 0.01 * (mh / (Math.sqrt(vh) + 1e-8) + 0.1 * w[i]);
            }
            mb = 0.9 * mb + 0.1 * 1.0;
            vb = 0.98 * vb + 0.02 * 1.0;
            b -= 0.01 * (mb / (1 - Math.pow(0.9, step))) / (Math.sqrt(vb / (1 - Math.pow(0.98, step))) + 1e-8);
        }
        assertEquals(w[0], wf[0], 1e-6);
        assertEquals(w[1], wf[1], 1e-6);
        assertEquals(b, bias[0], 1e-6); // no weight decay on a bias
        assertEquals(2, opt.firstMoment("w").length);
    }

    /** A NaN gradient is cleared: the next backward pass gives the plain gradient. */
    @Test
    void zeroGradientClearsNaN() {
        try (ai.djl.ndarray.NDManager m = ai.djl.ndarray.NDManager.newBaseManager()) {
            ai.djl.nn.Parameter p = ai.djl.nn.Parameter.builder().setName("w")
                    .setType(ai.djl.nn.Parameter.Type.WEIGHT).optShape(new ai.djl.ndarray.types.Shape(3))
                    .optInitializer((mm, shape, dt) -> mm.create(new float[] {1f, 2f, 3f}, shape).duplicate())
                    .build();
            p.initialize(m, ai.djl.ndarray.types.DataType.FLOAT32);
            ai.djl.ndarray.NDArray w = p.getArray();
            try (ai.djl.training.GradientCollector gc = ai.djl.engine.Engine.getInstance().newGradientCollector()) {
                gc.backward(w.mul(m.create(new float[] {Float.NaN, Float.POSITIVE_INFINITY, 1f})).sum());
            }
            assertEquals(Float.NaN, w.getGradient().toFloatArray()[0]);
            org.vaak.training.am.Weights.zeroGradient(w.getGradient());
            assertArrayEquals(new float[] {0f, 0f, 0f}, w.getGradient().toFloatArray());
            try (ai.djl.training.GradientCollector gc = ai.djl.engine.Engine.getInstance().newGradientCollector()) {
                gc.backward(w.mul(m.create(new float[] {4f, 5f, 6f})).sum());
            }
            assertArrayEquals(new float[] {4f, 5f, 6f}, w.getGradient().toFloatArray());
        }
    }
}
