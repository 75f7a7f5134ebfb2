package org.vaak.segmentation.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.SubwordText;

/**
 * Word types of a corpus with their token counts, in a deterministic order (count descending, then
 * word), plus a description of where they came from.
 *
 * <p>Read either from running text (words are the maximal runs of the language's letters, after NFC
 * normalisation) or from a list in Morfessor's format: {@code count word} per line.
 */
public final class WordCounts {
    private final Language language;
    private final List<String> words;
    private final long[] counts;
    private final CorpusInfo info;

    private WordCounts(Language language, Map<String, Long> map, CorpusInfo info) {
        this.language = language;
        List<Map.Entry<String, Long>> entries = new ArrayList<>(map.entrySet());
        entries.sort((a, b) -> {
            int c = Long.compare(b.getValue(), a.getValue());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        this.words = new ArrayList<>(entries.size());
        this.counts = new long[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            words.add(entries.get(i).getKey());
            counts[i] = entries.get(i).getValue();
        }
        this.info = info;
    }

    /** Builds counts from an in-memory map (used by tests and by callers that count themselves). */
    public static WordCounts of(Language language, Map<String, Long> counts, String name) {
        if (counts.isEmpty()) {
            throw new CorpusException(name + ": no words of " + language.displayName() + " in the input");
        }
        long tokens = counts.values().stream().mapToLong(Long::longValue).sum();
        return new WordCounts(language, counts, new CorpusInfo(name, tokens, counts.size(), ""));
    }

    /** Reads running text and counts its words. */
    public static WordCounts fromText(Path file, Language language) throws IOException {
        Map<String, Long> map = new HashMap<>(1 << 16);
        long[] letters = new long[2]; // [0] letters of the language, [1] letters of other scripts
        String sha = readLines(file, line -> countWords(line, language, map, letters));
        checkScript(file, language, map, letters[0], letters[1]);
        long tokens = map.values().stream().mapToLong(Long::longValue).sum();
        return new WordCounts(language, map, new CorpusInfo(file.getFileName().toString(), tokens, map.size(), sha));
    }

    /** Adds the words of one line to {@code map}: the same words as {@link SubwordText#runs}, without its copies. */
    static void countWords(String line, Language language, Map<String, Long> map, long[] letters) {
        String nfc = isAscii(line) || Normalizer.isNormalized(line, Normalizer.Form.NFC)
                ? line : Normalizer.normalize(line, Normalizer.Form.NFC);
        int n = nfc.length();
        int i = 0;
        while (i < n) {
            int cp = nfc.codePointAt(i);
            if (language.inBlock(cp) && language.isWordChar(cp)) {
                int start = i;
                while (i < n && language.isWordChar(cp = nfc.codePointAt(i))) {
                    i += Character.charCount(cp);
                }
                map.merge(nfc.substring(start, i), 1L, Long::sum);
                letters[0] += i - start;
            } else {
                if (cp >= 0x80 ? Character.isLetter(cp) : (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
                    letters[1]++;
                }
                i += Character.charCount(cp);
            }
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Reads a word-count list ({@code count word} per line, Morfessor's format). */
    public static WordCounts fromCounts(Path file, Language language) throws IOException {
        Map<String, Long> map = new HashMap<>();
        long[] lineNo = new long[1];
        long[] foreign = new long[1];
        long[] own = new long[1];
        String sha = readLines(file, line -> {
            lineNo[0]++;
            String t = line.strip();
            if (t.isEmpty()) {
                return;
            }
            int sp = indexOfSpace(t);
            if (sp < 0) {
                throw new CorpusException(file + ":" + lineNo[0] + ": expected 'count word', got '" + abbreviate(t) + "'");
            }
            long c;
            try {
                c = Long.parseLong(t.substring(0, sp));
            } catch (NumberFormatException e) {
                throw new CorpusException(file + ":" + lineNo[0] + ": the count '" + abbreviate(t.substring(0, sp))
                        + "' is not a whole number (expected 'count word')");
            }
            if (c <= 0) {
                throw new CorpusException(file + ":" + lineNo[0] + ": the count must be positive, got " + c);
            }
            String w = Normalizer.normalize(t.substring(sp + 1).strip(), Normalizer.Form.NFC);
            if (SubwordText.isWord(w, language) && SubwordText.runs(w, language).size() == 1) {
                map.merge(w, c, Long::sum);
                own[0] += w.length();
            } else {
                w.codePoints().filter(Character::isLetter).forEach(x -> foreign[0]++);
            }
        });
        checkScript(file, language, map, own[0], foreign[0]);
        long tokens = map.values().stream().mapToLong(Long::longValue).sum();
        return new WordCounts(language, map, new CorpusInfo(file.getFileName().toString(), tokens, map.size(), sha));
    }

    private static void checkScript(Path file, Language language, Map<String, Long> map, long own, long foreign) {
        if (map.isEmpty()) {
            throw new CorpusException(file + ": no " + language.displayName() + " words found"
                    + (foreign > 0 ? " (the text is in another script; is --lang right?)" : " (the file is empty)"));
        }
        if (foreign > 4 * own) {
            throw new CorpusException(file + ": most letters are not " + language.displayName() + " ("
                    + foreign + " other letters against " + own + "); is --lang right?");
        }
    }

    private static int indexOfSpace(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private interface LineConsumer {
        void accept(String line);
    }

    /** Reads a UTF-8 file line by line, failing with the file name on malformed input; returns its SHA-256. */
    private static String readLines(Path file, LineConsumer consumer) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(file + ": no such file");
        }
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long lineNo = 0;
        try (InputStream in = new java.security.DigestInputStream(Files.newInputStream(file), md);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, dec), 1 << 16)) {
            String line;
            while (true) {
                try {
                    line = r.readLine();
                } catch (CharacterCodingException e) {
                    throw new CorpusException(file + ": not valid UTF-8 near line " + (lineNo + 1)
                            + " (convert it first, e.g. iconv -f <encoding> -t UTF-8)");
                }
                if (line == null) {
                    break;
                }
                lineNo++;
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                consumer.accept(line);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    public Language language() {
        return language;
    }

    /** Number of distinct words. */
    public int size() {
        return words.size();
    }

    public String word(int i) {
        return words.get(i);
    }

    public long count(int i) {
        return counts[i];
    }

    public List<String> words() {
        return Collections.unmodifiableList(words);
    }

    public CorpusInfo info() {
        return info;
    }

    /** Total number of word tokens. */
    public long tokens() {
        return info.tokens();
    }

    /** The counts as an insertion-ordered map (deterministic order). */
    public Map<String, Long> asMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            m.put(words.get(i), counts[i]);
        }
        return m;
    }
}
