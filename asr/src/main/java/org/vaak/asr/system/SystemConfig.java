package org.vaak.asr.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.vaak.asr.am.Precision;
import org.vaak.asr.decoder.DecoderConfig;
import org.vaak.asr.graph.CtcTopology;
import org.vaak.asr.graph.GraphOptions;
import org.vaak.asr.graph.GraphSpec;
import org.vaak.lexicons.Language;

/**
 * The contents of a {@code system.json} (docs/transcribe.md), validated once: every key known, every named
 * file present, paths resolved against the folder of the file.
 *
 * @param file the system.json it was read from
 * @param vocabulary optional word list (one word per line, or {@code word count} lines) used for the OOV rate
 */
public record SystemConfig(Path file, Language language, String name, String description, Path acousticModel,
        Precision precision, GraphSpec.Units units, Path dictionary, Path lm, Path pronunciationText,
        GraphOptions graphOptions, DecoderConfig decoder, Path vocabulary) {
    public static final String FORMAT = "vaak-asr-system";
    public static final String FILE_NAME = "system.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("format", "version", "language", "name", "description",
            "acoustic_model", "precision", "units", "dictionary", "lm", "pronunciation_text", "graph", "decoder",
            "vocabulary");
    private static final Set<String> GRAPH_KEYS = Set.of("topology", "fallback_cost");
    private static final Set<String> DECODER_KEYS = Set.of("beam", "max_active", "acoustic_scale",
            "insertion_penalty", "word_penalty", "lattice_beam");

    /** Reads {@code dir/system.json} (or {@code dir} itself when it is a file). */
    public static SystemConfig read(Path dirOrFile) throws IOException {
        Path file = Files.isDirectory(dirOrFile) ? dirOrFile.resolve(FILE_NAME) : dirOrFile;
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no " + FILE_NAME);
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": not a JSON object");
        }
        return parse(root, file);
    }

    static SystemConfig parse(JsonNode root, Path file) {
        checkKeys(root, KEYS, file, "");
        String format = text(root, "format", file, true);
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException(file + ": format is '" + format + "', expected '" + FORMAT + "'");
        }
        JsonNode v = root.get("version");
        if (v == null || !v.isInt() || v.asInt() != 1) {
            throw new IllegalArgumentException(file + ": version " + v + " is not supported (expected 1)");
        }
        Language lang = Language.fromCode(text(root, "language", file, true));
        Path base = file.toAbsolutePath().getParent();
        String name = text(root, "name", file, false);
        String description = text(root, "description", file, false);
        Path am = path(root, "acoustic_model", base, file, true);
        String p = text(root, "precision", file, false);
        Precision precision = p == null ? Precision.STORED : parsePrecision(p, file);
        GraphSpec.Units units = units(text(root, "units", file, true), file);
        Path dict = path(root, "dictionary", base, file, false);
        Path lm = path(root, "lm", base, file, true);
        Path pron = path(root, "pronunciation_text", base, file, false);
        Path vocab = path(root, "vocabulary", base, file, false);
        if (units == GraphSpec.Units.WORDS && (dict != null || pron != null)) {
            throw new IllegalArgumentException(file + ": a word system takes no dictionary or pronunciation_text");
        }
        GraphOptions go = GraphOptions.DEFAULT;
        JsonNode g = root.get("graph");
        if (g != null && !g.isNull()) {
            checkKeys(g, GRAPH_KEYS, file, "graph.");
            String t = text(g, "topology", file, false);
            if (t != null) {
                go = go.withTopology(topology(t, file));
            }
            if (g.has("fallback_cost")) {
                go = go.withFallbackCost((float) number(g, "fallback_cost", file, "graph."));
            }
        }
        DecoderConfig dc = DecoderConfig.DEFAULT;
        JsonNode d = root.get("decoder");
        if (d != null && !d.isNull()) {
            checkKeys(d, DECODER_KEYS, file, "decoder.");
            try {
                if (d.has("beam")) {
                    dc = dc.withBeam(number(d, "beam", file, "decoder."));
                }
                if (d.has("max_active")) {
                    dc = dc.withMaxActive((int) number(d, "max_active", file, "decoder."));
                }
                if (d.has("acoustic_scale")) {
                    dc = dc.withAcousticScale(number(d, "acoustic_scale", file, "decoder."));
                }
                if (d.has("insertion_penalty")) {
                    dc = dc.withInsertionPenalty(number(d, "insertion_penalty", file, "decoder."));
                }
                if (d.has("word_penalty")) {
                    dc = dc.withWordPenalty(number(d, "word_penalty", file, "decoder."));
                }
                if (d.has("lattice_beam")) {
                    dc = dc.withLatticeBeam(number(d, "lattice_beam", file, "decoder."));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": decoder: " + e.getMessage(), e);
            }
        }
        return new SystemConfig(file, lang, name, description, am, precision, units, dict, lm, pron, go, dc, vocab);
    }

    /** The same system with other decoder settings. */
    public SystemConfig withDecoder(DecoderConfig d) {
        return new SystemConfig(file, language, name, description, acousticModel, precision, units, dictionary, lm,
                pronunciationText, graphOptions, d, vocabulary);
    }

    /** The graph this system decodes with. */
    public GraphSpec graphSpec() {
        return new GraphSpec(language, lm, units, dictionary, pronunciationText, graphOptions);
    }

    /** The system's name, or its folder's name when it has none. */
    public String displayName() {
        return name != null ? name : file.toAbsolutePath().getParent().getFileName().toString();
    }

    private static void checkKeys(JsonNode n, Set<String> known, Path file, String prefix) {
        if (!n.isObject()) {
            throw new IllegalArgumentException(file + ": '" + prefix.replace(".", "") + "' must be an object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new IllegalArgumentException(file + ": unknown key '" + prefix + k + "'");
            }
        }
    }

    private static String text(JsonNode n, String key, Path file, boolean required) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException(file + ": missing key '" + key + "'");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(file + ": '" + key + "' must be a string");
        }
        return v.asText();
    }

    private static double number(JsonNode n, String key, Path file, String prefix) {
        JsonNode v = n.get(key);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException(file + ": '" + prefix + key + "' must be a number");
        }
        return v.asDouble();
    }

    private static Path path(JsonNode n, String key, Path base, Path file, boolean required) {
        String s = text(n, key, file, required);
        if (s == null) {
            return null;
        }
        Path p = base.resolve(s).normalize();
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(file + ": " + key + " " + p + ": no such file");
        }
        return p;
    }

    private static Precision parsePrecision(String s, Path file) {
        try {
            return Precision.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static GraphSpec.Units units(String s, Path file) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "words" -> GraphSpec.Units.WORDS;
            case "subwords" -> GraphSpec.Units.SUBWORDS;
            case "grammar" -> GraphSpec.Units.GRAMMAR;
            default -> throw new IllegalArgumentException(file + ": unknown units '" + s
                    + "' (words, subwords, grammar)");
        };
    }

    private static CtcTopology.Variant topology(String s, Path file) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "standard" -> CtcTopology.Variant.STANDARD;
            case "compact" -> CtcTopology.Variant.COMPACT;
            case "shortcut" -> CtcTopology.Variant.STANDARD_SHORTCUT;
            default -> throw new IllegalArgumentException(file + ": unknown graph topology '" + s
                    + "' (standard, shortcut, compact)");
        };
    }
}
