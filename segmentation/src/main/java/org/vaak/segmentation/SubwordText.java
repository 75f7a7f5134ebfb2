package org.vaak.segmentation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.vaak.lexicons.Language;

/**
 * The marker convention of segmented text, and the streaming conversions between text and subwords.
 *
 * <p>Every subword that is followed by another subword of the same word carries the continuation marker
 * {@value #MARKER} at its end; the last subword of a word carries none. Subwords are separated by single
 * spaces. படித்தான் segmented as படி + த்த் + ஆன் is written {@code படி@@ த்த்@@ ஆன்}. Text that is not a
 * word of the language (spaces, punctuation, digits, other scripts) is copied unchanged.
 */
public final class SubwordText {
    /** The continuation marker. */
    public static final String MARKER = "@@";

    private SubwordText() {
    }

    /** Splits a line into runs: words of the language and everything between them. */
    public static List<String> runs(String line, Language lang) {
        List<String> runs = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            int start = i;
            boolean word = isWordStart(line, i, lang);
            if (word) {
                while (i < n && lang.isWordChar(line.codePointAt(i))) {
                    i += Character.charCount(line.codePointAt(i));
                }
            } else {
                while (i < n && !isWordStart(line, i, lang)) {
                    i += Character.charCount(line.codePointAt(i));
                }
            }
            runs.add(line.substring(start, i));
        }
        return runs;
    }

    /** Whether a run produced by {@link #runs} is a word of the language. */
    public static boolean isWord(String run, Language lang) {
        return !run.isEmpty() && isWordStart(run, 0, lang);
    }

    private static boolean isWordStart(String s, int i, Language lang) {
        int cp = s.codePointAt(i);
        return lang.inBlock(cp) && lang.isWordChar(cp);
    }

    /** Segments every word of a line (after NFC normalisation) and writes the result with markers. */
    public static String segmentLine(String line, Segmenter segmenter) {
        Language lang = segmenter.language();
        String nfc = Normalizer.normalize(line, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length() * 2);
        for (String run : runs(nfc, lang)) {
            if (isWord(run, lang)) {
                List<String> pieces = segmenter.segment(run).pieces();
                for (int k = 0; k < pieces.size(); k++) {
                    sb.append(pieces.get(k));
                    if (k + 1 < pieces.size()) {
                        sb.append(MARKER).append(' ');
                    }
                }
            } else {
                sb.append(run);
            }
        }
        return sb.toString();
    }

    /** Joins a line of marked subwords back into words: the inverse of {@link #segmentLine}. */
    public static String joinLine(String line, Joiner joiner) {
        StringBuilder out = new StringBuilder(line.length());
        StringBuilder word = null;
        int n = line.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && line.charAt(j) != ' ') {
                j++;
            }
            String token = line.substring(i, j);
            boolean continues = token.endsWith(MARKER) && token.length() > MARKER.length();
            String piece = continues ? token.substring(0, token.length() - MARKER.length()) : token;
            if (word != null) {
                joiner.append(word, piece);
            } else {
                word = new StringBuilder(piece);
            }
            if (!continues) {
                out.append(word);
                word = null;
                if (j < n) {
                    out.append(' ');
                }
            }
            i = j + 1;
            if (j >= n) {
                break;
            }
        }
        if (word != null) {
            out.append(word);
        }
        return out.toString();
    }
}
