package org.vaak.asr.am;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaak.audio.FeatureConfig;
import org.vaak.runtime.ModelFormatException;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.SafeTensorsWriter;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.Tensor;
import org.vaak.runtime.quant.WeightFormats;

/** Writes conformer-CTC model files (atomically), with the weight matrices in any runtime weight format. */
public final class ConformerCtcWriter {
    private ConformerCtcWriter() {
    }

    /**
     * Writes a model from fp32 tensors named and shaped as {@link ConformerTensors#shapes}; weight matrices
     * are stored in {@code matrixFormat} ({@code f32}, {@code int8}, ... see docs/runtime-formats.md).
     */
    public static void write(Path file, ConformerConfig c, FeatureConfig f, Map<String, float[]> tensors,
                             String matrixFormat, String trainingJson) throws IOException {
        Map<String, int[]> shapes = ConformerTensors.shapes(c);
        for (String name : tensors.keySet()) {
            if (!shapes.containsKey(name)) {
                throw new IllegalArgumentException("tensor '" + name + "' is not part of the network");
            }
        }
        List<StoredTensor> out = new ArrayList<>();
        Map<String, String> meta = metadata(c, f, trainingJson);
        for (Map.Entry<String, int[]> e : shapes.entrySet()) {
            float[] v = tensors.get(e.getKey());
            if (v == null || v.length != Tensor.numel(e.getValue())) {
                throw new IllegalArgumentException("tensor '" + e.getKey() + "' needs " + Tensor.numel(e.getValue()) + " values "
                        + Arrays.toString(e.getValue()) + ", got " + (v == null ? "none" : v.length));
            }
            add(out, meta, e.getKey(), v, e.getValue(), matrixFormat);
        }
        SafeTensorsWriter.write(file, out, meta);
    }

    /** Rewrites an fp32 model with its weight matrices in {@code matrixFormat}; everything else is copied. */
    public static void quantize(Path in, Path outFile, String matrixFormat) throws IOException {
        SafeTensors st = SafeTensors.open(in);
        Map<String, String> meta = new LinkedHashMap<>(st.metadata());
        List<StoredTensor> out = new ArrayList<>();
        for (StoredTensor t : st.tensors().values()) {
            if (meta.containsKey(WeightFormats.metadataKey(t.name()))) {
                throw new ModelFormatException(st.source() + ": tensor '" + t.name() + "' is already stored quantized");
            }
            if (t.name().contains(".weight.")) {
                throw new ModelFormatException(st.source() + ": tensor '" + t.name() + "' looks like part of a quantized matrix without format metadata");
            }
            add(out, meta, t.name(), t.toFloats(), t.shape(), matrixFormat);
        }
        SafeTensorsWriter.write(outFile, out, meta);
    }

    static Map<String, String> metadata(ConformerConfig c, FeatureConfig f, String trainingJson) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("vaak.kind", "acoustic-model");
        meta.put("vaak.version", "1");
        meta.put("vaak.am", c.toJson());
        meta.put("vaak.features", FeatureMetadata.toJson(f));
        meta.put("vaak.training", trainingJson == null ? "{}" : trainingJson);
        return meta;
    }

    private static void add(List<StoredTensor> out, Map<String, String> meta, String name, float[] v, int[] shape, String format) {
        if (!ConformerTensors.isMatrix(name) || format.equals("f32") || shape.length < 2) {
            out.add(StoredTensor.ofFloats(name, v, shape));
            return;
        }
        int rows = shape[0];
        int cols = v.length / rows;
        if (!WeightFormats.fits(format, cols)) {
            out.add(StoredTensor.ofFloats(name, v, shape));
            return;
        }
        out.addAll(WeightFormats.quantize(format, v, rows, cols).toStored(name));
        meta.put(WeightFormats.metadataKey(name), format);
    }
}
