package org.vaak.asr.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pronunciation lexicon: units (words, or subword units written with their continuation marker) with one
 * or more pronunciations (phone names), each with a cost (-ln of its probability relative to the unit's
 * most likely pronunciation, so the best one costs 0). Units that could not be pronounced are kept in
 * {@link #skipped()} with the reason.
 */
public final class Lexicon {
    /** One pronunciation of a unit. */
    public record Entry(String unit, List<String> phones, float cost) {
        public Entry {
            if (phones.isEmpty()) {
                throw new IllegalArgumentException("unit '" + unit + "' has an empty pronunciation");
            }
            if (!(cost >= 0) || Float.isInfinite(cost)) {
                throw new IllegalArgumentException("unit '" + unit + "' has a pronunciation cost " + cost);
            }
            phones = List.copyOf(phones);
        }
    }

    private final List<Entry> entries;
    private final Map<String, String> skipped;

    public Lexicon(List<Entry> entries, Map<String, String> skipped) {
        // one entry per (unit, phones): the cheapest
        Map<String, Entry> best = new LinkedHashMap<>();
        for (Entry e : entries) {
            String key = e.unit() + "\t" + String.join(" ", e.phones());
            Entry old = best.get(key);
            if (old == null || e.cost() < old.cost()) {
                best.put(key, e);
            }
        }
        this.entries = List.copyOf(best.values());
        this.skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Units left out, with the reason (e.g. the G2P's message for a character it cannot pronounce). */
    public Map<String, String> skipped() {
        return skipped;
    }

    /** Entries sorted by unit, then phones: the order L is built in. */
    List<Entry> sorted() {
        String[] keys = new String[entries.size()];
        Integer[] idx = new Integer[entries.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = String.join(" ", entries.get(i).phones());
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, Comparator.<Integer, String>comparing(i -> entries.get(i).unit()).thenComparing(i -> keys[i]));
        List<Entry> out = new ArrayList<>(entries.size());
        for (Integer i : idx) {
            out.add(entries.get(i));
        }
        return out;
    }
}
