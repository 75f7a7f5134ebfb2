package org.vaak.segmentation.morfessor;

import java.util.Locale;

/**
 * How a word's corpus count is turned into the count Morfessor trains with (morfessor-train's
 * {@code --dampening}): the count itself, {@code round(log2(count + 1))}, or one per word type.
 */
public enum Dampening {
    NONE,
    LOG,
    ONES;

    public long apply(long count) {
        return switch (this) {
            case NONE -> count;
            // round half to even, as Python's round(); log2 of an integer is never exactly k + 0.5
            case LOG -> (long) Math.rint(Math.log(count + 1) / Math.log(2));
            case ONES -> 1;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Dampening parse(String s) {
        for (Dampening d : values()) {
            if (d.label().equals(s.trim().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dampening '" + s + "': expected none, log or ones");
    }
}
