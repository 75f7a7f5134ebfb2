package org.vaak.lexicons.g2p;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects phones with their source offsets while rules run. */
final class PhoneBuffer {
    private final List<String> phones = new ArrayList<>();
    private int[] sources = new int[16];

    void add(String phone, int source) {
        if (phones.size() == sources.length) {
            sources = Arrays.copyOf(sources, sources.length * 2);
        }
        sources[phones.size()] = source;
        phones.add(phone);
    }

    void add(String[] seq, int source) {
        for (String p : seq) {
            add(p, source);
        }
    }

    Pronunciation build() {
        return new Pronunciation(phones, Arrays.copyOf(sources, phones.size()));
    }
}
