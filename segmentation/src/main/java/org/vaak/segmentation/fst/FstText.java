package org.vaak.segmentation.fst;

import org.vaak.segmentation.io.AtomicFiles;

import com.github.steveash.jopenfst.Fst;
import com.github.steveash.jopenfst.MutableFst;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * OpenFst's AT&T text format, as written by {@code fstprint} and read by {@code fstcompile}.
 *
 * <p>{@code write(fst, dir/name)} writes {@code name.fst.txt} and, when the FST carries symbol tables,
 * {@code name.isyms} and {@code name.osyms} ({@code <eps>} = 0). Compile them with
 * {@code fstcompile --isymbols=name.isyms --osymbols=name.osyms --keep_isymbols --keep_osymbols
 * name.fst.txt name.fst}. Arc lines are {@code src dst in out [weight]}, final lines
 * {@code state [weight]}; a missing weight is 0 (the tropical one), the start state's lines come first,
 * a state with neither arcs nor final weight gets the line {@code state Infinity} (as fstprint writes).
 * Files are written to a temporary file and moved into place.
 *
 * <p>Reading accepts what {@code fstprint} writes, with or without symbol tables, tab or space separated,
 * including weights {@code Infinity}. Like {@code fstcompile} (without {@code --keep_state_numbering})
 * states are numbered in order of first appearance, so the start state is 0. A malformed line is
 * reported as {@code file:line: what is wrong}.
 */
public final class FstText {
    public static final String FST_SUFFIX = ".fst.txt";
    public static final String ISYMS_SUFFIX = ".isyms";
    public static final String OSYMS_SUFFIX = ".osyms";

    private FstText() {
    }

    /** Writes {@code base.fst.txt} (+ {@code base.isyms}, {@code base.osyms} when the FST has symbols). */
    public static void write(CompactFst fst, Path base) throws IOException {
        String[] isyms = fst.isymsShared();
        String[] osyms = fst.osymsShared();
        if (isyms != null) {
            writeSymbols(isyms, sibling(base, ISYMS_SUFFIX));
        }
        if (osyms != null) {
            writeSymbols(osyms, sibling(base, OSYMS_SUFFIX));
        }
        Path target = sibling(base, FST_SUFFIX);
        AtomicFiles.write(target, w -> writeFst(fst, isyms, osyms, w));
    }

    /** Writes a jopenfst FST; see {@link #write(CompactFst, Path)}. */
    public static void write(Fst fst, Path base) throws IOException {
        write(CompactFst.from(fst), base);
    }

    /** Reads {@code base.fst.txt} with {@code base.isyms}/{@code base.osyms} when those files exist. */
    public static CompactFst read(Path base) throws IOException {
        Path i = sibling(base, ISYMS_SUFFIX);
        Path o = sibling(base, OSYMS_SUFFIX);
        return read(sibling(base, FST_SUFFIX), Files.exists(i) ? i : null, Files.exists(o) ? o : null, false);
    }

    /**
     * Reads an FST text file. {@code isyms}/{@code osyms} may be null: labels are then numbers.
     * With {@code acceptor}, arc lines are {@code src dst label [weight]} (fstprint --acceptor).
     */
    public static CompactFst read(Path fstText, Path isyms, Path osyms, boolean acceptor) throws IOException {
        FstTextReader.SymbolIndex in = isyms == null ? null : readSymbols(isyms);
        FstTextReader.SymbolIndex out;
        if (acceptor) {
            out = in;
        } else if (osyms == null) {
            out = null;
        } else if (isyms != null && sameContent(isyms, osyms)) {
            out = in; // one table for both sides (e.g. a grammar): parsed and indexed once
        } else {
            out = readSymbols(osyms);
        }
        return readFst(fstText, in, out, acceptor);
    }

    /** Reads a jopenfst copy; see {@link #read(Path)}. */
    public static MutableFst readMutable(Path base) throws IOException {
        return read(base).toMutableFst();
    }

    private static boolean sameContent(Path a, Path b) throws IOException {
        return Files.isSameFile(a, b) || (Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1);
    }

