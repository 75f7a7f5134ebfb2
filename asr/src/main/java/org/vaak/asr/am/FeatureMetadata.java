package org.vaak.asr.am;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.vaak.audio.FeatureConfig;

/** The {@code vaak.features} metadata: a {@link FeatureConfig} as JSON, and the check that a model's features match. */
final class FeatureMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeatureMetadata() {
    }

    static String toJson(FeatureConfig f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("sampleRate", f.sampleRate());
        n.put("windowLength", f.windowLength());
        n.put("hop", f.hop());
        n.put("fftSize", f.fftSize());
        n.put("melBins", f.melBins());
        n.put("fMin", f.fMin());
        n.put("fMax", f.fMax());
        n.put("floor", f.logFloor());
        return n.toString();
    }

    static FeatureConfig parse(String json, String where) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(where + ": vaak.features is not valid JSON: " + e.getMessage(), e);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException(where + ": vaak.features is not a JSON object");
        }
        try {
            return new FeatureConfig(integer(n, "sampleRate", where), integer(n, "windowLength", where), integer(n, "hop", where),
                    integer(n, "fftSize", where), integer(n, "melBins", where), number(n, "fMin", where), number(n, "fMax", where),
                    number(n, "floor", where));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith(where) ? e.getMessage() : where + ": vaak.features: " + e.getMessage(), e);
        }
    }

    private static int integer(JsonNode n, String f, String where) {
        JsonNode v = n.get(f);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException(where + ": vaak.features field '" + f + "' must be an integer, got " + v);
        }
        return v.asInt();
    }

    private static double number(JsonNode n, String f, String where) {
        JsonNode v = n.get(f);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException(where + ": vaak.features field '" + f + "' must be a number, got " + v);
        }
        return v.asDouble();
    }

    /** The fields in which {@code model} differs from {@code computed}, e.g. {@code hop 200 (computed: 160)}. */
    static List<String> differences(FeatureConfig model, FeatureConfig computed) {
        List<String> d = new ArrayList<>();
        diff(d, "sampleRate", model.sampleRate(), computed.sampleRate());
        diff(d, "windowLength", model.windowLength(), computed.windowLength());
        diff(d, "hop", model.hop(), computed.hop());
        diff(d, "fftSize", model.fftSize(), computed.fftSize());
        diff(d, "melBins", model.melBins(), computed.melBins());
        diff(d, "fMin", model.fMin(), computed.fMin());
        diff(d, "fMax", model.fMax(), computed.fMax());
        diff(d, "floor", model.logFloor(), computed.logFloor());
        return d;
    }

    private static void diff(List<String> out, String name, double model, double computed) {
        if (Math.abs(model - computed) > 1e-9 * Math.max(1, Math.abs(computed))) {
            out.add(name + " " + fmt(model) + " (computed: " + fmt(computed) + ")");
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
