package org.vaak.training.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.GraphemeToPhoneme;
import org.vaak.lexicons.g2p.Phone;
import org.vaak.lexicons.g2p.PhoneSet;

/**
 * Transcripts to CTC targets: each word's phones from the language's rule-based {@link GraphemeToPhoneme},
 * concatenated; token = index in the {@link PhoneSet} + 1 (0 is the blank). Characters outside the
 * language's script block (punctuation, digits, Latin) are dropped from words first.
 */
public final class PhoneLabels {
    private final Language language;
    private final GraphemeToPhoneme g2p;
    private final List<String> phones;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, int[]> cache = new HashMap<>();

    public PhoneLabels(Language language) {
        this.language = language;
        this.g2p = GraphemeToPhoneme.of(language);
        List<String> names = new ArrayList<>();
        for (Phone p : PhoneSet.of(language).phones()) {
            index.put(p.name(), names.size() + 1);
            names.add(p.name());
        }
        this.phones = List.copyOf(names);
    }

    public Language language() {
        return language;
    }

    /** The phone symbols in token order (token {@code i + 1} is {@code phones().get(i)}). */
    public List<String> phones() {
        return phones;
    }

    /**
     * The tokens of {@code text}; fails with {@link IllegalArgumentException} naming the word when the rules
     * cannot pronounce it.
     */
    public synchronized int[] tokens(String text) {
        List<Integer> out = new ArrayList<>();
        for (String raw : text.trim().split("\\s+")) {
            String word = raw.codePoints().filter(language::inBlock)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (word.isEmpty()) {
                continue;
            }
            int[] w = cache.get(word);
            if (w == null) {
                List<String> ph = g2p.phones(word);
                w = new int[ph.size()];
                for (int i = 0; i < w.length; i++) {
                    Integer t = index.get(ph.get(i));
                    if (t == null) {
                        throw new IllegalArgumentException("word '" + word + "': phone '" + ph.get(i)
                                + "' is not in the " + language.displayName() + " phone set");
                    }
                    w[i] = t;
                }
                cache.put(word, w);
            }
            for (int t : w) {
                out.add(t);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
