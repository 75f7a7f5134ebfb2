package org.vaak.runtime.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.vaak.runtime.ModelFormatException;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.Tensor;
import org.vaak.runtime.nn.Layer;
import org.vaak.runtime.quant.WeightMatrix;

/** A model file: safetensors whose metadata key {@code config} holds the JSON configuration. */
public final class Model {
    public static final String CONFIG_KEY = "config";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode config;
    private final Layer root;
    private final Map<String, WeightMatrix> matrices;

    private Model(JsonNode config, ModelBuilder.Built built) {
        this.config = config;
        this.root = built.root();
        this.matrices = built.matrices();
    }

    public static Model load(Path file) throws IOException {
        return of(SafeTensors.open(file), List.of());
    }

    public static Model of(SafeTensors st, List<String> ignoredPrefixes) {
        return of(st, ignoredPrefixes, Map.of());
    }

    /** Builds the model with some weight matrices replaced (by tensor name). */
    public static Model of(SafeTensors st, List<String> ignoredPrefixes, Map<String, WeightMatrix> overrides) {
        String cfg = st.metadata().get(CONFIG_KEY);
        if (cfg == null) {
            throw new ModelFormatException(st.source() + ": no '" + CONFIG_KEY + "' entry in the header metadata");
        }
        JsonNode node;
        try {
            node = JSON.readTree(cfg);
        } catch (IOException e) {
            throw new ModelFormatException(st.source() + ": metadata '" + CONFIG_KEY + "' is not valid JSON: " + e.getMessage(), e);
        }
        return new Model(node, ModelBuilder.build(node, st, ignoredPrefixes, overrides));
    }

    public JsonNode config() {
        return config;
    }

    /** The weight matrices of the linear and convolution layers (groups = 1), by tensor name. */
    public Map<String, WeightMatrix> matrices() {
        return matrices;
    }

    public Layer root() {
        return root;
    }

    public Tensor forward(Tensor x) {
        return root.forward(x);
    }
}
