package org.vaak.asr.decoder;

/**
 * Settings of the beam search, validated once.
 *
 * @param beam tokens whose cost exceeds the frame's best by more than this are pruned (+Infinity: none)
 * @param maxActive at most this many tokens are expanded per frame (histogram pruning; the cutoff is the
 *        cost of the {@code maxActive}-th best token, ties kept); {@link Integer#MAX_VALUE}: no limit
 * @param acousticScale weight of the acoustic cost {@code -ln p(token | frame)} against the graph cost
 * @param latticeBeam alternative histories within this cost of the winner are kept in the output lattice
 *        for confidences; 0 keeps none (every confidence is then 1)
 * @param blankSkip frames whose blank posterior is at least this are skipped (the search holds still);
 *        0 disables skipping. Not exact in general: see docs/decoder.md for the measured effect
 * @param timing where the graph places output labels relative to the unit's frames
 * @param insertionPenalty cost added for every output label (word or subword) a hypothesis emits: positive
 *        values make the search prefer fewer, longer units, negative ones more units
 * @param wordPenalty cost added for every word a hypothesis completes: every output label of a word graph, and
 *        in a subword graph every unit without the continuation marker (the last subword of a word); negative
 *        values make a subword search end words more readily instead of gluing two words into one
 */
public record DecoderConfig(double beam, int maxActive, double acousticScale, double latticeBeam,
        double blankSkip, TimingMode timing, double insertionPenalty, double wordPenalty) {

    /** Beam 16, 7000 active tokens, acoustic scale 1, lattice beam 5, no blank skipping, timing detected, no penalties. */
    public static final DecoderConfig DEFAULT = new DecoderConfig(16, 7000, 1.0, 5, 0, TimingMode.AUTO);

    /** No pruning at all: the exact Viterbi search (for tests and small graphs). */
    public static final DecoderConfig EXHAUSTIVE = new DecoderConfig(Double.POSITIVE_INFINITY, Integer.MAX_VALUE,
            1.0, 8, 0, TimingMode.AUTO);

    /** Settings without insertion or word penalties. */
    public DecoderConfig(double beam, int maxActive, double acousticScale, double latticeBeam, double blankSkip,
            TimingMode timing) {
        this(beam, maxActive, acousticScale, latticeBeam, blankSkip, timing, 0, 0);
    }

    public DecoderConfig {
        if (!(beam > 0)) {
            throw new IllegalArgumentException("beam must be positive, got " + beam);
        }
        if (maxActive < 1) {
            throw new IllegalArgumentException("max-active must be at least 1, got " + maxActive);
        }
        if (!(acousticScale > 0) || Double.isInfinite(acousticScale)) {
            throw new IllegalArgumentException("acoustic scale must be positive and finite, got " + acousticScale);
        }
        if (!(latticeBeam >= 0) || Double.isInfinite(latticeBeam)) {
            throw new IllegalArgumentException("lattice beam must be >= 0 and finite, got " + latticeBeam);
        }
        if (!(blankSkip >= 0 && blankSkip <= 1)) {
            throw new IllegalArgumentException("blank-skip threshold must be in [0, 1], got " + blankSkip);
        }
        if (timing == null) {
            throw new IllegalArgumentException("timing mode is null");
        }
        if (!Double.isFinite(insertionPenalty)) {
            throw new IllegalArgumentException("insertion penalty must be finite, got " + insertionPenalty);
        }
        if (!Double.isFinite(wordPenalty)) {
            throw new IllegalArgumentException("word penalty must be finite, got " + wordPenalty);
        }
    }

    public DecoderConfig withBeam(double b) {
        return new DecoderConfig(b, maxActive, acousticScale, latticeBeam, blankSkip, timing, insertionPenalty, wordPenalty);
    }

    public DecoderConfig withMaxActive(int m) {
        return new DecoderConfig(beam, m, acousticScale, latticeBeam, blankSkip, timing, insertionPenalty, wordPenalty);
    }

    public DecoderConfig withAcousticScale(double s) {
        return new DecoderConfig(beam, maxActive, s, latticeBeam, blankSkip, timing, insertionPenalty, wordPenalty);
    }

    public DecoderConfig withLatticeBeam(double b) {
        return new DecoderConfig(beam, maxActive, acousticScale, b, blankSkip, timing, insertionPenalty, wordPenalty);
    }

    public DecoderConfig withBlankSkip(double p) {
        return new DecoderConfig(beam, maxActive, acousticScale, latticeBeam, p, timing, insertionPenalty, wordPenalty);
    }

    public DecoderConfig withTiming(TimingMode t) {
        return new DecoderConfig(beam, maxActive, acousticScale, latticeBeam, blankSkip, t, insertionPenalty, wordPenalty);
    }

    public DecoderConfig withInsertionPenalty(double p) {
        return new DecoderConfig(beam, maxActive, acousticScale, latticeBeam, blankSkip, timing, p, wordPenalty);
    }

    public DecoderConfig withWordPenalty(double p) {
        return new DecoderConfig(beam, maxActive, acousticScale, latticeBeam, blankSkip, timing, insertionPenalty, p);
    }
}