    static Path sibling(Path base, String suffix) {
        Path name = base.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("not a file base name: " + base);
        }
        return base.resolveSibling(name + suffix);
    }

    // ---------------------------------------------------------------- writing

    private static void writeFst(CompactFst fst, String[] isyms, String[] osyms, Writer w) throws IOException {
        int n = fst.numStates();
        int start = fst.start();
        if (start < 0) {
            return;
        }
        StringBuilder line = new StringBuilder(64);
        writeState(fst, start, isyms, osyms, w, line);
        for (int s = 0; s < n; s++) {
            if (s != start) {
                writeState(fst, s, isyms, osyms, w, line);
            }
        }
    }

    private static void writeState(CompactFst fst, int s, String[] isyms, String[] osyms, Writer w,
            StringBuilder line) throws IOException {
        for (int a = fst.arcStart(s); a < fst.arcEnd(s); a++) {
            line.setLength(0);
            line.append(s).append('\t').append(fst.next(a)).append('\t');
            label(line, fst.ilabel(a), isyms, "input").append('\t');
            label(line, fst.olabel(a), osyms, "output");
            float wt = fst.weight(a);
            if (wt != 0f) {
                line.append('\t').append(formatWeight(wt));
            }
            w.append(line).append('\n');
        }
        if (fst.isFinal(s)) {
            float f = fst.finalWeight(s);
            w.write(f == 0f ? s + "\n" : s + "\t" + formatWeight(f) + "\n");
        } else if (fst.numArcs(s) == 0) {
            // as fstprint does: a state with neither arcs nor final weight still gets a line
            w.write(s + "\tInfinity\n");
        }
    }

    private static StringBuilder label(StringBuilder sb, int label, String[] syms, String side) {
        if (syms == null) {
            return sb.append(label);
        }
        if (label >= syms.length || syms[label] == null) {
            throw new IllegalArgumentException(side + " label " + label + " has no symbol in the " + side + " table");
        }
        return sb.append(syms[label]);
    }

    /** Shortest decimal form that reads back to the same float; {@code Infinity} for zero. */
    static String formatWeight(float w) {
        if (w == Float.POSITIVE_INFINITY) {
            return "Infinity";
        }
        if (w == Math.rint(w) && Math.abs(w) < 1e7f) {
            return Integer.toString((int) w);
        }
        return Float.toString(w);
    }

    private static void writeSymbols(String[] syms, Path file) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < syms.length; i++) {
            String s = syms[i];
            if (s == null) {
                continue;
            }
            if (s.isEmpty() || s.codePoints().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("symbol " + i + " '" + s + "' is empty or contains white space");
            }
            Integer prev = seen.put(s, i);
            if (prev != null) {
                throw new IllegalArgumentException("symbol '" + s + "' has two ids: " + prev + " and " + i);
            }
        }
        if (syms.length > 0 && syms[0] != null && !syms[0].equals(com.github.steveash.jopenfst.Fst.EPS)) {
            throw new IllegalArgumentException("symbol 0 must be <eps>, is '" + syms[0] + "'");
        }
        AtomicFiles.write(file, w -> {
            if (syms.length == 0 || syms[0] == null) {
                w.write("<eps>\t0\n");
            }
            for (int i = 0; i < syms.length; i++) {
                if (syms[i] != null) {
                    w.write(syms[i] + "\t" + i + "\n");
                }
            }
        });
    }

    // ---------------------------------------------------------------- reading

    static FstTextReader.SymbolIndex readSymbols(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        FstTextReader.SymbolIndex index = new FstTextReader.SymbolIndex(bytes.length / 12);
        int no = 0;
        int pos = 0;
        int[] f = new int[4];
        while (pos < bytes.length) {
            int end = pos;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            no++;
            int nf = 0;
            int i = pos;
            while (i < end) {
                byte c = bytes[i];
                if (c == ' ' || c == '\t' || c == '\r') {
                    i++;
                    continue;
                }
                int start = i;
                while (i < end && bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                    i++;
                }
                if (nf < 2) {
                    f[2 * nf] = start;
                    f[2 * nf + 1] = i;
                }
                nf++;
            }
            pos = end + 1;
            if (nf == 0) {
                continue;
            }
            if (nf != 2) {
                throw error(file, no, "expected 'symbol id', found " + nf + " fields");
            }
            long id = parseLong(new String(bytes, f[2], f[3] - f[2], StandardCharsets.ISO_8859_1), file, no, "symbol id");
            if (id < 0 || id > Integer.MAX_VALUE - 8) {
                throw error(file, no, "symbol id " + id + " out of range");
            }
            String sym = new String(bytes, f[0], f[1] - f[0], StandardCharsets.UTF_8);
            String named = index.name((int) id);
            if (named != null) {
                throw error(file, no, "id " + id + " already names '" + named + "'");
            }
            int prev = index.add(bytes, f[0], f[1], (int) id, sym);
            if (prev >= 0) {
                throw error(file, no, "symbol '" + sym + "' already has id " + prev);
            }
        }
        return index;
    }

    private static CompactFst readFst(Path file, FstTextReader.SymbolIndex isyms, FstTextReader.SymbolIndex osyms,
            boolean acceptor) throws IOException {
        FstBuilder b = new FstTextReader(file, isyms, osyms, acceptor).read();
        String[] in = isyms == null ? null : isyms.symbols();
        String[] out = acceptor || osyms == isyms ? in : osyms == null ? null : osyms.symbols();
        return b.build(in, out);
    }




    static float parseWeight(String s, Path file, int no) {
        float w;
        switch (s) {
            case "Infinity", "inf", "+inf", "INF" -> w = Float.POSITIVE_INFINITY;
            case "-Infinity", "-inf" -> w = Float.NEGATIVE_INFINITY;
            default -> {
                try {
                    w = Float.parseFloat(s);
                } catch (NumberFormatException e) {
                    throw error(file, no, "weight '" + s + "' is not a number");
                }
            }
        }
        if (Float.isNaN(w) || w == Float.NEGATIVE_INFINITY || s.endsWith("f") || s.endsWith("d")
                || s.endsWith("F") || s.endsWith("D")) {
            throw error(file, no, "weight '" + s + "' is not a tropical weight");
        }
        return w;
    }

    private static long parseLong(String s, Path file, int no, String what) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw error(file, no, what + " '" + s + "' is not an integer");
        }
    }


    private static IllegalArgumentException error(Path file, int line, String what) {
        return new IllegalArgumentException(file + ":" + line + ": " + what);
    }
}
