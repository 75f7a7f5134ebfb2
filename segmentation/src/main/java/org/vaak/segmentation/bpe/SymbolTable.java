package org.vaak.segmentation.bpe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interning of symbol strings (aksharas and merged pieces, possibly ending in the end-of-word marker). */
final class SymbolTable {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    int id(String s) {
        Integer id = ids.get(s);
        if (id != null) {
            return id;
        }
        int n = strings.size();
        ids.put(s, n);
        strings.add(s);
        return n;
    }

    String string(int id) {
        return strings.get(id);
    }

    int size() {
        return strings.size();
    }
}
