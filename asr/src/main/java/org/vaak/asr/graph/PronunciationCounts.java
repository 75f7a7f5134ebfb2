package org.vaak.asr.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.SubwordPronouncer;
import org.vaak.segmentation.SubwordText;

/**
 * How often each subword unit is pronounced each way in marked training text: every word's pieces are
 * pronounced in the context of the word ({@link SubwordPronouncer#pronounce}) and each unit's phones are
 * counted. Words the G2P cannot pronounce are skipped.
 */
public final class PronunciationCounts {
    private final Map<String, Map<List<String>, Long>> counts = new HashMap<>();

    /** The counts of a unit's pronunciations (empty when the unit was never seen). */
    public Map<List<String>, Long> of(String unit) {
        return counts.getOrDefault(unit, Map.of());
    }

    /** Adds one word given as its marked units. */
    public void add(List<String> units, SubwordPronouncer pr, long times) {
        List<String> pieces = new ArrayList<>(units.size());
        for (String u : units) {
            pieces.add(u.endsWith(SubwordText.MARKER) ? u.substring(0, u.length() - SubwordText.MARKER.length()) : u);
        }
        List<List<String>> phones = pr.pronounce(pieces);
        for (int i = 0; i < units.size(); i++) {
            counts.computeIfAbsent(units.get(i), k -> new HashMap<>()).merge(List.copyOf(phones.get(i)), times, Long::sum);
        }
    }

    /** Counts over a file of marked text (one sentence per line, units separated by spaces). */
    public static PronunciationCounts fromMarkedText(Path file, Language lang) throws IOException {
        SubwordPronouncer pr = new SubwordPronouncer(lang);
        PronunciationCounts pc = new PronunciationCounts();
        Map<List<String>, Long> words = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                List<String> word = new ArrayList<>();
                for (String tok : line.trim().split("\\s+")) {
                    if (tok.isEmpty()) {
                        continue;
                    }
                    word.add(tok);
                    if (!tok.endsWith(SubwordText.MARKER)) {
                        words.merge(List.copyOf(word), 1L, Long::sum);
                        word.clear();
                    }
                }
            }
        }
        for (Map.Entry<List<String>, Long> e : words.entrySet()) {
            try {
                pc.add(e.getKey(), pr, e.getValue());
            } catch (IllegalArgumentException ex) {
                // not a word of the language (digits, punctuation, another script): nothing to count
            }
        }
        return pc;
    }
}
