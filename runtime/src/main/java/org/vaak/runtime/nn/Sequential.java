package org.vaak.runtime.nn;

import java.util.List;
import org.vaak.runtime.Tensor;

/** Layers applied in order; {@code residual} adds the input to the result (a residual block). */
public record Sequential(List<Layer> layers, boolean residual) implements Layer {
    public Sequential {
        layers = List.copyOf(layers);
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor y = x;
        for (Layer l : layers) {
            y = l.forward(y);
        }
        if (!residual) {
            return y;
        }
        if (!java.util.Arrays.equals(x.shape(), y.shape())) {
            throw new IllegalArgumentException("residual block changes shape " + x + " -> " + y);
        }
        float[] out = y.data().clone();
        float[] in = x.data();
        for (int i = 0; i < out.length; i++) {
            out[i] += in[i];
        }
        return new Tensor(out, y.shape());
    }
}
