package org.vaak.segmentation.lm;

import java.util.Locale;

/** How an n-gram trainer spreads probability to unseen events. */
public enum Smoothing {
    /** Interpolated modified Kneser-Ney (Chen and Goodman 1998): three discounts per order. */
    KNESER_NEY("kn"),
    /** Interpolated Witten-Bell: the back-off mass of a history is its number of distinct followers. */
    WITTEN_BELL("wb");

    private final String code;

    Smoothing(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** {@code kn} or {@code wb}. */
    public static Smoothing fromCode(String s) {
        String c = s.toLowerCase(Locale.ROOT);
        for (Smoothing m : values()) {
            if (m.code.equals(c)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown smoothing '" + s + "': expected kn or wb");
    }
}
