package org.vaak.runtime.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.nn.Activation;
import org.vaak.runtime.nn.Conv1d;
import org.vaak.runtime.nn.ConvNeXtBlock;
import org.vaak.runtime.nn.ConvTranspose1d;
import org.vaak.runtime.nn.Embedding;
import org.vaak.runtime.nn.GroupNorm;
import org.vaak.runtime.nn.Layer;
import org.vaak.runtime.nn.LayerNorm;
import org.vaak.runtime.nn.Linear;
import org.vaak.runtime.nn.Lstm;
import org.vaak.runtime.nn.MultiHeadAttention;
import org.vaak.runtime.nn.Padding;
import org.vaak.runtime.nn.Sequential;
import org.vaak.runtime.nn.Snake;
import org.vaak.runtime.nn.Softmax;
import org.vaak.runtime.nn.Transpose;
import org.vaak.runtime.quant.Fp32Matrix;
import org.vaak.runtime.quant.WeightMatrix;

/**
 * Builds layers from a JSON configuration and named weights. The configuration and the tensor names are
 * described in docs/runtime-formats.md; every name and shape is checked and all problems are reported together.
 */
public final class ModelBuilder {
    private final WeightReader w;
    private final String source;

    private ModelBuilder(SafeTensors st, Map<String, WeightMatrix> overrides) {
        this.w = new WeightReader(st, overrides);
        this.source = st.source();
    }

    /** The built layers and the weight matrices they use (the ones a quantizer may change), by tensor name. */
    public record Built(Layer root, Map<String, WeightMatrix> matrices) {
    }

    /**
     * Builds {@code {"layers": [...]}} from {@code st}; tensors whose names start with an ignored prefix may be
     * unused; {@code overrides} replace stored weight matrices by name (used by the planner).
     */
    public static Built build(JsonNode config, SafeTensors st, List<String> ignoredPrefixes, Map<String, WeightMatrix> overrides) {
        ModelBuilder b = new ModelBuilder(st, overrides);
        Layer root = b.sequence(config, "model", false);
        b.w.check(ignoredPrefixes);
        return new Built(root, Map.copyOf(b.w.matrices()));
    }

