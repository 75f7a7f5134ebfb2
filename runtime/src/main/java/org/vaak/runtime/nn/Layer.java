package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;

/**
 * A layer maps a tensor to a tensor. Sequence layers (linear, norms over the last axis, attention, LSTM) take
 * {@code [T, C]}; convolution layers, group norm and Snake take {@code [C, T]} as PyTorch does (no batch axis).
 */
public interface Layer {
    Tensor forward(Tensor x);
}
