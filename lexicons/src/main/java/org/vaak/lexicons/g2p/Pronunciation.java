package org.vaak.lexicons.g2p;

import java.util.List;

/**
 * A phone sequence with, for each phone, the char offset in the open form of the letter it comes from.
 * The offsets let a word's pronunciation be split among its subwords.
 */
public record Pronunciation(List<String> phones, int[] sources) {
    public Pronunciation {
        phones = List.copyOf(phones);
        if (sources.length != phones.size()) {
            throw new IllegalArgumentException(phones.size() + " phones but " + sources.length + " sources");
        }
        sources = sources.clone();
    }

    @Override
    public int[] sources() {
        return sources.clone();
    }

    int source(int i) {
        return sources[i];
    }

    @Override
    public String toString() {
        return String.join(" ", phones);
    }
}
