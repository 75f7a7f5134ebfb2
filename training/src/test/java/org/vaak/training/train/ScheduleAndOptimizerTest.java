package org.vaak.training.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import java.util.Map;
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

    /** Two AdamW steps on f(w) = sum(c * w) (gradient c), against the formula computed by hand. */
    @Test
    void adamWMatchesTheFormula() {
        try (NDManager m = NDManager.newBaseManager()) {
            Parameter p = Parameter.builder().setName("w").setType(Parameter.Type.WEIGHT).optShape(new Shape(1, 2))
                    .optInitializer((mm, shape, dt) -> mm.create(new float[] {1f, -2f}, shape)).build();
            p.initialize(m, ai.djl.ndarray.types.DataType.FLOAT32);
            NDArray c = m.create(new float[] {0.5f, -3f}, new Shape(1, 2));
            AdamW opt = new AdamW(m, 0.9f, 0.98f, 1e-8f, 0.1f);
            double[] w = {1, -2};
            double[] g = {0.5, -3};
            double[] mm1 = new double[2];
            double[] vv = new double[2];
            for (int step = 1; step <= 2; step++) {
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    gc.backward(p.getArray().mul(c).sum());
                }
                opt.update(Map.of("w", p), 0.01f, 0.5f, step);
                p.getArray().getGradient().subi(p.getArray().getGradient());
                for (int i = 0; i < 2; i++) {
                    double gi = g[i] * 0.5;
                    mm1[i] = 0.9 * mm1[i] + 0.1 * gi;
                    vv[i] = 0.98 * vv[i] + 0.02 * gi * gi;
                    double mh = mm1[i] / (1 - Math.pow(0.9, step));
                    double vh = vv[i] / (1 - Math.pow(0.98, step));
                    w[i] -= 0.01 * (mh / (Math.sqrt(vh) + 1e-8) + 0.1 * w[i]);
                }
            }
            float[] got = p.getArray().toFloatArray();
            assertEquals(w[0], got[0], 1e-6);
            assertEquals(w[1], got[1], 1e-6);
        }
    }
}
