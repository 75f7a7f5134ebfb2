package org.vaak.segmentation.lm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads ARPA back-off models as SRILM, KenLM, IRSTLM and vaak write them: text before {@code \data\} is
 * ignored, fields may be separated by tabs or spaces, back-off weights may be left out (0), a
 * probability of {@code -inf} counts as -99. When an n-gram's prefix is not listed, the prefix is added
 * with the probability the back-off rule gives it and no back-off weight (as KenLM does). A malformed line is reported as
 * {@code file:line: what is wrong}.
 */
public final class ArpaReader {
    private final String name;
    private final BufferedReader in;
    private int lineNo;
    private String[] fields = new String[8];
    private int numFields;

    private ArpaReader(BufferedReader in, String name) {
        this.in = in;
        this.name = name;
    }

    public static NgramModel read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean gz = file.getFileName().toString().endsWith(".gz");
        try (InputStream raw = Files.newInputStream(file);
             BufferedReader r = new BufferedReader(new InputStreamReader(gz ? gunzip(raw, file) : raw, dec), 1 << 16)) {
            return read(r, file.toString());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not valid UTF-8 text", e);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new IllegalArgumentException(file + ": damaged gzip data (" + e.getMessage() + ")", e);
        }
    }

    private static InputStream gunzip(InputStream in, Path file) throws IOException {
        try {
            return new java.util.zip.GZIPInputStream(in, 1 << 16);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new IllegalArgumentException(file + ": not a gzip file (" + e.getMessage() + ")", e);
        }
    }

    /** Reads from a reader; {@code name} names the source in messages. */
    public static NgramModel read(BufferedReader in, String name) throws IOException {
        return new ArpaReader(in, name).read();
    }

    private NgramModel read() throws IOException {
        String line;
        do {
            line = in.readLine();
            lineNo++;
            if (line == null) {
                throw error("no \\data\\ line: not an ARPA file");
            }
        } while (!line.trim().equals("\\data\\"));
        List<Long> declared = new ArrayList<>();
        while ((line = next()) != null && line.startsWith("ngram ")) {
            int eq = line.indexOf('=');
            long k;
            long c;
            try {
                k = Long.parseLong(line.substring(6, eq < 0 ? 6 : eq).trim());
                c = Long.parseLong(line.substring(eq + 1).trim());
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                throw error("expected 'ngram N=count', found '" + line + "'");
            }
            if (k != declared.size() + 1 || c < 0 || c > Integer.MAX_VALUE - 8) {
                throw error("bad n-gram count line '" + line + "' (orders must be 1, 2, ... in turn)");
            }
            declared.add(c);
        }
        int n = declared.size();
        if (n == 0) {
            throw error("no 'ngram N=count' lines after \\data\\");
        }
        if (n > LmOptions.MAX_ORDER + 2) {
            throw error("order " + n + " is not supported");
        }
        String[] words = null;
        Map<String, Integer> ids = null;
        NgramIndex[] levels = new NgramIndex[n + 1];
        float[][] lp = new float[n + 1][];
        float[][] lb = new float[n][];
        for (int k = 1; k <= n; k++) {
            if (line == null || !line.equals("\\" + k + "-grams:")) {
                throw error("expected \\" + k + "-grams:, found " + (line == null ? "the end of the file" : "'" + line + "'"));
            }
            int expected = (int) (long) declared.get(k - 1);
            if (k == 1) {
                words = new String[expected];
                ids = new HashMap<>(expected * 2);
                lp[1] = new float[expected];
                if (n > 1) {
                    lb[1] = new float[expected];
                }
            } else {
                levels[k] = new NgramIndex(expected);
                lp[k] = new float[expected];
                if (k < n) {
                    lb[k] = new float[expected];
                }
            }
            int seen = 0;
            int[] ws = new int[k];
            while ((line = next()) != null && !line.startsWith("\\")) {
                split(line);
                if (numFields != k + 1 && numFields != k + 2) {
                    throw error("expected log10 probability, " + k + " word(s) and an optional back-off weight, found "
                            + numFields + " fields");
                }
                if (numFields == k + 2 && k == n) {
                    throw error("back-off weight on an n-gram of the highest order " + n);
                }
                if (seen == expected) {
                    throw error("more " + k + "-grams than the " + expected + " declared in \\data\\");
                }
                float p = number(fields[0], "probability");
                float b = numFields == k + 2 ? number(fields[k + 1], "back-off weight") : 0f;
                if (k == 1) {
                    String w = fields[1];
                    if (ids.put(w, seen) != null) {
                        throw error("unigram '" + w + "' is listed twice");
                    }
                    words[seen] = w;
                    lp[1][seen] = p;
                    if (n > 1) {
                        lb[1][seen] = b;
                    }
                } else {
                    for (int j = 0; j < k; j++) {
                        Integer id = ids.get(fields[1 + j]);
                        if (id == null) {
                            throw error("word '" + fields[1 + j] + "' is not among the unigrams");
                        }
                        ws[j] = id;
                    }
                    int prefix = prefixId(levels, lp, lb, ws, k);
                    int before = levels[k].size();
                    int id = levels[k].getOrAdd(prefix, ws[k - 1]);
                    if (id < before && !Float.isNaN(lp[k][id])) {
                        throw error(k + "-gram '" + String.join(" ", Arrays.copyOfRange(fields, 1, k + 1)) + "' is listed twice");
                    }
                    ensure(lp, lb, k, id);
                    lp[k][id] = p;
                    if (k < n) {
                        lb[k][id] = b;
                    }
                }
                seen++;
            }
            if (seen != expected) {
                throw error("\\" + k + "-grams: has " + seen + " entries, \\data\\ declared " + expected);
            }
            if (k > 1) {
                levels[k].trim();
                lp[k] = Arrays.copyOf(lp[k], levels[k].size());
                if (k < n) {
                    lb[k] = Arrays.copyOf(lb[k], levels[k].size());
                }
            }
        }
        if (line == null || !line.equals("\\end\\")) {
            throw error("expected \\end\\, found " + (line == null ? "the end of the file" : "'" + line + "'"));
        }
        try {
            NgramModel model = new NgramModel(words, levels, lp, lb);
            model.fillMissingPrefixes();
            return model;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /** The id of ws[0..k-2] at order k-1, adding missing prefixes as histories without probability. */
    private int prefixId(NgramIndex[] levels, float[][] lp, float[][] lb, int[] ws, int k) {
        int id = ws[0];
        for (int j = 2; j < k; j++) {
            int before = levels[j].size();
            id = levels[j].getOrAdd(id, ws[j - 1]);
            if (id >= before) {
                ensure(lp, lb, j, id);
                lp[j][id] = Float.NaN;
                lb[j][id] = 0f;
            }
        }
        return id;
    }

    private static void ensure(float[][] lp, float[][] lb, int k, int id) {
        if (id >= lp[k].length) {
            int size = Math.max(id + 1, lp[k].length + (lp[k].length >> 1) + 16);
            lp[k] = Arrays.copyOf(lp[k], size);
            if (k < lb.length && lb[k] != null) {
                lb[k] = Arrays.copyOf(lb[k], size);
            }
        }
    }

    /** The next non-blank line, trimmed, or null at the end. */
    private String next() throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            line = line.strip();
            if (!line.isEmpty()) {
                return line;
            }
        }
        return null;
    }

    private void split(String line) {
        numFields = 0;
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            int s = i;
            while (i < n && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                i++;
            }
            if (i > s) {
                if (numFields == fields.length) {
                    fields = Arrays.copyOf(fields, fields.length * 2);
                }
                fields[numFields++] = line.substring(s, i);
            }
        }
    }

    private float number(String s, String what) {
        if (s.equals("-inf") || s.equals("-Infinity") || s.equals("-INF")) {
            return NgramModel.LOG_ZERO;
        }
        try {
            float f = Float.parseFloat(s);
            if (Float.isNaN(f) || Float.isInfinite(f) || f > 0 && what.equals("probability")) {
                throw error(what + " '" + s + "' is not a log10 probability");
            }
            return f;
        } catch (NumberFormatException e) {
            throw error(what + " '" + s + "' is not a number");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(name + ":" + lineNo + ": " + what);
    }
}
