package org.vaak.asr.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaak.asr.AcousticModel;
import org.vaak.asr.am.ConformerCtcModel;
import org.vaak.asr.decoder.GraphSymbols;
import org.vaak.asr.graph.DecodingGraph;
import org.vaak.asr.graph.GraphCache;
import org.vaak.asr.graph.GraphSpec;
import org.vaak.asr.recognizer.Recognizer;
import org.vaak.asr.recognizer.StreamingRecognizer;
import org.vaak.lexicons.Language;
import org.vaak.runtime.ModelFormatException;

/**
 * A loaded recognition system (a folder with a {@code system.json}, docs/transcribe.md): its acoustic model,
 * its decoding graph (from the {@link GraphCache}, built once when missing) and its settings. Immutable;
 * the model and graph are read-only and shared by the recognisers it makes, one per thread.
 */
public final class AsrSystem {
    private static final Logger LOG = LoggerFactory.getLogger(AsrSystem.class);
    /** Output frames per acoustic-model call in streaming recognition (20 s of audio at subsampling 2). */
    public static final int STREAM_BLOCK_FRAMES = 1000;

    private final SystemConfig config;
    private final AcousticModel model;
    private final DecodingGraph graph;
    private final String graphName;

    private AsrSystem(SystemConfig config, AcousticModel model, DecodingGraph graph, String graphName) {
        this.config = config;
        this.model = model;
        this.graph = graph;
        this.graphName = graphName;
    }

    /**
     * Loads the system in {@code dir} (or the system.json file {@code dir}).
     *
     * @param cacheDir where built graphs are cached
     * @param progress receives a message before a graph is built (which can take minutes)
     */
    public static AsrSystem load(Path dir, Path cacheDir, Consumer<String> progress) throws IOException {
        return load(dir, cacheDir, progress, null);
    }

    /**
     * Loads the system with {@code model} in place of the file its system.json names (null: read that
     * file), e.g. a model built in memory.
     */
    public static AsrSystem load(Path dir, Path cacheDir, Consumer<String> progress, AcousticModel model)
            throws IOException {
        SystemConfig c = SystemConfig.read(dir);
        AcousticModel am = model != null ? model : loadModel(c);
        GraphSpec spec = c.graphSpec();
        GraphCache cache = new GraphCache(cacheDir);
        String key;
        try {
            key = spec.cacheKey();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(c.file() + ": " + e.getMessage(), e);
        }
        Path entry = cache.path(key);
        DecodingGraph g;
        try {
            g = cache.get(key, () -> {
                progress.accept("building the decoding graph of " + c.displayName() + " (once; cached as " + entry
                        + ")");
                return spec.build();
            });
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(c.file() + ": cannot build the decoding graph: " + e.getMessage(), e);
        }
        String graphName = c.file() + " (graph " + entry.getFileName() + ")";
        GraphSymbols.requireMatching(g.fst(), am, graphName);
        LOG.info("system {}: {} units, graph {} states {} arcs", c.displayName(), c.units(), g.fst().numStates(),
                g.fst().numArcs());
        return new AsrSystem(c, am, g, graphName);
    }

    /** The folder of the default system of {@code lang} under {@code modelsDir}, checked to exist. */
    public static Path defaultSystem(Path modelsDir, Language lang) {
        Path dir = modelsDir.resolve(lang.code());
        if (!Files.isRegularFile(dir.resolve(SystemConfig.FILE_NAME))) {
            throw new IllegalArgumentException("no acoustic model for " + lang.code() + " in " + modelsDir + ": "
                    + dir.resolve(SystemConfig.FILE_NAME) + " does not exist (give a system with --system DIR, "
                    + "or a models folder with --models DIR or VAAK_MODELS)");
        }
        return dir;
    }

    private static AcousticModel loadModel(SystemConfig c) throws IOException {
        AcousticModel am;
        try {
            am = ConformerCtcModel.load(c.acousticModel(), c.precision());
        } catch (ModelFormatException e) {
            String m = e.getMessage();
            throw new IllegalArgumentException(m != null && m.contains(c.acousticModel().getFileName().toString()) ? m
                    : c.acousticModel() + ": " + m, e);
        } catch (IOException e) {
            throw new IllegalArgumentException(c.acousticModel() + ": cannot read the acoustic model: "
                    + e.getMessage(), e);
        }
        String amLang = ((ConformerCtcModel) am).config().language();
        if (!c.language().code().equals(amLang)) {
            throw new IllegalArgumentException(c.file() + ": the acoustic model " + c.acousticModel()
                    + " is for '" + amLang + "', the system for '" + c.language().code() + "'");
        }
        return am;
    }

    /** The same model and graph with other decoder settings (e.g. to tune the acoustic scale). */
    public AsrSystem withDecoder(org.vaak.asr.decoder.DecoderConfig d) {
        return new AsrSystem(config.withDecoder(d), model, graph, graphName);
    }

    public SystemConfig config() {
        return config;
    }

    public Language language() {
        return config.language();
    }

    public AcousticModel model() {
        return model;
    }

    public DecodingGraph graph() {
        return graph;
    }

    /** A thread-safe offline recogniser (holds whole files in memory). */
    public Recognizer recognizer() {
        return new Recognizer(model, graph.fst(), config.decoder(), config.language(), graphName);
    }

    /** A new streaming recogniser (one per thread): bounded memory for any length of audio. */
    public StreamingRecognizer streamingRecognizer() {
        return new StreamingRecognizer(model, graph.fst(), config.decoder(), config.language(), STREAM_BLOCK_FRAMES);
    }

    /**
     * The words the system knows, for the OOV rate: the {@code vocabulary} file when system.json names one
     * (one word per line; anything after the first whitespace is ignored), else the graph's output units
     * (for a word system its LM vocabulary; for a subword system the units without a marker, i.e. the
     * words it has as one piece).
     */
    public Set<String> vocabulary() throws IOException {
        Set<String> out = new HashSet<>();
        if (config.vocabulary() != null) {
            for (String line : Files.readAllLines(config.vocabulary(), StandardCharsets.UTF_8)) {
                String w = line.strip();
                int sp = w.indexOf(' ') >= 0 ? w.indexOf(' ') : w.indexOf('\t');
                w = sp >= 0 ? w.substring(0, sp) : w;
                if (!w.isEmpty()) {
                    out.add(java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFC));
                }
            }
            return Collections.unmodifiableSet(out);
        }
        String[] syms = graph.fst().outputSymbols();
        for (int i = 1; i < syms.length; i++) {
            String s = syms[i];
            if (s != null && !s.isEmpty() && !s.startsWith("@@") && !s.endsWith("@@") && !s.startsWith("<")
                    && !s.startsWith("#")) {
                out.add(s);
            }
        }
        return Collections.unmodifiableSet(out);
    }
}
