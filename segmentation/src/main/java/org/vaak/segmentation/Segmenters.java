package org.vaak.segmentation;

import java.io.IOException;
import java.nio.file.Path;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.bpe.BpeSegmenter;
import org.vaak.segmentation.corpus.CorpusException;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.grammar.KnowledgeSegmenter;
import org.vaak.segmentation.grammar.SubwordGrammarCompiler;
import org.vaak.segmentation.grammar.SubwordGrammars;
import org.vaak.segmentation.morfessor.MorfessorSegmenter;
import org.vaak.segmentation.unigram.UnigramSegmenter;

/** The segmenter that applies a dictionary, by the dictionary's method; and the built-in grammar. */
public final class Segmenters {
    private Segmenters() {
    }

    public static Segmenter forDictionary(SubwordDictionary d) {
        return switch (d.method()) {
            case "bpe", "ebpe" -> {
                if (d.merges().isEmpty()) {
                    throw new CorpusException("damaged " + d.method() + " dictionary: it has no merges");
                }
                yield new BpeSegmenter(d);
            }
            case "morfessor" -> new MorfessorSegmenter(d);
            case "unigram-ml", "unigram-viterbi" -> new UnigramSegmenter(d);
            default -> throw new CorpusException("a dictionary of unknown method '" + d.method()
                    + "' (expected bpe, ebpe, morfessor, unigram-ml or unigram-viterbi)");
        };
    }

    /** The knowledge-driven segmenter of a language: the shipped SG-WFST, then the heuristic segmenter. */
    public static Segmenter grammar(Language lang) {
        return new KnowledgeSegmenter(SubwordGrammars.shipped(lang));
    }

    /**
     * Writes the shipped SG-WFST of a language in OpenFst's text format into {@code dir}:
     * {@code sg-wfst-LANG.fst.txt}, {@code .isyms}, {@code .osyms}. Returns the path of the FST file.
     */
    public static Path exportGrammar(Language lang, Path dir) throws IOException {
        String name = "sg-wfst-" + lang.code();
        SubwordGrammarCompiler.exportText(SubwordGrammars.shipped(lang), dir, name);
        return dir.resolve(name + ".fst.txt");
    }
}
