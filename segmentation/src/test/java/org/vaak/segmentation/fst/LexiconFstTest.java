package org.vaak.segmentation.fst;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A letters -> word lexicon, determinized and minimized, must still map every word to itself. */
class LexiconFstTest {
    static final String END = "</w>";

    /** L: one path per word, first letter:word, further letters:eps, then END:eps. */
    record Lexicon(CompactFst fst, Map<String, Integer> letters, List<String> words) {
        static Lexicon of(List<String> wordList) {
            TreeSet<String> sorted = new TreeSet<>(wordList);
            TreeSet<String> letterSet = new TreeSet<>();
            sorted.forEach(w -> w.codePoints().forEach(cp -> letterSet.add(Character.toString(cp))));
            Map<String, Integer> letters = new TreeMap<>();
            List<String> isyms = new ArrayList<>(List.of("<eps>"));
            for (String l : letterSet) {
                letters.put(l, isyms.size());
                isyms.add(l);
            }
            letters.put(END, isyms.size());
            isyms.add(END);
            List<String> words = new ArrayList<>(List.of("<eps>"));
            words.addAll(sorted);
            FstBuilder b = new FstBuilder();
            int start = b.addState();
            b.setStart(start);
            for (int id = 1; id < words.size(); id++) {
                int s = start;
                int[] cps = words.get(id).codePoints().toArray();
                for (int i = 0; i < cps.length; i++) {
                    int t = b.addState();
                    b.addArc(s, letters.get(Character.toString(cps[i])), i == 0 ? id : 0, 0f, t);
                    s = t;
                }
                int f = b.addState();
                b.addArc(s, letters.get(END), 0, 0f, f);
                b.setFinal(f, 0f);
            }
            return new Lexicon(b.build(isyms.toArray(new String[0]), words.toArray(new String[0])), letters, words);
        }

        /** Walks a deterministic lexicon along the letters of {@code word} + END; returns the outputs, or null. */
        int[] lookup(CompactFst det, String word) {
            List<Integer> out = new ArrayList<>();
            int s = det.start();
            List<String> input = new ArrayList<>();
            word.codePoints().forEach(cp -> input.add(Character.toString(cp)));
            input.add(END);
            for (String l : input) {
                Integer label = letters.get(l);
                int a = label == null ? -1 : det.findInput(s, label);
                if (a < 0) {
                    return null;
                }
                if (det.olabel(a) != 0) {
                    out.add(det.olabel(a));
                }
                s = det.next(a);
            }
            return det.isFinal(s) ? out.stream().mapToInt(Integer::intValue).toArray() : null;
        }
    }

    @Test
    void everyWordMapsToItselfAfterDeterminizeAndMinimize() {
        List<String> words = List.of("மரம்", "மரங்கள்", "மரங்களை", "மர", "படித்தான்", "படி", "படித்தாள்",
                "ಮರ", "ಮರವನ್ನು", "ಮರಗಳನ್ನು", "ಮಾಡುತ್ತಾನೆ", "ಮಾಡು");
        Lexicon lex = Lexicon.of(words);
        CompactFst det = Determinize.apply(lex.fst());
        CompactFst min = Minimize.apply(det);
        assertTrue(det.isInputDeterministic());
        assertTrue(min.numStates() < det.numStates());
        for (String w : words) {
            int id = lex.words().indexOf(w);
            assertArrayEquals(new int[] {id}, lex.lookup(det, w), w);
            assertArrayEquals(new int[] {id}, lex.lookup(min, w), w);
        }
        assertEquals(null, lex.lookup(min, "மரங்க"), "a prefix that is no word");
        assertEquals(null, lex.lookup(min, "ಮರx"), "an unknown letter");
        assertEquals(null, lex.lookup(min, ""), "the empty word");
        // composing the word's letters with the lexicon gives the same answer
        String w = "மரங்களை";
        FstBuilder b = new FstBuilder();
        int s = b.addState();
        b.setStart(s);
        List<String> in = new ArrayList<>();
        w.codePoints().forEach(cp -> in.add(Character.toString(cp)));
        in.add(END);
        for (String l : in) {
            int t = b.addState();
            b.addArc(s, lex.letters().get(l), lex.letters().get(l), 0f, t);
            s = t;
        }
        b.setFinal(s, 0f);
        CompactFst word = b.build(min.inputSymbols(), min.inputSymbols());
        ShortestPath.Path p = ShortestPath.best(Compose.apply(word, min)).orElseThrow();
        assertArrayEquals(new int[] {lex.words().indexOf(w)}, java.util.Arrays.stream(p.olabels()).filter(x -> x != 0).toArray());
    }

    @Test
    @Tag("slow")
    void fullCorpusWordListsSurviveDeterminizeAndMinimize() throws IOException {
        Path root = Path.of(System.getProperty("vaak.corpora", System.getenv().getOrDefault("VAAK_CORPORA", "../build/corpora")));
        for (String lang : List.of("ta", "kn")) {
            Path counts = root.resolve(lang).resolve("words.counts");
            assumeTrue(Files.exists(counts), "no corpus word list at " + counts);
            List<String> words = new ArrayList<>();
            for (String line : Files.readAllLines(counts, StandardCharsets.UTF_8)) {
                String[] f = line.strip().split("\\s+");
                if (f.length == 2) {
                    words.add(f[1]);
                }
            }
            Lexicon lex = Lexicon.of(words);
            CompactFst min = Minimize.apply(Determinize.apply(lex.fst()));
            for (int id = 1; id < lex.words().size(); id++) {
                assertArrayEquals(new int[] {id}, lex.lookup(min, lex.words().get(id)), lex.words().get(id));
            }
        }
    }
}
