package org.vaak.runtime.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.vaak.runtime.ModelFormatException;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.Tensor;
import org.vaak.runtime.nn.Layer;

/** A model file: safetensors whose metadata key {@code config} holds the JSON configuration. */
public final class Model {
    public static final String CONFIG_KEY = "config";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode config;
    private final Layer root;

    private Model(JsonNode config, Layer root) {
        this.config = config;
        this.root = root;
    }

    public static Model load(Path file) throws IOException {
        return of(SafeTensors.open(file), List.of());
    }

    public static Model of(SafeTensors st, List<String> ignoredPrefixes) {
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
        return new Model(node, ModelBuilder.build(node, st, ignoredPrefixes));
    }

    public JsonNode config() {
        return config;
    }

    public Layer root() {
        return root;
    }

    public Tensor forward(Tensor x) {
        return root.forward(x);
    }
}
