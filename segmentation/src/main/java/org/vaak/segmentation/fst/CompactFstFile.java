package org.vaak.segmentation.fst;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;
import org.vaak.segmentation.io.AtomicFiles;

/**
 * The binary file of a {@link CompactFst}: a read-only decoding graph that loads in one pass over a memory
 * map. Little-endian throughout; the layout (documented in {@code docs/graphs.md}) is
 *
 * <pre>
 * header   magic "VAAKFST\0" (8 bytes), version u32 = 1, numStates i32, numArcs i32, start i32
 * sections metadata, input symbols, output symbols: each i32 byte length + UTF-8 text
 *          (metadata: "key=value" lines; symbols: one symbol per line, line number = label, empty line = no symbol)
 * padding  zero bytes up to a multiple of 4
 * arrays   offsets i32[numStates + 1], ilabels i32[numArcs], olabels i32[numArcs], nexts i32[numArcs],
 *          weights f32[numArcs], finals f32[numStates]
 * trailer  CRC-32C of every byte before it (u32), then "VEND"
 * </pre>
 *
 * A file without symbol tables stores an empty section. Reading checks the magic, the version, the size
 * implied by the counts, the checksum and the array invariants, and names the file in every error.
 */
public final class CompactFstFile {
    /** The file format version this class writes and reads. */
    public static final int VERSION = 1;
    static final byte[] MAGIC = "VAAKFST\0".getBytes(StandardCharsets.US_ASCII);
    static final byte[] END = "VEND".getBytes(StandardCharsets.US_ASCII);
    private static final int FIXED_HEADER = 8 + 4 * 4;

    private CompactFstFile() {
    }

    /** An FST read from a file, with the file's metadata (insertion order kept). */
    public record Contents(CompactFst fst, Map<String, String> metadata) {
        public Contents {
            metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        }
    }

    /** Writes {@code fst} with {@code metadata} to {@code file} through a temporary file moved into place. */
    public static void write(CompactFst fst, Map<String, String> metadata, Path file) throws IOException {
        byte[] meta = metadataText(metadata).getBytes(StandardCharsets.UTF_8);
        byte[] isyms = symbolText(fst.isymsShared(), "input").getBytes(StandardCharsets.UTF_8);
        byte[] osyms = symbolText(fst.osymsShared(), "output").getBytes(StandardCharsets.UTF_8);
        int n = fst.numStates();
        int m = fst.numArcs();
        long head = FIXED_HEADER + 12L + meta.length + isyms.length + osyms.length;
        int pad = (int) ((4 - head % 4) % 4);
        long size = head + pad + 4L * (n + 1) + 4L * 4 * m + 4L * n + 8;
        if (size > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("FST too large for one graph file: " + size + " bytes");
        }
        ByteBuffer buf = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(MAGIC).putInt(VERSION).putInt(n).putInt(m).putInt(fst.start());
        for (byte[] section : new byte[][] {meta, isyms, osyms}) {
            buf.putInt(section.length).put(section);
        }
        buf.position(buf.position() + pad);
        int[] offsets = fst.offsetsShared();
        for (int s = 0; s <= n; s++) {
            buf.putInt(offsets[s]);
        }
        for (int a = 0; a < m; a++) {
            buf.putInt(fst.ilabel(a));
        }
        for (int a = 0; a < m; a++) {
            buf.putInt(fst.olabel(a));
        }
        for (int a = 0; a < m; a++) {
            buf.putInt(fst.next(a));
        }
        for (int a = 0; a < m; a++) {
            buf.putFloat(fst.weight(a));
        }
        for (int s = 0; s < n; s++) {
            buf.putFloat(fst.finalWeight(s));
        }
        CRC32C crc = new CRC32C();
        crc.update(buf.array(), 0, buf.position());
        buf.putInt((int) crc.getValue()).put(END);
        AtomicFiles.writeBytes(file, buf.array());
    }

