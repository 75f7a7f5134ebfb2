package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;

/** Swaps {@code [C, T]} and {@code [T, C]} between convolution and sequence layers. */
public final class Transpose implements Layer {
    @Override
    public Tensor forward(Tensor x) {
        return x.transpose2d();
    }
}
