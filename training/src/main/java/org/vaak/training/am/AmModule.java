package org.vaak.training.am;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A part of the conformer-CTC network. Parameters carry their file names relative to the part
 * ({@code ln.weight}, {@code fc1.bias}); {@link #namedParameters} prefixes them with the part's path, giving
 * the tensor names of the model file. Every parameter has a fixed shape and a seeded initialiser, so
 * {@link #initialize(NDManager, DataType, Shape...)} needs no input shapes.
 */
abstract class AmModule extends AbstractBlock {
    static final float LN_EPS = 1e-5f;

    private final List<AmModule> parts = new ArrayList<>();
    protected final long seed;
    protected final String path;

    /** {@code path} is the part's tensor-name prefix ({@code "blocks.0.ffn1."}, {@code ""} for the root). */
    AmModule(long seed, String path) {
        super((byte) 1);
        this.seed = seed;
        this.path = path;
    }

    /** Applies the part to {@code x} ({@code [B, T, C]} unless stated) with the batch's masks. */
    abstract NDArray apply(NDArray x, AmContext ctx);

    protected <M extends AmModule> M part(String name, M module) {
        if (!module.path.equals(path + name + ".")) {
            throw new IllegalArgumentException("part " + name + " of " + path + " has path " + module.path);
        }
        parts.add(module);
        return addChildBlock(name, module);
    }

    protected Parameter weight(String name, long fanIn, long... shape) {
        return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(shape)).optInitializer(SeededUniform.fanIn(seed, path + name, fanIn))
                .build());
    }

    protected Parameter constant(String name, float value, long... shape) {
        return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.BIAS)
                .optShape(new Shape(shape)).optInitializer(SeededUniform.constant(value)).build());
    }

    /** Every parameter below this part by its model-file name. */
    Map<String, Parameter> namedParameters() {
        Map<String, Parameter> out = new LinkedHashMap<>();
        collect(out);
        return out;
    }

    private void collect(Map<String, Parameter> out) {
        for (Parameter p : getDirectParameters().values()) {
            out.put(path + p.getName(), p);
        }
        for (AmModule m : parts) {
            m.collect(out);
        }
    }

    @Override
    public void initialize(NDManager manager, DataType dataType, Shape... inputShapes) {
        for (Parameter p : getDirectParameters().values()) {
            if (!p.isInitialized()) {
                p.initialize(manager, dataType);
            }
        }
        for (AmModule m : parts) {
            m.initialize(manager, dataType);
        }
    }

    @Override
    public boolean isInitialized() {
        return getParameters().values().stream().allMatch(p -> p.isInitialized());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        throw new UnsupportedOperationException(getClass().getSimpleName()
                + " runs inside ConformerCtc, which supplies the batch's masks");
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }

    static NDArray linear(NDArray x, Parameter w, Parameter b) {
        return Linear.linear(x, w.getArray(), b.getArray()).singletonOrThrow();
    }

    /**
     * LayerNorm over the last axis, {@code (x - mean) / sqrt(var + eps) * w + b} with the biased variance,
     * written with elementary operations (equal to the engine's fused kernel within 1e-5). Sporadic NaN input
     * gradients of a LayerNorm in the training runs appear with either version (docs/acoustic-model.md).
     */
    static NDArray layerNorm(NDArray x, Parameter w, Parameter b) {
        NDArray centred = x.sub(x.mean(new int[] {-1}, true));
        NDArray var = centred.square().mean(new int[] {-1}, true);
        return centred.div(var.add(LN_EPS).sqrt()).mul(w.getArray()).add(b.getArray());
    }

    static NDArray silu(NDArray x) {
        return x.mul(Activation.sigmoid(x));
    }
}
