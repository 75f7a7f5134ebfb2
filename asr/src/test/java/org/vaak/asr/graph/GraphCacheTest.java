package org.vaak.asr.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCacheTest {
    @TempDir
    Path dir;

    static DecodingGraph graph() {
        return new DecodingGraph(GraphBuilderTest.tlg(GraphOptions.DEFAULT), Map.of("lang", "test", "units", "words"));
    }

    @Test
    void builtOnceThenRead() throws IOException {
        GraphCache cache = new GraphCache(dir.resolve("cache"));
        AtomicInteger builds = new AtomicInteger();
        String key = new GraphCache.Key().text("lexicon").text("G").hex();
        DecodingGraph a = cache.get(key, () -> {
            builds.incrementAndGet();
            return graph();
        });
        DecodingGraph b = cache.get(key, () -> {
            builds.incrementAndGet();
            return graph();
        });
        assertEquals(1, builds.get());
        assertEquals(a.metadata(), b.metadata());
        assertEquals(a.fst().numArcs(), b.fst().numArcs());
        assertEquals(TinyGraphs.best(a.fst(), 1, 1, 2, 0), TinyGraphs.best(b.fst(), 1, 1, 2, 0));
        assertTrue(Files.exists(cache.path(key)));
    }

    @Test
    void aCorruptEntryIsRebuilt() throws IOException {
        GraphCache cache = new GraphCache(dir);
        AtomicInteger builds = new AtomicInteger();
        String key = new GraphCache.Key().text("x").hex();
        cache.get(key, () -> {
            builds.incrementAndGet();
            return graph();
        });
        byte[] bytes = Files.readAllBytes(cache.path(key));
        Files.write(cache.path(key), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        cache.get(key, () -> {
            builds.incrementAndGet();
            return graph();
        });
        assertEquals(2, builds.get());
        assertEquals(bytes.length, Files.size(cache.path(key)));
    }

    @Test
    void keysDependOnEveryInputAndItsBoundaries() throws IOException {
        assertEquals(new GraphCache.Key().text("a").text("b").hex(), new GraphCache.Key().text("a").text("b").hex());
        assertNotEquals(new GraphCache.Key().text("ab").text("").hex(), new GraphCache.Key().text("a").text("b").hex());
        Path f = dir.resolve("lm.txt");
        Files.writeString(f, "one");
        String k1 = new GraphCache.Key().file(f).hex();
        Files.writeString(f, "two");
        assertNotEquals(k1, new GraphCache.Key().file(f).hex());
        assertEquals(64, k1.length());
    }

    @Test
    void decodingGraphFileChecksItsKind() throws IOException {
        Path p = dir.resolve("g.bin");
        graph().write(p);
        DecodingGraph g = DecodingGraph.read(p);
        assertEquals(Map.of("lang", "test", "units", "words"), g.metadata());
        assertEquals(java.util.List.of("a", "b", "c"), java.util.List.of(g.phones()));
        Path other = dir.resolve("other.bin");
        org.vaak.segmentation.fst.CompactFstFile.write(g.fst(), Map.of("format", "something-else"), other);
        assertEquals(other + ": not a decoding graph (format 'something-else', expected 'vaak-decoding-graph')",
                assertThrows(IllegalArgumentException.class, () -> DecodingGraph.read(other)).getMessage());
    }
}
