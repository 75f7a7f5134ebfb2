package org.vaak.bench.fst;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.FstBuilder;
import org.vaak.segmentation.fst.FstText;

/**
 * Builds the benchmark's inputs: a word list with counts, the lexicon transducer L (letters -> word,
 * one linear path per word: first letter:word, further letters:eps, then {@code </w>}:eps) and a
 * one-state unigram grammar G (word:word / -log p(word)), as AT&T text with symbol tables.
 */
final class LexiconData {
    static final String END = "</w>";
    private static final String[] TA_SUFFIXES = {"கள்", "களை", "களுக்கு", "களில்", "க்கு", "த்தை", "த்தில்",
        "த்தின்", "வும்", "தான்", "போது", "ம்"};
    private static final String[] KN_SUFFIXES = {"ಗಳು", "ಗಳನ್ನು", "ಗಳಿಗೆ", "ದಲ್ಲಿ", "ವನ್ನು", "ಕ್ಕೆ", "ದಿಂದ",
        "ನ್ನು", "ಲ್ಲಿ", "ವೂ", "ಗೆ", "ದ"};

    private LexiconData() {
    }

    /**
     * Reads word lists: lines "count word" (words.counts) or one word per line (count 1). With
     * {@code expand > 0}, every word also gets {@code expand} seeded suffixed forms (a stand-in for the
     * inflected forms of a corpus word list).
     */
    static Map<String, Long> read(List<Path> files, int expand, long seed) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.isEmpty()) {
                    continue;
                }
                String[] p = t.split("\\s+");
                if (p.length == 2 && p[0].matches("[0-9]+")) {
                    counts.merge(Normalizer.normalize(p[1], Normalizer.Form.NFC), Long.parseLong(p[0]), Long::sum);
                } else {
                    for (String w : p) { // a plain word list; a line with a space holds several words
                        counts.merge(Normalizer.normalize(w, Normalizer.Form.NFC), 1L, Long::sum);
                    }
                }
            }
        }
        if (expand > 0) {
            Random r = new Random(seed);
            List<String> base = new ArrayList<>(counts.keySet());
            for (String w : base) {
                String[] suffixes = w.codePoints().anyMatch(cp -> cp >= 0x0C80 && cp <= 0x0CFF) ? KN_SUFFIXES : TA_SUFFIXES;
                for (int i = 0; i < expand; i++) {
                    counts.merge(w + suffixes[r.nextInt(suffixes.length)], 1L + r.nextInt(3), Long::sum);
                }
            }
        }
        // a word list without counts gets a seeded Zipf-like count so that G has distinct weights
        if (counts.values().stream().allMatch(c -> c <= 3)) {
            List<String> words = new ArrayList<>(counts.keySet());
            java.util.Collections.shuffle(words, new Random(seed + 1));
            for (int i = 0; i < words.size(); i++) {
                counts.put(words.get(i), Math.max(1, 1_000_000L / (i + 1)));
            }
        }
        return counts;
    }

    static void write(Map<String, Long> counts, Path dir) throws IOException {
        Files.createDirectories(dir);
        TreeSet<String> letters = new TreeSet<>();
        for (String w : counts.keySet()) {
            w.codePoints().forEach(cp -> letters.add(new String(Character.toChars(cp))));
        }
        String[] isyms = new String[letters.size() + 2];
        isyms[0] = "<eps>";
        Map<String, Integer> letterId = new TreeMap<>();
        int k = 1;
        for (String l : letters) {
            if (l.isBlank()) {
                throw new IllegalArgumentException("white space inside a word");
            }
            letterId.put(l, k);
            isyms[k++] = l;
        }
        int end = k;
        isyms[end] = END;
        String[] words = new String[counts.size() + 1];
        words[0] = "<eps>";
        int j = 1;
        for (String w : counts.keySet()) {
            words[j++] = w;
        }
        long total = 0;
        for (long c : counts.values()) {
            total += c;
        }
        long chars = 0;
        for (String w : counts.keySet()) {
            chars += w.codePointCount(0, w.length());
        }
        FstBuilder l = new FstBuilder((int) (chars + counts.size() + 1), (int) (chars + counts.size()));
        int start = l.addState();
        l.setStart(start);
        FstBuilder g = new FstBuilder(1, counts.size());
        g.addState();
        g.setStart(0);
        g.setFinal(0, 0f);
        int wordId = 1;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            int[] cps = e.getKey().codePoints().toArray();
            int s = start;
            for (int i = 0; i < cps.length; i++) {
                int t = l.addState();
                l.addArc(s, letterId.get(new String(Character.toChars(cps[i]))), i == 0 ? wordId : 0, 0f, t);
                s = t;
            }
            int f = l.addState();
            l.addArc(s, end, 0, 0f, f);
            l.setFinal(f, 0f);
            float w = (float) -Math.log((double) e.getValue() / total);
            g.addArc(0, wordId, wordId, Math.round(w * 1024f) / 1024f, 0);
            wordId++;
        }
        CompactFst lex = l.build(isyms, words);
        FstText.write(lex, dir.resolve("L"));
        FstText.write(g.build(words, words), dir.resolve("G"));
        List<String> lines = new ArrayList<>();
        counts.forEach((w, c) -> lines.add(c + " " + w));
        Files.write(dir.resolve("words.counts"), lines, StandardCharsets.UTF_8);
        System.out.printf("words=%d letters=%d L: states=%d arcs=%d%n", counts.size(), letters.size(),
                lex.numStates(), lex.numArcs());
    }
}
