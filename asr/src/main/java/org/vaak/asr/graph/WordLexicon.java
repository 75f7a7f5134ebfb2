package org.vaak.asr.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.GraphemeToPhoneme;

/** A lexicon of whole words, each pronounced once by the language's G2P rules. */
public final class WordLexicon {
    private WordLexicon() {
    }

    public static Lexicon build(Language lang, Iterable<String> words) {
        GraphemeToPhoneme g2p = GraphemeToPhoneme.of(lang);
        List<Lexicon.Entry> entries = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (String w : words) {
            try {
                List<String> phones = g2p.phones(w);
                if (phones.isEmpty()) {
                    skipped.put(w, "no phones");
                } else {
                    entries.add(new Lexicon.Entry(w, phones, 0f));
                }
            } catch (IllegalArgumentException e) {
                skipped.put(w, e.getMessage());
            }
        }
        return new Lexicon(entries, skipped);
    }
}
