package org.vaak.segmentation.grammar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.grammar.GrammarLoader;
import org.vaak.segmentation.corpus.CorpusException;

/**
 * The shipped subword grammars: the grammar data of {@code lexicons} with the weights estimated on the
 * project's training corpus ({@code weights.tsv} beside the data, made by
 * {@code bench/grammar/estimate-weights.sh}). Compiled once per language and shared.
 */
public final class SubwordGrammars {
    /** The resource name of the shipped counts, relative to a language's grammar folder. */
    public static final String WEIGHTS = "weights.tsv";

    private static final Map<Language, SubwordGrammar> CACHE = new EnumMap<>(Language.class);

    private SubwordGrammars() {
    }

    public static synchronized SubwordGrammar shipped(Language lang) {
        return CACHE.computeIfAbsent(lang, SubwordGrammars::load);
    }

    private static SubwordGrammar load(Language lang) {
        GrammarNetwork net = GrammarNetwork.build(GrammarLoader.load(lang));
        String res = GrammarLoader.shippedName(lang, WEIGHTS);
        try (InputStream in = GrammarLoader.openShipped(lang, WEIGHTS)) {
            if (in == null) {
                throw new CorpusException("the " + lang.displayName() + " grammar's weights (" + res + ") are missing from the build");
            }
            double[][] counts = GrammarCounts.read(net, in, res);
            return new SubwordGrammar(net, GrammarWeights.fromCounts(net, counts[0], counts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(res + ": " + e.getMessage(), e);
        }
    }
}
