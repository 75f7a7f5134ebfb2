package org.vaak.asr.am;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vaak.runtime.ModelFormatException;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.quant.Fp32Matrix;
import org.vaak.runtime.quant.Int8Matrix;
import org.vaak.runtime.quant.WeightFormats;
import org.vaak.runtime.quant.WeightMatrix;

/**
 * Hands out the tensors of a model file while the network is built, checking each name, dtype and shape;
 * problems are collected so that one error lists everything wrong with the file, tensors the network does
 * not use included.
 */
final class WeightSource {
    private static final String[] SUFFIXES = {".q", ".scale", ".zero", ".e8m0", ".input_scale"};

    private final SafeTensors st;
    private final Precision precision;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> used = new HashSet<>();

    WeightSource(SafeTensors st, Precision precision) {
        this.st = st;
        this.precision = precision;
    }

    /** fp32 values of a required F32 tensor of the given shape (zeros after recording a problem). */
    float[] floats(String name, int... shape) {
        used.add(name);
        int n = Math.toIntExact(org.vaak.runtime.Tensor.numel(shape));
        StoredTensor t = st.tensors().get(name);
        if (t == null) {
            problems.add("missing tensor '" + name + "' " + Arrays.toString(shape));
            return new float[n];
        }
        if (!Arrays.equals(t.shape(), shape)) {
            problems.add("tensor '" + name + "' has shape " + Arrays.toString(t.shape()) + ", expected " + Arrays.toString(shape));
            return new float[n];
        }
        try {
            float[] v = t.toFloats();
            for (float x : v) {
                if (!Float.isFinite(x)) {
                    problems.add("tensor '" + name + "' holds a non-finite value " + x);
                    break;
                }
            }
            return v;
        } catch (ModelFormatException | IllegalArgumentException e) {
            problems.add("tensor '" + name + "': " + e.getMessage());
            return new float[n];
        }
    }

    /**
     * A weight matrix {@code [rows, cols]} in the format the file stores it in, converted to the precision
     * asked for; {@code fp32Shape} is the shape of an unquantized tensor when it is not {@code [rows, cols]}
     * (convolution weights).
     */
    WeightMatrix matrix(String name, int rows, int cols, int... fp32Shape) {
        used.add(name);
        for (String s : SUFFIXES) {
            used.add(name + s);
        }
        String spec = st.metadata().get(WeightFormats.metadataKey(name));
        WeightMatrix m;
        if (spec == null && fp32Shape.length > 0) {
            m = new Fp32Matrix(floats(name, fp32Shape), rows, cols);
        } else {
            try {
                m = WeightFormats.load(st, name, rows, cols);
            } catch (ModelFormatException | IllegalArgumentException e) {
                String msg = e.getMessage();
                problems.add(msg.startsWith(st.source() + ": ") ? msg.substring(st.source().length() + 2) : msg);
                return new Fp32Matrix(new float[rows * cols], rows, cols);
            }
        }
        return switch (precision) {
            case STORED -> m;
            case FP32 -> m instanceof Fp32Matrix ? m : new Fp32Matrix(m.dequantize(), rows, cols);
            case INT8 -> m instanceof Int8Matrix ? m : Int8Matrix.quantize(m.dequantize(), rows, cols);
        };
    }

    /** Throws listing every problem and every tensor the network did not use. */
    void check() {
        for (String name : st.tensors().keySet()) {
            if (!used.contains(name)) {
                problems.add("tensor '" + name + "' is not part of the network");
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelFormatException(st.source() + ": " + problems.size() + " problem" + (problems.size() > 1 ? "s" : "")
                    + ": " + String.join("; ", problems));
        }
    }
}
