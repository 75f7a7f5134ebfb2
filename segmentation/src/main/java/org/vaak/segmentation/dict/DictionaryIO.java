package org.vaak.segmentation.dict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.SubwordText;
import org.vaak.segmentation.corpus.CorpusException;
import org.vaak.segmentation.corpus.CorpusInfo;
import org.vaak.segmentation.io.AtomicFiles;

/**
 * Reads and writes {@link SubwordDictionary} files. Writing goes to a temporary file in the target
 * folder that is then moved into place, so a failed run never leaves a half-written dictionary.
 */
public final class DictionaryIO {
    /** The value of the file's {@code format} field. */
    public static final String FORMAT = "vaak-subword-dictionary";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DictionaryIO() {
    }

    public static String toJson(SubwordDictionary d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("language", d.language().code());
        root.put("method", d.method());
        root.put("unit", "akshara");
        ObjectNode marker = root.putObject("marker");
        marker.put("continuation", SubwordText.MARKER);
        marker.put("position", "end of every subword but a word's last");
        marker.put("joining", "virama + independent vowel -> vowel sign");
        root.set("parameters", MAPPER.valueToTree(new TreeMap<>(d.parameters())));
        ObjectNode corpus = root.putObject("corpus");
        corpus.put("name", d.corpus().name());
        corpus.put("tokens", d.corpus().tokens());
        corpus.put("types", d.corpus().types());
        corpus.put("sha256", d.corpus().sha256());
        root.set("stats", MAPPER.valueToTree(new TreeMap<>(d.stats())));
        root.put("size", d.units().size());
        ArrayNode units = root.putArray("units");
        for (SubwordDictionary.Unit u : d.units()) {
            ArrayNode pair = units.addArray();
            pair.add(u.piece());
            pair.add(u.logProb());
        }
        if (!d.merges().isEmpty()) {
            ArrayNode merges = root.putArray("merges");
            for (List<String> m : d.merges()) {
                ArrayNode pair = merges.addArray();
                m.forEach(pair::add);
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes atomically: temporary file in the same folder, then a move. */
    public static void write(SubwordDictionary d, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(d));
    }

    public static SubwordDictionary read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(file + ": no such dictionary file");
        }
        byte[] bytes = Files.readAllBytes(file);
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new CorpusException(file + ": not a vaak dictionary: damaged JSON ("
                    + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ")");
        }
        return fromJson(root, file.toString());
    }

    public static SubwordDictionary fromJson(JsonNode root, String name) {
        if (root == null || !root.isObject()) {
            throw new CorpusException(name + ": not a vaak dictionary (expected a JSON object)");
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new CorpusException(name + ": not a vaak dictionary (format is '" + root.path("format").asText()
                    + "', expected '" + FORMAT + "')");
        }
        int version = root.path("version").asInt(-1);
        if (version != VERSION) {
            throw new CorpusException(name + ": dictionary format version " + version + " is not supported (expected "
                    + VERSION + ")");
        }
        Language lang;
        try {
            lang = Language.fromCode(require(root, "language", name).asText());
        } catch (IllegalArgumentException e) {
            throw new CorpusException(name + ": " + e.getMessage());
        }
        String method = require(root, "method", name).asText();
        Map<String, Object> params = toMap(root.path("parameters"));
        JsonNode c = require(root, "corpus", name);
        CorpusInfo corpus = new CorpusInfo(c.path("name").asText(""), c.path("tokens").asLong(0),
                c.path("types").asLong(0), c.path("sha256").asText(""));
        JsonNode unitsNode = require(root, "units", name);
        if (!unitsNode.isArray() || unitsNode.isEmpty()) {
            throw new CorpusException(name + ": damaged dictionary: 'units' must be a non-empty array");
        }
        List<SubwordDictionary.Unit> units = new ArrayList<>(unitsNode.size());
        int k = 0;
        for (JsonNode u : unitsNode) {
            if (!u.isArray() || u.size() != 2 || !u.get(0).isTextual() || !u.get(1).isNumber()) {
                throw new CorpusException(name + ": damaged dictionary: unit " + k + " is not [\"piece\", logprob]");
            }
            String piece = u.get(0).asText();
            double lp = u.get(1).asDouble();
            if (piece.isEmpty() || Double.isNaN(lp) || lp > 1e-9) {
                throw new CorpusException(name + ": damaged dictionary: unit " + k + " ('" + piece
                        + "') has an empty piece or a log-probability that is not <= 0");
            }
            units.add(new SubwordDictionary.Unit(piece, lp));
            k++;
        }
        int declared = root.path("size").asInt(units.size());
        if (declared != units.size()) {
            throw new CorpusException(name + ": damaged dictionary: it declares " + declared + " units but holds "
                    + units.size() + " (truncated?)");
        }
        List<List<String>> merges = new ArrayList<>();
        k = 0;
        for (JsonNode m : root.path("merges")) {
            if (!m.isArray() || m.size() != 2 || !m.get(0).isTextual() || !m.get(1).isTextual()) {
                throw new CorpusException(name + ": damaged dictionary: merge " + k + " is not [\"left\", \"right\"]");
            }
            merges.add(List.of(m.get(0).asText(), m.get(1).asText()));
            k++;
        }
        return new SubwordDictionary(lang, method, params, units, merges, corpus, toMap(root.path("stats")));
    }

    private static JsonNode require(JsonNode root, String field, String name) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            throw new CorpusException(name + ": damaged dictionary: the field '" + field + "' is missing");
        }
        return n;
    }

    private static Map<String, Object> toMap(JsonNode node) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            return m;
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), MAPPER.convertValue(e.getValue(), Object.class));
        }
        return m;
    }
}
