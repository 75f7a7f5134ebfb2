package org.vaak.segmentation.grammar;

import java.util.EnumMap;
import java.util.Map;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.grammar.GrammarLoader;

/** The hand-made grammars (no mined stems, uniform weights), compiled once for all tests. */
public final class Grammars {
    private static final Map<Language, SubwordGrammar> HAND = new EnumMap<>(Language.class);

    private Grammars() {
    }

    public static synchronized SubwordGrammar hand(Language lang) {
        return HAND.computeIfAbsent(lang, l -> SubwordGrammarCompiler.compile(GrammarLoader.load(l, false)));
    }
}
