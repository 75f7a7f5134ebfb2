package org.vaak.asr.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.Phone;
import org.vaak.lexicons.g2p.PhoneSet;
import org.vaak.segmentation.dict.DictionaryIO;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.CompactFstFile;
import org.vaak.segmentation.fst.FstText;
import org.vaak.segmentation.grammar.Choice;
import org.vaak.segmentation.grammar.SubwordGrammar;
import org.vaak.segmentation.grammar.SubwordGrammars;
import org.vaak.segmentation.lm.ArpaReader;
import org.vaak.segmentation.lm.GrammarFst;

/**
 * Everything a decoding graph is made from: the language (its phone set and G2P), the grammar G, what the
 * units are, and the options. {@link #cacheKey()} hashes all of it; {@link #build()} builds the graph.
 *
 * @param lang the language
 * @param lm G: an OpenFst text FST ({@code G.fst.txt} with {@code G.isyms}/{@code G.osyms} beside it) or a
 *        vaak graph file of G
 * @param units what G's symbols are
 * @param dictionary the subword dictionary the units come from (subwords only; optional)
 * @param pronunciationText marked training text to weigh the subword pronunciation variants (optional)
 * @param options how to build
 */
public record GraphSpec(Language lang, Path lm, Units units, Path dictionary, Path pronunciationText,
        GraphOptions options) {
    /** What G's output symbols are. */
    public enum Units {
        /** whole words, pronounced by the G2P rules */
        WORDS,
        /** marked subword units ({@code x@@} continues the word), pronounced with their context variants */
        SUBWORDS,
        /** marked subword units constrained inside each word by the SG-WFST ({@link WordStructure}) */
        GRAMMAR
    }

    public GraphSpec {
        if (lang == null || lm == null || units == null || options == null) {
            throw new IllegalArgumentException("language, LM, units and options are required");
        }
        if (units == Units.WORDS && (dictionary != null || pronunciationText != null)) {
            throw new IllegalArgumentException("a word graph takes no subword dictionary or pronunciation text");
        }
    }

    /** The phone names of the language, in token order. */
    public List<String> phones() {
        return PhoneSet.of(lang).phones().stream().map(Phone::name).toList();
    }

    /** SHA-256 over the language, phones, G's files, the dictionary, the pronunciation text, the grammar and the options. */
    public String cacheKey() throws IOException {
        GraphCache.Key k = new GraphCache.Key().text(lang.code()).text(String.join(" ", phones()))
                .text(units.name()).text(options.canonical());
        for (Path p : lmFiles(lm)) {
            k.text(p.getFileName().toString().endsWith(".osyms") ? "osyms" : "g").file(p);
        }
        k.text("dict");
        if (dictionary != null) {
            k.file(dictionary);
        }
        k.text("pron");
        if (pronunciationText != null) {
            k.file(pronunciationText);
        }
        if (units == Units.GRAMMAR) {
            SubwordGrammar g = SubwordGrammars.shipped(lang);
            for (Choice c : g.network().choices()) {
                k.text(c.symbol() + "\t" + c.fromRoot() + "\t" + c.toRoot());
            }
        }
        return k.hex();
    }

    /** Whether {@code lm} is an ARPA n-gram model (by its name: .arpa, or gzip-compressed .arpa.gz), turned into G on reading. */
    static boolean isArpa(Path lm) {
        String name = lm.getFileName().toString();
        return name.endsWith(".arpa") || name.endsWith(".arpa.gz");
    }

    /** The files G is read from (an OpenFst text FST and its symbol tables, or one graph file). */
    static List<Path> lmFiles(Path lm) throws IOException {
        if (!Files.isRegularFile(lm)) {
            throw new java.nio.file.NoSuchFileException(lm.toString());
        }
        String name = lm.getFileName().toString();
        if (!name.endsWith(FstText.FST_SUFFIX)) {
            return List.of(lm);
        }
        String base = name.substring(0, name.length() - FstText.FST_SUFFIX.length());
        List<Path> out = new ArrayList<>(List.of(lm));
        for (String suffix : new String[] {FstText.ISYMS_SUFFIX, FstText.OSYMS_SUFFIX}) {
            Path p = lm.resolveSibling(base + suffix);
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(lm + ": G needs its symbol table " + p.getFileName() + " beside it");
            }
            out.add(p);
        }
        return out;
    }

    /** Reads G. */
    public CompactFst readG() throws IOException {
        List<Path> files = lmFiles(lm);
        if (isArpa(lm)) {
            return GrammarFst.build(ArpaReader.read(lm));
        }
        if (files.size() == 1) {
            return CompactFstFile.read(lm).fst();
        }
        return FstText.read(files.get(0), files.get(1), files.get(2), false);
    }

    /** Builds the graph (no cache). */
    public DecodingGraph build() throws IOException {
        CompactFst g = readG();
        String[] syms = g.outputSymbols();
        if (syms == null || g.inputSymbols() == null) {
            throw new IllegalArgumentException(lm + ": G has no symbol tables");
        }
        List<String> unitList = new ArrayList<>();
        for (int l = 1; l < syms.length; l++) {
            if (syms[l] != null && !LexiconFst.isAuxiliary(syms[l])) {
                unitList.add(syms[l]);
            }
        }
        Lexicon lexicon;
        CompactFst w = null;
        if (units == Units.WORDS) {
            lexicon = WordLexicon.build(lang, unitList);
        } else {
            if (dictionary != null) {
                SubwordDictionary d = DictionaryIO.read(dictionary);
                if (d.language() != lang) {
                    throw new IllegalArgumentException(dictionary + ": a " + d.language().displayName()
                            + " dictionary, not " + lang.displayName());
                }
            }
            PronunciationCounts counts = pronunciationText == null ? null
                    : PronunciationCounts.fromMarkedText(pronunciationText, lang);
            lexicon = SubwordLexicon.build(lang, unitList, counts);
            if (units == Units.GRAMMAR) {
                w = WordStructure.build(SubwordGrammars.shipped(lang), syms, options.fallbackCost());
            }
        }
        GraphBuilder.Result r = GraphBuilder.build(g, w, lexicon, phones(), options);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("lang", lang.code());
        meta.put("units", units.name().toLowerCase(Locale.ROOT));
        meta.put("lm", lm.getFileName().toString());
        if (dictionary != null) {
            meta.put("dictionary", dictionary.getFileName().toString());
        }
        meta.put("options", options.canonical());
        meta.put("lexicon.entries", Integer.toString(lexicon.entries().size()));
        meta.put("lexicon.skipped", Integer.toString(lexicon.skipped().size()));
        meta.put("lexicon.disambiguation-symbols", Integer.toString(r.lexicon().symbols().numDisambig()));
        meta.put("units.without-pronunciation", Integer.toString(r.lexicon().unitsWithoutPronunciation().size()));
        for (int i = 0; i < r.steps().size(); i++) {
            BuildStep s = r.steps().get(i);
            meta.put(String.format(Locale.ROOT, "step.%02d", i), s.name() + "\t" + s.states() + "\t" + s.arcs() + "\t" + s.millis());
        }
        return new DecodingGraph(r.graph(), meta);
    }
}