    private Layer sequence(JsonNode node, String where, boolean residual) {
        JsonNode layers = node.get("layers");
        List<Layer> out = new ArrayList<>();
        if (layers == null || !layers.isArray()) {
            w.problem(where + ": 'layers' must be an array");
            return new Sequential(out, residual);
        }
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layer(layers.get(i), where + ".layers[" + i + "]");
            if (l != null) {
                out.add(l);
            }
        }
        return new Sequential(out, residual);
    }

    private Layer layer(JsonNode c, String where) {
        String type = c.path("type").asText("");
        String name = c.path("name").asText("");
        try {
            return switch (type) {
                case "sequential" -> sequence(c, where, false);
                case "residual" -> sequence(c, where, true);
                case "transpose" -> new Transpose();
                case "activation" -> Activation.parse(str(c, "fn", where));
                case "softmax" -> new Softmax(false);
                case "log_softmax" -> new Softmax(true);
                case "linear" -> linear(name, num(c, "in", where), num(c, "out", where), c.path("bias").asBoolean(true));
                case "conv1d" -> conv(c, name, where);
                case "conv_transpose1d" -> {
                    int in = num(c, "in", where);
                    int out = num(c, "out", where);
                    int k = num(c, "kernel", where);
                    yield new ConvTranspose1d(in, out, k, c.path("stride").asInt(1), c.path("dilation").asInt(1),
                            c.path("padding").asInt(0), c.path("output_padding").asInt(0),
                            w.floats(name + ".weight", in, out, k), w.optional(name + ".bias", c.path("bias").asBoolean(true), out));
                }
                case "layer_norm", "rms_norm" -> {
                    int d = num(c, "dim", where);
                    boolean affine = c.path("affine").asBoolean(true);
                    boolean rms = type.equals("rms_norm");
                    yield new LayerNorm(w.optional(name + ".weight", affine, d), w.optional(name + ".bias", affine && !rms, d),
                            (float) c.path("eps").asDouble(1e-5), rms);
                }
                case "group_norm" -> {
                    int ch = num(c, "channels", where);
                    yield new GroupNorm(num(c, "groups", where), w.floats(name + ".weight", ch), w.floats(name + ".bias", ch),
                            (float) c.path("eps").asDouble(1e-5));
                }
                case "snake" -> new Snake(w.floats(name + ".alpha", num(c, "channels", where)));
                case "embedding" -> {
                    int v = num(c, "vocab", where);
                    int d = num(c, "dim", where);
                    yield new Embedding(w.floats(name + ".weight", v, d), v, d);
                }
                case "attention" -> {
                    int d = num(c, "dim", where);
                    int heads = num(c, "heads", where);
                    boolean bias = c.path("bias").asBoolean(true);
                    int maxRel = c.path("max_rel").asInt(0);
                    yield new MultiHeadAttention(linear(name + ".q", d, d, bias), linear(name + ".k", d, d, bias),
                            linear(name + ".v", d, d, bias), linear(name + ".o", d, d, bias), heads,
                            c.path("rotary").asBoolean(false), (float) c.path("rope_base").asDouble(10000),
                            maxRel > 0 ? w.floats(name + ".rel_bias", heads, 2 * maxRel + 1) : null, maxRel,
                            c.path("causal").asBoolean(false));
                }
                case "lstm" -> {
                    int in = num(c, "in", where);
                    int h = num(c, "hidden", where);
                    boolean bias = c.path("bias").asBoolean(true);
                    yield new Lstm(new Linear(w.matrix(name + ".weight_ih", 4 * h, in), w.optional(name + ".bias_ih", bias, 4 * h)),
                            new Fp32Matrix(w.floats(name + ".weight_hh", 4 * h, h), 4 * h, h), w.optional(name + ".bias_hh", bias, 4 * h));
                }
                case "convnext" -> {
                    int d = num(c, "dim", where);
                    int hid = num(c, "hidden", where);
                    int k = c.path("kernel").asInt(7);
                    yield new ConvNeXtBlock(
                            new Conv1d(d, d, k, 1, 1, k / 2, k / 2, Padding.ZEROS, d, w.floats(name + ".dwconv.weight", d, 1, k),
                                    w.floats(name + ".dwconv.bias", d)),
                            new LayerNorm(w.floats(name + ".norm.weight", d), w.floats(name + ".norm.bias", d),
                                    (float) c.path("eps").asDouble(1e-6), false),
                            linear(name + ".pwconv1", d, hid, true), linear(name + ".pwconv2", hid, d, true),
                            c.path("gamma").asBoolean(true) ? w.floats(name + ".gamma", d) : null);
                }
                default -> {
                    w.problem(where + ": unknown layer type '" + type + "'");
                    yield null;
                }
            };
        } catch (IllegalArgumentException e) {
            w.problem(where + " (" + type + " '" + name + "'): " + e.getMessage());
            return null;
        }
    }

    private Linear linear(String name, int in, int out, boolean bias) {
        WeightMatrix m = w.matrix(name + ".weight", out, in);
        return new Linear(m, w.optional(name + ".bias", bias, out));
    }

    private Layer conv(JsonNode c, String name, String where) {
        int in = num(c, "in", where);
        int out = num(c, "out", where);
        int k = num(c, "kernel", where);
        int groups = c.path("groups").asInt(1);
        int dil = c.path("dilation").asInt(1);
        int stride = c.path("stride").asInt(1);
        JsonNode p = c.path("padding");
        int left;
        int right;
        int span = dil * (k - 1);
        if (p.isTextual() && p.asText().equals("same")) {
            left = span / 2;
            right = span - left;
        } else if (p.isTextual() && p.asText().equals("causal")) {
            left = span;
            right = 0;
        } else if (p.isArray() && p.size() == 2) {
            left = p.get(0).asInt();
            right = p.get(1).asInt();
        } else if (p.isMissingNode() || p.canConvertToInt()) {
            left = p.asInt(0);
            right = left;
        } else {
            throw new IllegalArgumentException("padding must be an int, [left, right], \"same\" or \"causal\", got " + p);
        }
        if (in % groups != 0) {
            throw new IllegalArgumentException(in + " input channels not divisible by " + groups + " groups");
        }
        Padding mode = Padding.parse(c.path("padding_mode").asText("zeros"));
        float[] bias = w.optional(name + ".bias", c.path("bias").asBoolean(true), out);
        if (groups == 1) {
            WeightMatrix m = w.matrix(name + ".weight", out, in * k, new int[] {out, in, k});
            if (m instanceof Fp32Matrix f && in > 1) {
                return new Conv1d(in, out, k, stride, dil, left, right, mode, 1, f.weights(), bias);
            }
            return new Conv1d(in, k, stride, dil, left, right, mode, m, bias);
        }
        return new Conv1d(in, out, k, stride, dil, left, right, mode, groups, w.floats(name + ".weight", out, in / groups, k), bias);
    }

    private static int num(JsonNode c, String field, String where) {
        JsonNode v = c.get(field);
        if (v == null || !v.canConvertToInt() || v.asInt() <= 0) {
            throw new IllegalArgumentException("field '" + field + "' must be a positive integer" + (v == null ? " (missing)" : ", got " + v));
        }
        return v.asInt();
    }

    private static String str(JsonNode c, String field, String where) {
        JsonNode v = c.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' must be a string");
        }
        return v.asText();
    }
}
