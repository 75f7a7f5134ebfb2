package org.vaak.segmentation.bpe;

/**
 * Settings of the BPE learners, validated once.
 *
 * @param aksharaCoverage share of the corpus's akshara tokens that the base alphabet must cover (like
 *     SentencePiece's {@code character_coverage}); 1.0 keeps every akshara. Aksharas left out are never
 *     merged and stay single pieces.
 * @param lenient when the corpus runs out of pairs before the asked size is reached, return the smaller
 *     dictionary (with a warning) instead of failing
 * @param minPairCount a pair seen fewer times (weighted by word counts) is never merged
 */
public record BpeOptions(double aksharaCoverage, boolean lenient, long minPairCount) {
    /** Plain BPE: every akshara, strict size, any pair may be merged. */
    public static final BpeOptions DEFAULT = new BpeOptions(1.0, false, 1);

    public BpeOptions {
        if (!(aksharaCoverage > 0 && aksharaCoverage <= 1)) {
            throw new IllegalArgumentException("akshara coverage must be in (0, 1], got " + aksharaCoverage);
        }
        if (minPairCount < 1) {
            throw new IllegalArgumentException("the minimum pair count must be at least 1, got " + minPairCount);
        }
    }

    public BpeOptions withLenient(boolean value) {
        return new BpeOptions(aksharaCoverage, value, minPairCount);
    }

    public BpeOptions withAksharaCoverage(double value) {
        return new BpeOptions(value, lenient, minPairCount);
    }

    public BpeOptions withMinPairCount(long value) {
        return new BpeOptions(aksharaCoverage, lenient, value);
    }
}
