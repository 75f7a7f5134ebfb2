package org.vaak.segmentation.fst;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The byte-level parser behind {@link FstText#read}: splits lines into fields without creating strings,
 * looks symbols up by their UTF-8 bytes, numbers states by first appearance (as fstcompile does).
 */
final class FstTextReader {
    private final Path file;
    private final SymbolIndex in;
    private final SymbolIndex out;
    private final boolean acceptor;
    private final FstBuilder b;
    // state id in the file -> our id + 1 (0 = unseen); ids beyond the array go to the map
    private int[] dense = new int[1 << 12];
    private final LongIntMap sparse = new LongIntMap(16);
    private static final int DENSE_LIMIT = 1 << 26;

    private byte[] buf = new byte[1 << 16];
    private int len;
    private final int[] fieldStart = new int[8];
    private final int[] fieldEnd = new int[8];
    private int lineNo;

    FstTextReader(Path file, SymbolIndex isyms, SymbolIndex osyms, boolean acceptor) {
        this.file = file;
        this.in = isyms;
        this.out = acceptor ? isyms : osyms;
        this.acceptor = acceptor;
        long size = 0;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            // sized by growth then
        }
        // an arc line takes some 16-30 bytes: size the arrays once instead of growing them many times
        int guess = (int) Math.min(1 << 28, Math.max(1 << 12, size / 20));
        this.b = new FstBuilder(guess, guess);
    }

    FstBuilder read() throws IOException {
        try (InputStream s = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 20];
            int n;
            while ((n = s.read(chunk)) > 0) {
                append(chunk, n);
                int i = 0;
                while (true) {
                    int nl = indexOf(buf, (byte) '\n', i, len);
                    if (nl < 0) {
                        break;
                    }
                    line(i, nl);
                    i = nl + 1;
                }
                // keep the unfinished line at the front of the buffer
                System.arraycopy(buf, i, buf, 0, len - i);
                len -= i;
            }
            if (len > 0) {
                line(0, len);
            }
        }
        if (b.numStates() > 0) {
            b.setStart(0);
        }
        return b;
    }

    private void append(byte[] chunk, int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
        System.arraycopy(chunk, 0, buf, len, n);
        len += n;
    }

    private static int indexOf(byte[] a, byte x, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private void line(int from, int to) {
        lineNo++;
        int nf = 0;
        int i = from;
        while (i < to) {
            byte c = buf[i];
            if (c == ' ' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            int start = i;
            while (i < to && buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r') {
                i++;
            }
            if (nf == fieldStart.length) {
                throw error("expected " + expected() + ", found more than " + nf + " fields");
            }
            fieldStart[nf] = start;
            fieldEnd[nf] = i;
            nf++;
        }
        if (nf == 0) {
            return;
        }
        int arcFields = acceptor ? 3 : 4;
        int src = state(0);
        if (nf <= 2) {
            b.setFinal(src, nf == 2 ? weight(1) : 0f);
        } else if (nf == arcFields || nf == arcFields + 1) {
            int dst = state(1);
            int il = label(2, in, "input");
            int ol = acceptor ? il : label(3, out, "output");
            float w = nf == arcFields + 1 ? weight(arcFields) : 0f;
            b.addArc(src, il, ol, w, dst);
        } else {
            throw error("expected " + expected() + " or 'state [weight]', found " + nf + " fields");
        }
    }

    private String expected() {
        return acceptor ? "'src dst label [weight]'" : "'src dst in out [weight]'";
    }

    private String field(int f) {
        return new String(buf, fieldStart[f], fieldEnd[f] - fieldStart[f], StandardCharsets.UTF_8);
    }

    /** A non-negative decimal integer, or -1 when the field is not one (or too long). */
    private long number(int f) {
        int s = fieldStart[f];
        int e = fieldEnd[f];
        if (e - s > 18) {
            return -1;
        }
        long v = 0;
        for (int i = s; i < e; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private int state(int f) {
        long id = number(f);
        if (id < 0) {
            String text = field(f);
            throw error(text.startsWith("-") && text.substring(1).chars().allMatch(Character::isDigit)
                    ? "negative state id " + text : "state id '" + text + "' is not an integer");
        }
        if (id < DENSE_LIMIT) {
            int i = (int) id;
            if (i >= dense.length) {
                dense = Arrays.copyOf(dense, Math.max(i + 1, Math.min(DENSE_LIMIT, dense.length * 2)));
            }
            if (dense[i] == 0) {
                dense[i] = b.addState() + 1;
            }
            return dense[i] - 1;
        }
        int s = sparse.get(id);
        if (s < 0) {
            s = b.addState();
            sparse.putIfAbsent(id, s);
        }
        return s;
    }

    private int label(int f, SymbolIndex syms, String side) {
        if (syms == null) {
            long l = number(f);
            if (l < 0) {
                String text = field(f);
                throw error(text.matches("-[0-9]+") ? side + " label " + text + " out of range"
                        : side + " label '" + text + "' is not an integer");
            }
            if (l > Integer.MAX_VALUE) {
                throw error(side + " label " + l + " out of range");
            }
            return (int) l;
        }
        int id = syms.find(buf, fieldStart[f], fieldEnd[f]);
        if (id < 0) {
            throw error(side + " symbol '" + field(f) + "' is not in the " + side + " symbol table");
        }
        return id;
    }

    private static final float[] POW10 = {1f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

    /**
     * Fast path for plain decimals ([-]digits[.digits]) whose digits fit in a float's 24-bit mantissa:
     * both operands of m / 10^k are then exact floats, so the one correctly rounded division gives the
     * same float as Float.parseFloat. Anything else goes through Float.parseFloat.
     */
    private float weight(int f) {
        int i = fieldStart[f];
        int e = fieldEnd[f];
        boolean negative = i < e && buf[i] == '-';
        if (negative) {
            i++;
        }
        long m = 0;
        int fraction = -1;
        int digits = 0;
        boolean plain = i < e;
        for (; i < e; i++) {
            byte c = buf[i];
            if (c == '.' && fraction < 0) {
                fraction = 0;
            } else if (c >= '0' && c <= '9') {
                m = m * 10 + (c - '0');
                digits++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else {
                plain = false;
                break;
            }
        }
        if (plain && digits > 0 && digits <= 9 && m < (1 << 24) && fraction < POW10.length) {
            float v = fraction > 0 ? (float) m / POW10[fraction] : (float) m;
            return negative ? -v : v;
        }
        return FstText.parseWeight(field(f), file, lineNo);
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(file + ":" + lineNo + ": " + what);
    }

    /** A symbol table indexed by the symbols' UTF-8 bytes (open addressing), for lookups without strings. */
    static final class SymbolIndex {
        private byte[][] bytes;
        private String[] names;
        private int maxId = -1;
        private int[] table;
        private int mask;
        private int size;

        SymbolIndex(int expected) {
            int n = Math.max(16, expected);
            bytes = new byte[n][];
            names = new String[n];
            table = new int[Integer.highestOneBit(n * 2) << 1];
            Arrays.fill(table, -1);
            mask = table.length - 1;
        }

        SymbolIndex(String[] syms) {
            this(syms.length);
            for (int id = 0; id < syms.length; id++) {
                if (syms[id] != null) {
                    byte[] k = syms[id].getBytes(StandardCharsets.UTF_8);
                    add(k, 0, k.length, id, syms[id]);
                }
            }
        }

        /**
         * Adds {@code name} (whose UTF-8 bytes are {@code a[from, to)}) with {@code id}; returns -1, or the id
         * that already has these bytes (the symbol is then not added).
         */
        int add(byte[] a, int from, int to, int id, String name) {
            int i = hash(a, from, to) & mask;
            while (table[i] >= 0) {
                int other = table[i];
                if (Arrays.equals(bytes[other], 0, bytes[other].length, a, from, to)) {
                    return other;
                }
                i = (i + 1) & mask;
            }
            if (id >= bytes.length) {
                int n = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(id + 1L, bytes.length * 2L));
                bytes = Arrays.copyOf(bytes, n);
                names = Arrays.copyOf(names, n);
            }
            bytes[id] = Arrays.copyOfRange(a, from, to);
            names[id] = name;
            table[i] = id;
            maxId = Math.max(maxId, id);
            if (++size * 2 > table.length) {
                rehash();
            }
            return -1;
        }

        /** The symbol with {@code id}, or null. */
        String name(int id) {
            return id < names.length ? names[id] : null;
        }

        String[] symbols() {
            return Arrays.copyOf(names, maxId + 1);
        }

        int find(byte[] a, int from, int to) {
            int i = hash(a, from, to) & mask;
            while (true) {
                int id = table[i];
                if (id < 0) {
                    return -1;
                }
                byte[] k = bytes[id];
                if (k.length == to - from && Arrays.equals(k, 0, k.length, a, from, to)) {
                    return id;
                }
                i = (i + 1) & mask;
            }
        }

        private void rehash() {
            table = new int[table.length * 2];
            Arrays.fill(table, -1);
            mask = table.length - 1;
            for (int id = 0; id <= maxId; id++) {
                if (bytes[id] != null) {
                    int i = hash(bytes[id], 0, bytes[id].length) & mask;
                    while (table[i] >= 0) {
                        i = (i + 1) & mask;
                    }
                    table[i] = id;
                }
            }
        }

        private static int hash(byte[] a, int from, int to) {
            int h = 0x811c9dc5;
            for (int i = from; i < to; i++) {
                h = (h ^ (a[i] & 0xff)) * 0x01000193;
            }
            return h ^ (h >>> 15);
        }
    }
}
