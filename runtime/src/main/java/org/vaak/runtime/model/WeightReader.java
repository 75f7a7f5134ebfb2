package org.vaak.runtime.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vaak.runtime.ModelFormatException;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.quant.Fp32Matrix;
import org.vaak.runtime.quant.WeightFormats;
import org.vaak.runtime.quant.WeightMatrix;

/**
 * Hands out a model's tensors while building it, checking every name and shape and collecting all problems,
 * so that one error lists everything that is wrong with a file.
 */
final class WeightReader {
    private final SafeTensors st;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> used = new HashSet<>();
    private final Map<String, WeightMatrix> overrides;
    private final Map<String, WeightMatrix> matrices = new LinkedHashMap<>();

    WeightReader(SafeTensors st, Map<String, WeightMatrix> overrides) {
        this.st = st;
        this.overrides = overrides;
    }

    /** Every matrix handed out by {@link #matrix}, by name, in build order. */
    Map<String, WeightMatrix> matrices() {
        return matrices;
    }

    void problem(String p) {
        problems.add(p);
    }

    /** fp32 values of a required tensor of the given shape (zeros after recording a problem). */
    float[] floats(String name, int... shape) {
        used.add(name);
        StoredTensor t = st.tensors().get(name);
        int n = (int) Math.max(0, Math.min(Integer.MAX_VALUE, org.vaak.runtime.Tensor.numel(shape)));
        if (t == null) {
            problems.add("missing tensor '" + name + "' " + Arrays.toString(shape));
            return new float[n];
        }
        if (!Arrays.equals(t.shape(), shape)) {
            problems.add("tensor '" + name + "' has shape " + Arrays.toString(t.shape()) + ", expected " + Arrays.toString(shape));
            return new float[n];
        }
        try {
            return t.toFloats();
        } catch (ModelFormatException e) {
            problems.add(e.getMessage());
            return new float[n];
        }
    }

    float[] optional(String name, boolean wanted, int... shape) {
        return wanted ? floats(name, shape) : null;
    }

    /** A weight matrix in whatever format the file stores it. */
    WeightMatrix matrix(String name, int rows, int cols) {
        return matrix(name, rows, cols, null);
    }

    /**
     * A weight matrix in whatever format the file stores it (or from the overrides); {@code fp32Shape}, when
     * given, is the shape of the unquantized tensor if it differs from {@code [rows, cols]} (convolutions).
     */
    WeightMatrix matrix(String name, int rows, int cols, int[] fp32Shape) {
        used.add(name);
        for (String suffix : new String[] {".q", ".scale", ".zero", ".e8m0", ".input_scale"}) {
            used.add(name + suffix);
        }
        WeightMatrix o = overrides.get(name);
        if (o != null) {
            if (o.rows() != rows || o.cols() != cols) {
                problems.add("override for '" + name + "' is [" + o.rows() + ", " + o.cols() + "], expected [" + rows + ", " + cols + "]");
            }
            matrices.put(name, o);
            return o;
        }
        try {
            WeightMatrix m;
            if (fp32Shape != null && st.metadata().get(WeightFormats.metadataKey(name)) == null) {
                m = new Fp32Matrix(floats(name, fp32Shape), rows, cols);
            } else {
                m = WeightFormats.load(st, name, rows, cols);
            }
            matrices.put(name, m);
            return m;
        } catch (ModelFormatException e) {
            String m = e.getMessage();
            problems.add(m.startsWith(st.source() + ": ") ? m.substring(st.source().length() + 2) : m);
            return new Fp32Matrix(new float[rows * cols], rows, cols);
        }
    }

    /** Throws listing every problem, and every tensor the configuration did not use (except ignored prefixes). */
    void check(List<String> ignoredPrefixes) {
        for (String name : st.tensors().keySet()) {
            if (!used.contains(name) && ignoredPrefixes.stream().noneMatch(name::startsWith)) {
                problems.add("tensor '" + name + "' is not used by the configuration");
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelFormatException(st.source() + ": " + problems.size() + " problem" + (problems.size() > 1 ? "s" : "")
                    + ": " + String.join("; ", problems));
        }
    }
}
