package org.vaak.segmentation.unigram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vaak.lexicons.Aksharas;
import org.vaak.lexicons.Language;

/**
 * Numbers the aksharas met so far (0, 1, 2, ... in order of first appearance) and turns words into
 * arrays of those numbers. Not thread-safe while it grows; {@link #lookup} is safe once growth stops.
 */
final class AksharaTable {
    /** The id {@link #lookup} gives an akshara the table has never seen. */
    static final int UNKNOWN = -1;

    private final Language language;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> aksharas = new ArrayList<>();

    AksharaTable(Language language) {
        this.language = language;
    }

    Language language() {
        return language;
    }

    int size() {
        return aksharas.size();
    }

    String akshara(int id) {
        return aksharas.get(id);
    }

    /** The ids of the word's aksharas, adding new aksharas to the table. */
    int[] encode(String word) {
        List<String> parts = Aksharas.split(word, language);
        int[] out = new int[parts.size()];
        for (int i = 0; i < out.length; i++) {
            String a = parts.get(i);
            Integer id = ids.get(a);
            if (id == null) {
                id = aksharas.size();
                ids.put(a, id);
                aksharas.add(a);
            }
            out[i] = id;
        }
        return out;
    }

    /** The ids of the word's aksharas; {@link #UNKNOWN} for aksharas the table does not hold. */
    int[] lookup(List<String> parts) {
        int[] out = new int[parts.size()];
        for (int i = 0; i < out.length; i++) {
            Integer id = ids.get(parts.get(i));
            out[i] = id == null ? UNKNOWN : id;
        }
        return out;
    }

    /** The text spelled by a run of akshara ids. */
    String spell(int[] seq, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(aksharas.get(seq[i]));
        }
        return sb.toString();
    }
}
