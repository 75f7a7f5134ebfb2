package org.vaak.training.am;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;
import java.util.SplittableRandom;

/**
 * Uniform initialisation in {@code [-bound, bound]} drawn from a Java random generator seeded per parameter,
 * so a model's initial weights depend only on the seed and the parameter's name, not on the engine's RNG
 * or the order in which parameters are initialised. A bound of 0 gives a constant {@code value}.
 */
final class SeededUniform implements Initializer {
    private final long seed;
    private final double bound;
    private final float value;

    private SeededUniform(long seed, double bound, float value) {
        this.seed = seed;
        this.bound = bound;
        this.value = value;
    }

    /** PyTorch's default for Linear and Conv1d weights: bound 1/sqrt(fan in). */
    static SeededUniform fanIn(long seed, String name, long fanIn) {
        return new SeededUniform(mix(seed, name), 1.0 / Math.sqrt(fanIn), 0f);
    }

    static SeededUniform constant(float value) {
        return new SeededUniform(0, 0, value);
    }

    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        int n = Math.toIntExact(shape.size());
        float[] v = new float[n];
        if (bound == 0) {
            java.util.Arrays.fill(v, value);
        } else {
            SplittableRandom r = new SplittableRandom(seed);
            for (int i = 0; i < n; i++) {
                v[i] = (float) ((r.nextDouble() * 2 - 1) * bound);
            }
        }
        // a tensor made from a Java array aliases a direct buffer the engine does not own; the parameter
        // gets its own copy in the engine's memory (duplicate clones; toType would return an alias)
        try (NDArray a = manager.create(v, shape)) {
            return a.toType(dataType, false).duplicate();
        }
    }

    private static long mix(long seed, String name) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }
}
