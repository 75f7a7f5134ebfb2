package org.vaak.asr.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Built graphs on disk, keyed by a SHA-256 of everything that determines them (see {@link Key}), so a graph
 * is built once: {@code DIR/<key>.graph}. Files are written atomically ({@link DecodingGraph#write}); a
 * cached file that cannot be read (truncated, corrupt, older format) is rebuilt and replaced.
 */
public final class GraphCache {
    private static final Logger LOG = LoggerFactory.getLogger(GraphCache.class);
    /** Bumped when the graph construction changes in a way that changes graphs. */
    public static final int BUILDER_VERSION = 1;

    private final Path dir;

    public GraphCache(Path dir) {
        this.dir = dir;
    }

    /** {@code ~/.cache/vaak/graphs} (or {@code $XDG_CACHE_HOME/vaak/graphs}). */
    public static Path defaultDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("vaak").resolve("graphs");
    }

    public Path dir() {
        return dir;
    }

    /** A graph builder that may be called when the cache has no usable entry. */
    public interface Builder {
        DecodingGraph build() throws IOException;
    }

    /** The path an entry lives at. */
    public Path path(String key) {
        return dir.resolve(key + ".graph");
    }

    /** The cached graph for {@code key}, built (and stored) when missing or unreadable. */
    public DecodingGraph get(String key, Builder builder) throws IOException {
        Path p = path(key);
        if (Files.exists(p)) {
            try {
                DecodingGraph g = DecodingGraph.read(p);
                LOG.info("graph cache hit: {}", p);
                return g;
            } catch (IllegalArgumentException e) {
                LOG.warn("rebuilding the cached graph: {}", e.getMessage());
            }
        }
        DecodingGraph g = builder.build();
        g.write(p);
        LOG.info("graph cached: {}", p);
        return g;
    }

    /** Accumulates the inputs of a cache key. */
    public static final class Key {
        private final MessageDigest md;

        public Key() {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            text("builder-version=" + BUILDER_VERSION);
        }

        public Key text(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            md.update(intBytes(b.length));
            md.update(b);
            return this;
        }

        /** The content of a file (not its name or time). */
        public Key file(Path f) throws IOException {
            md.update(intBytes(-1));
            try (InputStream in = Files.newInputStream(f)) {
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                }
            }
            return this;
        }

        private static byte[] intBytes(int v) {
            return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
        }

        public String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }
}
