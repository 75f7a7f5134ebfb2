package org.vaak.training.am;

import ai.djl.nn.Parameter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaak.audio.FeatureConfig;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.SafeTensorsWriter;
import org.vaak.training.data.FeatureCache;
import org.vaak.training.data.FeatureStats;

/**
 * Writes a trained network as the acoustic-model file of the spec (docs/acoustic-model.md): F32 tensors
 * {@code norm.mean}, {@code norm.istd} and every parameter under its PyTorch-style name, metadata
 * {@code vaak.kind}, {@code vaak.version}, {@code vaak.am}, {@code vaak.features}, {@code vaak.training}.
 */
public final class AmExporter {
    public static final String KIND = "acoustic-model";

    private AmExporter() {
    }

    /** Writes the model file atomically; {@code trainingJson} is the informational {@code vaak.training}. */
    public static void write(Path file, ConformerCtc net, FeatureStats stats, FeatureConfig features,
            String trainingJson) throws IOException {
        List<StoredTensor> tensors = new ArrayList<>();
        int bins = net.config().melBins();
        if (stats.mean().length != bins) {
            throw new IllegalArgumentException("statistics have " + stats.mean().length + " bins, model " + bins);
        }
        tensors.add(StoredTensor.ofFloats("norm.mean", stats.mean(), bins));
        tensors.add(StoredTensor.ofFloats("norm.istd", stats.istd(), bins));
        for (Map.Entry<String, Parameter> e : net.namedParameters().entrySet()) {
            tensors.add(stored(e.getKey(), e.getValue()));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("vaak.kind", KIND);
        meta.put("vaak.version", "1");
        meta.put("vaak.am", net.config().toJson());
        meta.put("vaak.features", FeatureCache.configJson(features));
        meta.put("vaak.training", trainingJson);
        SafeTensorsWriter.write(file, tensors, meta);
    }

    /**
     * Writes a cross-check for inference implementations: F32 {@code features [T, mel]} (raw log-mel, before
     * normalisation) and {@code log_posteriors [T', tokens]} as this network computes them.
     */
    public static void writeReference(Path file, DjlAcousticModel model, float[][] features, String source)
            throws IOException {
        float[][] lp = model.logPosteriors(features);
        int bins = features.length == 0 ? 0 : features[0].length;
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("vaak.kind", "acoustic-model-reference");
        meta.put("source", source);
        SafeTensorsWriter.write(file, List.of(
                StoredTensor.ofFloats("features", flatten(features, bins), features.length, bins),
                StoredTensor.ofFloats("log_posteriors", flatten(lp, model.numTokens()), lp.length, model.numTokens())),
                meta);
    }

    /** A model file read back into a DJL network (in {@code manager}) with its statistics. */
    public record Loaded(ConformerCtc net, FeatureStats stats, FeatureConfig features) {
        public DjlAcousticModel model(ai.djl.ndarray.NDManager manager) {
            return new DjlAcousticModel(net, stats, features, manager);
        }
    }

    /**
     * Reads a file written by {@link #write}; fails naming the file when it is not an acoustic model, a tensor
     * is missing or has the wrong size, or its features are not FeatureConfig.DEFAULT's.
     */
    public static Loaded read(Path file, ai.djl.ndarray.NDManager manager) throws IOException {
        org.vaak.runtime.SafeTensors st = org.vaak.runtime.SafeTensors.open(file);
        if (!KIND.equals(st.metadata().get("vaak.kind"))) {
            throw new IllegalArgumentException(file + ": not an acoustic model (vaak.kind = "
                    + st.metadata().get("vaak.kind") + ")");
        }
        AmConfig c = AmConfig.fromJson(st.metadata().get("vaak.am"));
        FeatureConfig features = FeatureConfig.DEFAULT;
        if (!FeatureCache.configJson(features).equals(st.metadata().get("vaak.features"))) {
            throw new IllegalArgumentException(file + ": features " + st.metadata().get("vaak.features")
                    + " are not the default log-mel settings");
        }
        ConformerCtc net = new ConformerCtc(c, 0, 0f);
        net.initialize(manager);
        for (Map.Entry<String, Parameter> e : net.namedParameters().entrySet()) {
            if (!st.has(e.getKey())) {
                throw new IllegalArgumentException(file + ": missing tensor '" + e.getKey() + "'");
            }
            float[] v = st.get(e.getKey()).toFloats();
            if (v.length != e.getValue().getArray().size()) {
                throw new IllegalArgumentException(file + ": tensor '" + e.getKey() + "' has " + v.length
                        + " values, expected " + e.getValue().getArray().size());
            }
            Weights.assign(e.getValue().getArray(), v);
        }
        return new Loaded(net, new FeatureStats(st.get("norm.mean").toFloats(), st.get("norm.istd").toFloats()),
                features);
    }

    private static StoredTensor stored(String name, Parameter p) {
        long[] s = p.getArray().getShape().getShape();
        int[] shape = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            shape[i] = Math.toIntExact(s[i]);
        }
        return StoredTensor.ofFloats(name, p.getArray().toFloatArray(), shape);
    }

    private static float[] flatten(float[][] x, int width) {
        float[] out = new float[x.length * width];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, out, i * width, width);
        }
        return out;
    }
}
