package org.vaak.lexicons.grammar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.PhonemicForm;

/**
 * Reads a language's grammar folder: {@code affixes.tsv}, {@code stems.tsv}, {@code stems-mined.tsv}
 * (optional) and {@code morphotactics.tsv}. The format is described in the folder's README.md and in
 * docs/grammar.md. Every problem is reported with the file name and line number.
 */
public final class GrammarLoader {
    /** The unit files, in the order they are read. */
    public static final List<String> UNIT_FILES = List.of("affixes.tsv", "stems.tsv", "stems-mined.tsv");
    public static final String MORPHOTACTICS = "morphotactics.tsv";
    /** The file of stems mined from a training corpus ({@code StemMiner}); optional. */
    public static final String MINED = "stems-mined.tsv";

    private GrammarLoader() {
    }

    /** The grammar shipped with vaak, from the class path ({@code org/vaak/lexicons/<code>/grammar/}). */
    public static GrammarData load(Language lang) {
        return load(lang, true);
    }

    /**
     * The grammar shipped with vaak; with {@code withMined == false} only the hand-made lists (no
     * {@code stems-mined.tsv}), which is what stem mining starts from.
     */
    public static GrammarData load(Language lang, boolean withMined) {
        return load(lang, name -> {
            if (!withMined && name.equals(MINED)) {
                return null;
            }
            InputStream in = openShipped(lang, name);
            return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
        }, "org/vaak/lexicons/" + lang.code() + "/grammar/");
    }

    /**
     * Another file shipped beside a language's grammar data (e.g. the SG-WFST's estimated weights), or
     * null when there is none. The caller closes it.
     */
    public static InputStream openShipped(Language lang, String name) {
        return GrammarLoader.class.getResourceAsStream(shippedName(lang, name));
    }

    /** The class-path name of a shipped grammar file, for messages. */
    public static String shippedName(Language lang, String name) {
        return "/org/vaak/lexicons/" + lang.code() + "/grammar/" + name;
    }

    /** A grammar from a folder on disk. {@code stems-mined.tsv} may be absent. */
    public static GrammarData load(Language lang, Path dir) {
        return load(lang, dir, true);
    }

