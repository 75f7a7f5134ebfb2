package org.vaak.asr.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.GraphemeToPhoneme;
import org.vaak.lexicons.g2p.PhoneSet;
import org.vaak.lexicons.g2p.Phone;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.Compose;
import org.vaak.segmentation.fst.FstBuilder;
import org.vaak.segmentation.fst.ShortestPath;
import org.vaak.segmentation.grammar.SubwordGrammar;
import org.vaak.segmentation.grammar.SubwordGrammars;

/** The knowledge-driven system on tiny data: the shipped Tamil SG-WFST as W, a hand-made subword unigram as G. */
class KnowledgeGraphTest {
    static final String[] UNITS = {"<eps>", "#0", "படி@@", "த்த்@@", "ஆன்", "மர@@", "ங்கள்@@", "ஐ", "படித்தா@@", "ன்", "ஆன்@@", "படி"};
    static SubwordGrammar grammar;
    static List<String> phones;

    @BeforeAll
    static void load() {
        grammar = SubwordGrammars.shipped(Language.TAMIL);
        phones = PhoneSet.of(Language.TAMIL).phones().stream().map(Phone::name).toList();
    }

    static int label(String u) {
        return List.of(UNITS).indexOf(u);
    }

    /** A unigram loop over the units: cost 1 for படித்தா@@, ன் and ஆன், 2 for the others; #0 is unused. */
    static CompactFst unigram() {
        FstBuilder b = new FstBuilder();
        int s = b.addState();
        b.setStart(s);
        b.setFinal(s, 0f);
        for (int l = 2; l < UNITS.length; l++) {
            float c = UNITS[l].equals("படித்தா@@") || UNITS[l].equals("ன்") || UNITS[l].equals("ஆன்") ? 1f : 2f;
            b.addArc(s, l, l, c, s);
        }
        return b.build(UNITS.clone(), UNITS.clone());
    }

    static float cost(CompactFst w, String units) {
        FstBuilder b = new FstBuilder();
        int s = b.addState();
        b.setStart(s);
        for (String u : units.split(" ")) {
            int n = b.addState();
            b.addArc(s, label(u), label(u), 0f, n);
            s = n;
        }
        b.setFinal(s, 0f);
        return ShortestPath.best(Compose.apply(b.build(UNITS.clone(), UNITS.clone()), w))
                .map(ShortestPath.Path::weight).orElse(Float.POSITIVE_INFINITY);
    }

    @Test
    void wordStructureAcceptsGrammarWordsAndChargesTheOthers() {
        CompactFst w = WordStructure.build(grammar, UNITS, 2.5f);
        assertEquals(0f, cost(w, "படி@@ த்த்@@ ஆன்"));
        assertEquals(0f, cost(w, "மர@@ ங்கள்@@ ஐ"));
        assertEquals(0f, cost(w, "படி@@ த்த்@@ ஆன் மர@@ ங்கள்@@ ஐ"));
        // a word outside the grammar that starts with a unit no grammar word starts with: fallback
        assertEquals(2.5f, cost(w, "படித்தா@@ ன்"));
        assertEquals(2.5f, cost(w, "படித்தா@@ ஆன்@@ படி"));
        assertEquals(2.5f, cost(w, "படித்தா@@ ன் மர@@ ங்கள்@@ ஐ"));
        assertEquals(5f, cost(w, "படித்தா@@ ன் படித்தா@@ ஐ"));
        // one that starts like a grammar word must be one (ஆன் starts grammar words)
        assertEquals(Float.POSITIVE_INFINITY, cost(w, "ஆன்@@ படி"));
        // a word may not stop on a continuing piece
        assertEquals(Float.POSITIVE_INFINITY, cost(w, "படி@@"));
        CompactFst strict = WordStructure.build(grammar, UNITS, Float.POSITIVE_INFINITY);
        assertEquals(0f, cost(strict, "படி@@ த்த்@@ ஆன்"));
        assertEquals(Float.POSITIVE_INFINITY, cost(strict, "படித்தா@@ ன்"));
    }

    /** Tokens of a word's phones with a blank after every phone (so geminates stay two phones). */
    static int[] tokens(String word) {
        List<String> ph = GraphemeToPhoneme.of(Language.TAMIL).phones(word);
        int[] t = new int[ph.size() * 2];
        for (int i = 0; i < ph.size(); i++) {
            t[2 * i] = phones.indexOf(ph.get(i)) + 1;
            t[2 * i + 1] = 0;
        }
        return t;
    }

    static Map.Entry<String, Float> decode(CompactFst w, String word) {
        List<String> units = new ArrayList<>();
        for (int l = 2; l < UNITS.length; l++) {
            units.add(UNITS[l]);
        }
        Lexicon lex = SubwordLexicon.build(Language.TAMIL, units, null);
        CompactFst tlg = GraphBuilder.build(unigram(), w, lex, phones, GraphOptions.DEFAULT).graph();
        return TinyGraphs.best(tlg, tokens(word));
    }

    @Test
    void theGrammarDecidesBetweenSegmentationsOfTheSamePhones() {
        // without W the cheaper, ungrammatical split wins: 1 + 1
        assertEquals(Map.entry("படித்தா@@ ன்", 2f), decode(null, "படித்தான்"));
        // with W at fallback cost 2.5 it still wins (1 + 1 + 2.5 < 2 + 2 + 1)
        assertEquals(Map.entry("படித்தா@@ ன்", 4.5f), decode(WordStructure.build(grammar, UNITS, 2.5f), "படித்தான்"));
        // at fallback cost 4 the grammar's segmentation wins: 2 + 2 + 1
        assertEquals(Map.entry("படி@@ த்த்@@ ஆன்", 5f), decode(WordStructure.build(grammar, UNITS, 4f), "படித்தான்"));
        CompactFst strict = WordStructure.build(grammar, UNITS, Float.POSITIVE_INFINITY);
        assertEquals(Map.entry("படி@@ த்த்@@ ஆன்", 5f), decode(strict, "படித்தான்"));
        assertEquals(Map.entry("மர@@ ங்கள்@@ ஐ", 6f), decode(strict, "மரங்களை"));
        // two words in a row
        int[] a = tokens("மரங்களை");
        int[] b = tokens("படித்தான்");
        int[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        List<String> units = new ArrayList<>(List.of(UNITS).subList(2, UNITS.length));
        CompactFst tlg = GraphBuilder.build(unigram(), strict, SubwordLexicon.build(Language.TAMIL, units, null), phones,
                GraphOptions.DEFAULT).graph();
        assertEquals(Map.entry("மர@@ ங்கள்@@ ஐ படி@@ த்த்@@ ஆன்", 11f), TinyGraphs.best(tlg, both));
        // a grammar word's phones cut short: nothing
        assertNull(TinyGraphs.best(tlg, java.util.Arrays.copyOf(b, 6)));
    }
}
