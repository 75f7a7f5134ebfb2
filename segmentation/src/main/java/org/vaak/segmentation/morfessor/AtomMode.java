package org.vaak.segmentation.morfessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vaak.lexicons.Aksharas;
import org.vaak.lexicons.Language;

/**
 * What Morfessor treats as an atom, the smallest unit a morph is made of and the only place a split may
 * fall.
 *
 * <p>vaak trains on {@link #AKSHARA aksharas}, so no morph boundary ever splits one. Morfessor 2.0 itself
 * works on code points (the characters of a Python string); {@link #CODEPOINT} reproduces that, so that
 * its costs can be compared with Morfessor 2.0's exactly. Morfessor 2.0 can also be run on aksharas by
 * writing each word with its aksharas separated by spaces and passing {@code --atom-separator ' '}.
 */
public enum AtomMode {
    AKSHARA,
    CODEPOINT;

    /** The atoms of a word, in order; their concatenation is the word. */
    public List<String> split(String word, Language lang) {
        if (this == AKSHARA) {
            return Aksharas.split(word, lang);
        }
        List<String> out = new ArrayList<>(word.length());
        word.codePoints().forEach(cp -> out.add(Character.toString(cp)));
        return out;
    }

    /** The name used on the command line and in dictionary files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AtomMode parse(String s) {
        for (AtomMode m : values()) {
            if (m.label().equals(s.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown atom type '" + s + "': expected akshara or codepoint");
    }
}