    /** A grammar from a folder on disk, with or without its mined stems. */
    public static GrammarData load(Language lang, Path dir, boolean withMined) {
        return load(lang, name -> {
            if (!withMined && name.equals(MINED)) {
                return null;
            }
            Path p = dir.resolve(name);
            try {
                return Files.exists(p) ? Files.newBufferedReader(p, StandardCharsets.UTF_8) : null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p, e);
            }
        }, dir.toString() + "/");
    }

    /** Opens a file of the folder by name, or returns null when it does not exist. */
    public interface Opener {
        Reader open(String name);
    }

    public static GrammarData load(Language lang, Opener opener, String where) {
        Map<String, List<Unit>> slots = new LinkedHashMap<>();
        for (String f : UNIT_FILES) {
            Reader r = opener.open(f);
            if (r == null) {
                if (!f.equals(MINED)) {
                    throw new GrammarDataException(where + f + ": missing grammar file");
                }
                continue;
            }
            readUnits(lang, r, where + f, slots, f.equals(MINED));
        }
        Reader m = opener.open(MORPHOTACTICS);
        if (m == null) {
            throw new GrammarDataException(where + MORPHOTACTICS + ": missing grammar file");
        }
        List<Morphotactics> cats = new ArrayList<>();
        List<DeriveRule> rules = new ArrayList<>();
        readMorphotactics(lang, m, where + MORPHOTACTICS, slots, cats, rules);
        return new GrammarData(lang, slots, cats, rules);
    }

    /** Reads unit lines {@code slot<TAB>open<TAB>written<TAB>gloss} into {@code slots}. */
    public static void readUnits(Language lang, Reader reader, String file, Map<String, List<Unit>> slots) {
        readUnits(lang, reader, file, slots, false);
    }

    /** As {@link #readUnits(Language, Reader, String, Map)}, marking the units as mined or hand-made. */
    public static void readUnits(Language lang, Reader reader, String file, Map<String, List<Unit>> slots,
            boolean mined) {
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        slots.forEach((k, v) -> v.forEach(u -> seen.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(u.open())));
        forEachLine(reader, file, (no, f) -> {
            if (f.length < 3) {
                throw new GrammarDataException(file, no, "expected slot<TAB>open form<TAB>written form[<TAB>gloss], got "
                        + f.length + " field(s)");
            }
            String slot = checkName(f[0], file, no);
            String open = checkOpen(lang, f[1], file, no);
            String written = Normalizer.normalize(f[2], Normalizer.Form.NFC);
            if (!PhonemicForm.close(open, lang).equals(written)) {
                throw new GrammarDataException(file, no, "written form '" + written + "' does not match the open form '"
                        + open + "' (which closes to '" + PhonemicForm.close(open, lang) + "')");
            }
            List<Unit> list = slots.computeIfAbsent(slot, k -> new ArrayList<>());
            if (seen.computeIfAbsent(slot, k -> new java.util.HashSet<>()).add(open)) {
                list.add(new Unit(slot, open, f.length > 3 ? f[3] : "", mined));
            }
        });
    }

    private static void readMorphotactics(Language lang, Reader reader, String file, Map<String, List<Unit>> slots,
            List<Morphotactics> cats, List<DeriveRule> rules) {
        Map<String, List<Morphotactics.Arc>> arcs = new LinkedHashMap<>();
        Map<String, Set<String>> finals = new LinkedHashMap<>();
        Set<String> derivedSlots = new LinkedHashSet<>();
        List<Object[]> arcLines = new ArrayList<>();
        forEachLine(reader, file, (no, f) -> {
            switch (f[0]) {
                case "arc" -> {
                    need(f, 5, "arc<TAB>category<TAB>from<TAB>slot[:V|:C]<TAB>to", file, no);
                    String[] sf = f[3].split(":", -1);
                    String filter = sf.length > 1 ? sf[1] : "";
                    if (sf.length > 2 || !(filter.isEmpty() || filter.equals("V") || filter.equals("C"))) {
                        throw new GrammarDataException(file, no, "bad slot reference '" + f[3] + "': use slot, slot:V or slot:C");
                    }
                    var a = new Morphotactics.Arc(checkName(f[2], file, no), checkName(sf[0], file, no), filter,
                            checkName(f[4], file, no));
                    if (a.to().equals(Morphotactics.START)) {
                        throw new GrammarDataException(file, no, "an arc may not lead back to the start state");
                    }
                    arcs.computeIfAbsent(checkName(f[1], file, no), k -> new ArrayList<>()).add(a);
                    arcLines.add(new Object[] {no, a});
                }
                case "final" -> {
                    need(f, 3, "final<TAB>category<TAB>state", file, no);
                    if (f[2].equals(Morphotactics.START)) {
                        throw new GrammarDataException(file, no, "the start state cannot be final (no empty words)");
                    }
                    finals.computeIfAbsent(checkName(f[1], file, no), k -> new LinkedHashSet<>()).add(checkName(f[2], file, no));
                }
                case "derive" -> {
                    need(f, 6, "derive<TAB>from slot<TAB>ending<TAB>replacement<TAB>to slot<TAB>note", file, no);
                    String ending = checkOpen(lang, f[2], file, no);
                    String repl = f[3].equals("-") ? "" : checkOpen(lang, f[3], file, no);
                    String from = checkName(f[1], file, no);
                    if (!slots.containsKey(from) && !derivedSlots.contains(from)) {
                        throw new GrammarDataException(file, no, "derive rule reads slot '" + from + "', which has no units");
                    }
                    derivedSlots.add(checkName(f[4], file, no));
                    rules.add(new DeriveRule(from, ending, repl, f[4], f[5]));
                }
                default -> throw new GrammarDataException(file, no, "unknown line kind '" + f[0]
                        + "': expected arc, final or derive");
            }
        });
        for (Object[] al : arcLines) {
            var a = (Morphotactics.Arc) al[1];
            if (!slots.containsKey(a.slot()) && !derivedSlots.contains(a.slot())) {
                throw new GrammarDataException(file, (Integer) al[0], "arc uses slot '" + a.slot()
                        + "', which no unit file fills and no derive rule produces");
            }
        }
        for (var e : arcs.entrySet()) {
            Set<String> fin = finals.getOrDefault(e.getKey(), Set.of());
            if (fin.isEmpty()) {
                throw new GrammarDataException(file + ": category '" + e.getKey() + "' has no final state");
            }
            cats.add(new Morphotactics(e.getKey(), e.getValue(), fin));
        }
        for (String c : finals.keySet()) {
            if (!arcs.containsKey(c)) {
                throw new GrammarDataException(file + ": category '" + c + "' has final states but no arcs");
            }
        }
    }

    private interface LineHandler {
        void line(int no, String[] fields);
    }

    private static void forEachLine(Reader reader, String file, LineHandler h) {
        try (BufferedReader br = new BufferedReader(reader)) {
            String line;
            int no = 0;
            while ((line = br.readLine()) != null) {
                no++;
                if (no == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                h.line(no, line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void need(String[] f, int n, String form, String file, int no) {
        if (f.length < n) {
            throw new GrammarDataException(file, no, "expected " + form + ", got " + f.length + " field(s)");
        }
    }

    private static String checkName(String s, String file, int no) {
        if (!s.matches("[A-Za-z0-9_]+")) {
            throw new GrammarDataException(file, no, "bad name '" + s + "': use ASCII letters, digits and _");
        }
        return s;
    }

    private static String checkOpen(Language lang, String s, String file, int no) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC);
        if (t.isEmpty()) {
            throw new GrammarDataException(file, no, "empty unit");
        }
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (!lang.isWordChar(cp)) {
                throw new GrammarDataException(file, no, String.format("'%s' contains U+%04X, which is not a %s letter",
                        t, cp, lang.displayName()));
            }
            i += Character.charCount(cp);
        }
        int first = t.codePointAt(0);
        if (lang.isVowelSign(first) || first == lang.virama()) {
            throw new GrammarDataException(file, no, "unit '" + t + "' starts with a vowel sign or virama");
        }
        // Tamil/Kannada NFC never composes vowel parts; open form is checked by recomputing it.
        String o = PhonemicForm.open(t, lang);
        if (!o.equals(t)) {
            throw new GrammarDataException(file, no, "unit '" + t + "' is not in the open form: expected '" + o + "'");
        }
        return t;
    }
}
