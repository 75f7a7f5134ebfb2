package org.vaak.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vaak.asr.AcousticModel;
import org.vaak.asr.decoder.DecoderConfig;
import org.vaak.asr.graph.GraphCache;
import org.vaak.asr.system.AsrSystem;
import org.vaak.lexicons.Language;
import picocli.CommandLine.Option;

/** How the recognition commands find their system: --system, or the default of --lang under the models folder. */
final class SystemOptions {
    @Option(names = "--system", paramLabel = "DIR", description = "a recognition system (a folder with system.json)")
    Path system;

    @Option(names = "--lang", description = "language of the default system: ta or kn (default: ta)")
    String lang;

    @Option(names = "--models", paramLabel = "DIR",
            description = "folder of the default systems (default: $VAAK_MODELS, else models/ of the installation)")
    Path models;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "decoding-graph cache (default: $VAAK_CACHE, else ~/.cache/vaak/graphs)")
    Path cache;

    @Option(names = "--beam", description = "decoder beam (default: the system's, else 16)")
    Double beam;

    @Option(names = "--max-active", description = "decoder: most tokens kept per frame (default: the system's, else 7000)")
    Integer maxActive;

    @Option(names = "--acoustic-scale", description = "weight of the acoustic model against the graph (default: the system's, else 1)")
    Double acousticScale;

    @Option(names = "--insertion-penalty", description = "cost per emitted word or subword (default: the system's, else 0)")
    Double insertionPenalty;

    @Option(names = "--word-penalty", description = "cost per completed word; negative values make subword systems end words more readily (default: the system's, else 0)")
    Double wordPenalty;

    /** The system's folder. */
    Path systemDir() {
        if (system != null) {
            return system;
        }
        return AsrSystem.defaultSystem(modelsDir(), Language.fromCode(lang == null ? "ta" : lang));
    }

    Path cacheDir() {
        if (cache != null) {
            return cache;
        }
        String env = System.getenv("VAAK_CACHE");
        return env != null && !env.isBlank() ? Path.of(env) : GraphCache.defaultDir();
    }

    /** --models, $VAAK_MODELS, the vaak.home property's models/, or models/ of the folder the cli jar was built in. */
    Path modelsDir() {
        if (models != null) {
            return models;
        }
        String env = System.getenv("VAAK_MODELS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String home = System.getProperty("vaak.home");
        if (home != null && !home.isBlank()) {
            return Path.of(home, "models");
        }
        try {
            Path jar = Path.of(SystemOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // <home>/cli/target/vaak-cli-*.jar or <home>/cli/target/classes
            Path home2 = jar.getParent() == null || jar.getParent().getParent() == null ? null
                    : jar.getParent().getParent().getParent();
            if (home2 != null && Files.isDirectory(home2)) {
                return home2.resolve("models");
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working directory
        }
        return Path.of("models");
    }

    /** Loads the system, telling the user on standard error when its graph must be built first. */
    AsrSystem load(AcousticModel modelOverride) throws IOException {
        Language wanted = lang == null ? null : Language.fromCode(lang);
        AsrSystem s = AsrSystem.load(systemDir(), cacheDir(), msg -> System.err.println("vaak: " + msg), modelOverride);
        if (wanted != null && wanted != s.language()) {
            throw new Errors.UserError(s.config().file() + ": a " + s.language().displayName() + " system, but --lang "
                    + lang + " was given");
        }
        DecoderConfig d = s.config().decoder();
        try {
            if (beam != null) {
                d = d.withBeam(beam);
            }
            if (maxActive != null) {
                d = d.withMaxActive(maxActive);
            }
            if (acousticScale != null) {
                d = d.withAcousticScale(acousticScale);
            }
            if (insertionPenalty != null) {
                d = d.withInsertionPenalty(insertionPenalty);
            }
            if (wordPenalty != null) {
                d = d.withWordPenalty(wordPenalty);
            }
        } catch (IllegalArgumentException e) {
            throw new Errors.UserError(e.getMessage());
        }
        return d.equals(s.config().decoder()) ? s : s.withDecoder(d);
    }
}
