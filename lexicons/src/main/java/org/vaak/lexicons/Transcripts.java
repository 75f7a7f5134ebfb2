package org.vaak.lexicons;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normalisation of a transcript that corpus generation, language-model text and WER scoring share:
 * NFC; wiki links keep their label ({@code [[Target|label]]} -> {@code label}); templates, HTML tags and
 * entities, printf/ICU/MediaWiki placeholders ({@code %s}, {@code %1$d}, {@code %(name)s}, {@code {0}},
 * {@code $1}) are dropped; {@code &} accelerators and {@code _} mnemonics are removed from the word they
 * mark; every other punctuation or symbol character (quotes, slashes, ellipses, dandas, ...) separates
 * tokens; Latin letters are lower-cased; tokens are separated by single spaces.
 *
 * <p>{@link #isSpeakable} decides whether a line, once normalised, can be read aloud as a sentence of a
 * language: only that script's letters (no Latin, no digits), each token starting with a base letter, and
 * within length limits.
 */
public final class Transcripts {
    /** Default limits for a spoken sentence: 1 to 30 tokens, at most 250 characters. */
    public static final int MIN_TOKENS = 1;
    public static final int MAX_TOKENS = 30;
    public static final int MAX_CHARS = 250;

    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[(?:[^\\[\\]|]*\\|)?([^\\[\\]|]*)\\]\\]");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[^{}]*\\}\\}");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z]{2,8}|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});");
    private static final Pattern PRINTF = Pattern.compile(
            "%(?:\\([A-Za-z0-9_]+\\))?(?:[0-9]+\\$)?[-+ #0']*[0-9]*(?:\\.[0-9]+)?"
                    + "(?:hh|h|ll|l|L|q|j|z|t|I64)?[sdiufFeEgGxXoOcCpSaAn%]");
    private static final Pattern BRACE_PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9_.,: ]*\\}");
    private static final Pattern DOLLAR_PLACEHOLDER = Pattern.compile("\\$[0-9]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Transcripts() {
    }

    /** The normalised transcript of {@code line}: see the class comment. Never null; may be empty. */
    public static String normalize(String line) {
        String s = Normalizer.normalize(line, Normalizer.Form.NFC);
        s = WIKI_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(" " + m.group(1) + " "));
        s = TEMPLATE.matcher(s).replaceAll(" ");
        s = HTML_TAG.matcher(s).replaceAll(" ");
        s = ENTITY.matcher(s).replaceAll(" ");
        s = PRINTF.matcher(s).replaceAll(" ");
        s = BRACE_PLACEHOLDER.matcher(s).replaceAll(" ");
        s = DOLLAR_PLACEHOLDER.matcher(s).replaceAll(" ");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '&' || cp == '_') {
                continue; // accelerator / mnemonic marks: removed, the word stays whole
            }
            if (cp == 0x200C || cp == 0x200D) {
                b.appendCodePoint(cp); // ZWNJ / ZWJ shape conjuncts inside a word
            } else if (Character.isLetterOrDigit(cp) || isMark(cp)) {
                b.appendCodePoint(cp < 0x80 ? Character.toLowerCase(cp) : cp);
            } else {
                b.append(' ');
            }
        }
        return SPACES.matcher(b).replaceAll(" ").strip().replace("\u200C ", " ").replace(" \u200C", " ");
    }

    /** The tokens of a normalised transcript (empty for an empty one). */
    public static List<String> tokens(String normalized) {
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }

    /** Whether {@code line} normalises to a sentence of {@code lang} within the default limits. */
    public static boolean isSpeakable(String line, Language lang) {
        return isSpeakable(line, lang, MIN_TOKENS, MAX_TOKENS, MAX_CHARS);
    }

    /**
     * Whether {@code line} normalises to a sentence of {@code lang} with {@code minTokens..maxTokens} tokens
     * and at most {@code maxChars} characters, every token made only of the script's letters and signs and
     * starting with a base letter (not a vowel sign, virama or joiner).
     */
    public static boolean isSpeakable(String line, Language lang, int minTokens, int maxTokens, int maxChars) {
        if (minTokens < 1 || maxTokens < minTokens || maxChars < 1) {
            throw new IllegalArgumentException("bad limits: tokens " + minTokens + ".." + maxTokens + ", chars " + maxChars);
        }
        String n = normalize(line);
        if (n.isEmpty() || n.length() > maxChars) {
            return false;
        }
        List<String> tokens = tokens(n);
        if (tokens.size() < minTokens || tokens.size() > maxTokens) {
            return false;
        }
        for (String t : tokens) {
            int first = t.codePointAt(0);
            if (!lang.inBlock(first) || isMark(first) || Character.isDigit(first)) {
                return false;
            }
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                i += Character.charCount(cp);
                if (!lang.isWordChar(cp) || Character.isDigit(cp)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }
}
