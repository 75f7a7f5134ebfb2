package org.vaak.training.am;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** Writing values into an existing parameter array. */
public final class Weights {
    private Weights() {
    }

    /**
     * Copies {@code values} into {@code w} in place ({@code w = w * 0 + values}, exact for finite weights).
     * DJL's {@code NDArray.set(Buffer)} on the PyTorch engine instead points the tensor at a Java direct buffer
     * and drops the previous one before the switch, which leaves a window in which the collector may free
     * memory the tensor still uses; in-place arithmetic keeps the tensor's own storage.
     */
    public static void assign(NDArray w, float[] values) {
        if (values.length != w.size()) {
            throw new IllegalArgumentException(values.length + " values for an array of " + w.size());
        }
        Shape shape = w.getShape();
        try (NDArray v = w.getManager().create(values, shape)) {
            w.muli(0).addi(v);
        }
    }

    /**
     * Sets a gradient to zero in place, NaN and infinity included ({@code g = g^0 - 1}): {@code g - g} or
     * {@code 0 * g} would keep a NaN, and every later step would accumulate into it.
     */
    public static void zeroGradient(NDArray grad) {
        grad.powi(0).subi(1);
    }
}