    /** Reads a graph file through a memory map. */
    public static Contents read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE) {
                throw bad(file, "is larger than 2 GiB (" + size + " bytes)");
            }
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            map.order(ByteOrder.LITTLE_ENDIAN);
            return parse(file, map, (int) size);
        }
    }

    private static Contents parse(Path file, ByteBuffer buf, int size) {
        if (size < MAGIC.length) {
            throw bad(file, "is not a vaak graph file (" + size + " bytes, too short for the header)");
        }
        byte[] magic = new byte[MAGIC.length];
        buf.get(0, magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw bad(file, "is not a vaak graph file (bad magic bytes)");
        }
        if (size < FIXED_HEADER + 12 + 8) {
            throw bad(file, "is truncated: " + size + " bytes, shorter than the header");
        }
        int version = buf.getInt(8);
        if (version != VERSION) {
            throw bad(file, "has format version " + version + "; this vaak reads version " + VERSION
                    + " (rebuild the graph with 'vaak graph build')");
        }
        int n = buf.getInt(12);
        int m = buf.getInt(16);
        int start = buf.getInt(20);
        if (n < 0 || m < 0 || start < -1 || start >= Math.max(n, 1) || (n == 0 && start != -1)) {
            throw bad(file, "has a corrupt header (states " + n + ", arcs " + m + ", start " + start + ")");
        }
        int pos = FIXED_HEADER;
        String[] sections = new String[3];
        for (int i = 0; i < 3; i++) {
            if (pos + 4 > size) {
                throw bad(file, "is truncated inside its header (" + size + " bytes)");
            }
            int len = buf.getInt(pos);
            pos += 4;
            if (len < 0 || (long) pos + len > size) {
                throw bad(file, "is truncated or corrupt: a header section of " + len + " bytes at byte " + pos
                        + " does not fit in " + size + " bytes");
            }
            byte[] b = new byte[len];
            buf.get(pos, b);
            sections[i] = new String(b, StandardCharsets.UTF_8);
            pos += len;
        }
        pos += (4 - pos % 4) % 4;
        long expected = pos + 4L * (n + 1) + 16L * m + 4L * n + 8;
        if (expected != size) {
            throw bad(file, (size < expected ? "is truncated" : "has trailing bytes") + ": " + size
                    + " bytes, the header says " + expected);
        }
        CRC32C crc = new CRC32C();
        ByteBuffer body = buf.duplicate().position(0).limit(size - 8);
        crc.update(body);
        int stored = buf.getInt(size - 8);
        byte[] end = new byte[4];
        buf.get(size - 4, end);
        if (!java.util.Arrays.equals(end, END)) {
            throw bad(file, "is corrupt: the end marker is missing");
        }
        if ((int) crc.getValue() != stored) {
            throw bad(file, "is corrupt: checksum mismatch (stored " + Integer.toHexString(stored) + ", computed "
                    + Long.toHexString(crc.getValue()) + ")");
        }
        int[] offsets = ints(buf, pos, n + 1);
        pos += 4 * (n + 1);
        int[] il = ints(buf, pos, m);
        pos += 4 * m;
        int[] ol = ints(buf, pos, m);
        pos += 4 * m;
        int[] nx = ints(buf, pos, m);
        pos += 4 * m;
        float[] w = floats(buf, pos, m);
        pos += 4 * m;
        float[] fin = floats(buf, pos, n);
        checkArrays(file, offsets, il, ol, nx, n, m);
        CompactFst fst = new CompactFst(start, offsets, il, ol, nx, w, fin, symbols(file, sections[1], "input"),
                symbols(file, sections[2], "output"));
        return new Contents(fst, metadata(file, sections[0]));
    }

    private static int[] ints(ByteBuffer buf, int pos, int count) {
        int[] out = new int[count];
        buf.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(pos).asIntBuffer().get(out);
        return out;
    }

    private static float[] floats(ByteBuffer buf, int pos, int count) {
        float[] out = new float[count];
        buf.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(pos).asFloatBuffer().get(out);
        return out;
    }

    private static void checkArrays(Path file, int[] offsets, int[] il, int[] ol, int[] nx, int n, int m) {
        if (offsets[0] != 0 || offsets[n] != m) {
            throw bad(file, "is corrupt: arc offsets do not span the " + m + " arcs");
        }
        for (int s = 0; s < n; s++) {
            if (offsets[s + 1] < offsets[s]) {
                throw bad(file, "is corrupt: arc offsets decrease at state " + s);
            }
        }
        for (int a = 0; a < m; a++) {
            if (il[a] < 0 || ol[a] < 0 || nx[a] < 0 || nx[a] >= n) {
                throw bad(file, "is corrupt: arc " + a + " has labels " + il[a] + ":" + ol[a] + " and next state " + nx[a]);
            }
        }
    }

    private static IllegalArgumentException bad(Path file, String what) {
        return new IllegalArgumentException(file + ": " + what);
    }

    static String metadataText(Map<String, String> metadata) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            String k = e.getKey();
            String v = e.getValue();
            if (k.isEmpty() || k.indexOf('=') >= 0 || k.indexOf('\n') >= 0 || v.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("metadata entry '" + k + "' may not be empty or contain '=' (key) or a line break");
            }
            sb.append(k).append('=').append(v).append('\n');
        }
        return sb.toString();
    }

    private static Map<String, String> metadata(Path file, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw bad(file, "is corrupt: metadata line '" + line + "' has no key=value");
            }
            out.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return out;
    }

    static String symbolText(String[] syms, String side) {
        if (syms == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syms.length; i++) {
            String s = syms[i];
            if (s != null) {
                if (s.isEmpty() || s.indexOf('\n') >= 0) {
                    throw new IllegalArgumentException(side + " symbol " + i + " is empty or contains a line break");
                }
                sb.append(s);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String[] symbols(Path file, String text, String side) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.charAt(text.length() - 1) != '\n') {
            throw bad(file, "is corrupt: the " + side + " symbol table does not end with a line break");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                lines[i] = null;
            }
        }
        return lines;
    }
}
