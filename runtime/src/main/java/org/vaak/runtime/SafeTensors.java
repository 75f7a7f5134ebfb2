package org.vaak.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A safetensors file, memory-mapped: an 8-byte little-endian header length, a JSON header naming each
 * tensor's dtype, shape and byte range, then the raw little-endian data. Every header field is checked
 * against the file before any tensor is handed out.
 */
public final class SafeTensors {
    /** Largest header accepted (the format's reference reader uses the same bound). */
    public static final long MAX_HEADER = 100L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source;
    private final Map<String, String> metadata;
    private final Map<String, StoredTensor> tensors;

    private SafeTensors(String source, Map<String, String> metadata, Map<String, StoredTensor> tensors) {
        this.source = source;
        this.metadata = metadata;
        this.tensors = tensors;
    }

    /** Maps and validates a file. */
    public static SafeTensors open(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < 8) {
                throw new ModelFormatException(file + ": not a safetensors file: " + size + " bytes, shorter than the 8-byte header length");
            }
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            return parse(file.toString(), map);
        }
    }

    /** Parses an in-memory safetensors image; {@code source} names it in error messages. */
    public static SafeTensors parse(String source, ByteBuffer buf) {
        ByteBuffer b = buf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        long size = b.remaining();
        if (size < 8) {
            throw new ModelFormatException(source + ": not a safetensors file: " + size + " bytes, shorter than the 8-byte header length");
        }
        long headerLen = b.getLong(0);
        if (headerLen < 2 || headerLen > MAX_HEADER) {
            throw new ModelFormatException(source + ": header length " + headerLen + " is outside [2, " + MAX_HEADER + "]");
        }
        if (8 + headerLen > size) {
            throw new ModelFormatException(source + ": truncated: header says " + headerLen + " header bytes but the file has only "
                    + (size - 8) + " after the length");
        }
        byte[] hb = new byte[(int) headerLen];
        b.get(8, hb);
        JsonNode root;
        try {
            root = JSON.readTree(hb);
        } catch (IOException e) {
            throw new ModelFormatException(source + ": header is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ModelFormatException(source + ": header is not a JSON object");
        }
        long dataStart = 8 + headerLen;
        long dataLen = size - dataStart;
        ByteBuffer data = b.slice((int) dataStart, (int) dataLen).order(ByteOrder.LITTLE_ENDIAN);
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, StoredTensor> out = new LinkedHashMap<>();
        List<long[]> ranges = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode v = e.getValue();
            if (name.equals("__metadata__")) {
                if (!v.isObject()) {
                    throw new ModelFormatException(source + ": __metadata__ must be an object of strings");
                }
                v.fields().forEachRemaining(m -> {
                    if (!m.getValue().isTextual()) {
                        throw new ModelFormatException(source + ": __metadata__." + m.getKey() + " is not a string");
                    }
                    meta.put(m.getKey(), m.getValue().asText());
                });
                continue;
            }
            String where = source + ": tensor '" + name + "': ";
            if (!v.isObject()) {
                throw new ModelFormatException(where + "entry is not an object");
            }
            JsonNode dt = v.get("dtype");
            if (dt == null || !dt.isTextual()) {
                throw new ModelFormatException(where + "missing dtype");
            }
            DType dtype = DType.fromHeader(dt.asText());
            if (dtype == null) {
                throw new ModelFormatException(where + "unknown dtype '" + dt.asText() + "'");
            }
            JsonNode sh = v.get("shape");
            if (sh == null || !sh.isArray()) {
                throw new ModelFormatException(where + "missing shape");
            }
            int[] shape = new int[sh.size()];
            long numel = 1;
            for (int i = 0; i < shape.length; i++) {
                JsonNode d = sh.get(i);
                if (!d.canConvertToLong() || d.asLong() < 0 || d.asLong() > Integer.MAX_VALUE) {
                    throw new ModelFormatException(where + "bad dimension " + d + " in shape " + sh);
                }
                shape[i] = (int) d.asLong();
                numel = Math.multiplyExact(numel, shape[i]);
            }
            JsonNode off = v.get("data_offsets");
            if (off == null || !off.isArray() || off.size() != 2 || !off.get(0).canConvertToLong() || !off.get(1).canConvertToLong()) {
                throw new ModelFormatException(where + "data_offsets must be [begin, end]");
            }
            long begin = off.get(0).asLong();
            long end = off.get(1).asLong();
            if (begin < 0 || end < begin) {
                throw new ModelFormatException(where + "bad data_offsets [" + begin + ", " + end + "]");
            }
            if (end > dataLen) {
                throw new ModelFormatException(where + "data_offsets end " + end + " is past the end of the data (" + dataLen
                        + " bytes): file truncated?");
            }
            long expect = numel * dtype.size();
            if (end - begin != expect) {
                throw new ModelFormatException(where + dtype.headerName() + java.util.Arrays.toString(shape) + " needs " + expect
                        + " bytes, data_offsets give " + (end - begin));
            }
            ranges.add(new long[] {begin, end});
            ByteBuffer slice = data.slice((int) begin, (int) (end - begin));
            out.put(name, new StoredTensor(name, dtype, shape, slice));
        }
        ranges.sort((x, y) -> Long.compare(x[0], y[0]));
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i)[0] < ranges.get(i - 1)[1]) {
                throw new ModelFormatException(source + ": tensors overlap at byte " + ranges.get(i)[0] + " of the data");
            }
        }
        return new SafeTensors(source, Collections.unmodifiableMap(meta), Collections.unmodifiableMap(out));
    }

    public String source() {
        return source;
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    public Map<String, StoredTensor> tensors() {
        return tensors;
    }

    public boolean has(String name) {
        return tensors.containsKey(name);
    }

    /** The named tensor; the error names the file and the missing tensor. */
    public StoredTensor get(String name) {
        StoredTensor t = tensors.get(name);
        if (t == null) {
            throw new ModelFormatException(source + ": no tensor named '" + name + "'");
        }
        return t;
    }
}
