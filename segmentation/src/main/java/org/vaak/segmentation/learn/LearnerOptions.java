package org.vaak.segmentation.learn;

import java.util.Map;

/**
 * Settings common to the learners, plus learner-specific ones by name.
 *
 * @param seed random seed
 * @param threads worker threads (1 = single-threaded)
 * @param init unigram only: where the initial units come from ({@code substrings}, {@code bpe},
 *     {@code morfessor}); null for the default
 * @param dampening Morfessor only: {@code none}, {@code log} or {@code ones}; null for the default
 * @param params further settings by name, as documented per learner in docs/segmentation.md
 */
public record LearnerOptions(long seed, int threads, String init, String dampening, Map<String, String> params) {
    public LearnerOptions {
        params = params == null ? Map.of() : Map.copyOf(params);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    public static LearnerOptions defaults() {
        return new LearnerOptions(1, 1, null, null, Map.of());
    }

    /** A learner-specific setting parsed as a double, or the default. */
    public double param(String name, double dflt) {
        String v = params.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + name + "=" + v + " is not a number");
        }
    }

    /** A learner-specific setting parsed as an int, or the default. */
    public int param(String name, int dflt) {
        String v = params.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + name + "=" + v + " is not a whole number");
        }
    }
}
