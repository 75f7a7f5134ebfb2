package org.vaak.asr.graph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.CompactFstFile;

/**
 * A decoding graph TLG as the decoder reads it: input labels are acoustic tokens + 1 (0 epsilon, 1 blank,
 * {@code i + 2} phone {@code i}), output labels words or marked subword units (0 epsilon), tropical graph
 * costs. Stored in a {@link CompactFstFile} whose metadata says what the graph is ({@code format},
 * {@code lang}, {@code units}, {@code options}, the sizes of the build steps, ...).
 */
public record DecodingGraph(CompactFst fst, Map<String, String> metadata) {
    /** The value of the {@code format} metadata entry. */
    public static final String FORMAT = "vaak-decoding-graph";

    public DecodingGraph {
        metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public void write(Path file) throws IOException {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format", FORMAT);
        meta.putAll(metadata);
        CompactFstFile.write(fst, meta, file);
    }

    /** Reads a graph file and checks that it is a decoding graph (its input side is blank + phones). */
    public static DecodingGraph read(Path file) throws IOException {
        CompactFstFile.Contents c = CompactFstFile.read(file);
        if (!FORMAT.equals(c.metadata().get("format"))) {
            throw new IllegalArgumentException(file + ": not a decoding graph (format '" + c.metadata().get("format")
                    + "', expected '" + FORMAT + "')");
        }
        String[] in = c.fst().inputSymbols();
        if (in == null || in.length < 2 || !TokenSymbols.EPS.equals(in[0]) || !TokenSymbols.BLANK.equals(in[1])) {
            throw new IllegalArgumentException(file + ": the graph's input symbols must start with <eps>, <blk>");
        }
        if (c.fst().outputSymbols() == null) {
            throw new IllegalArgumentException(file + ": the graph has no output symbol table");
        }
        Map<String, String> meta = new LinkedHashMap<>(c.metadata());
        meta.remove("format");
        return new DecodingGraph(c.fst(), meta);
    }

    /** The phones in token order (token {@code i >= 1} is phone {@code i - 1}). */
    public String[] phones() {
        String[] in = fst.inputSymbols();
        return java.util.Arrays.copyOfRange(in, 2, in.length);
    }
}
