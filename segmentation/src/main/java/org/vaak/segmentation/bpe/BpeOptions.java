package org.vaak.segmentation.bpe;

/**
 * Settings of the BPE learners, validated once.
 *
 * @param aksharaCoverage share of the corpus's akshara tokens that the base alphabet must cover (like
 *     SentencePiece's {@code character_coverage}); 1.0 keeps every akshara. Aksharas left out are never
 *     merged and stay single pieces.
 * @param maxAlphabetShare the base alphabet takes at most this share of the asked size; the least frequent
 *     aksharas beyond it are left out like those beyond the coverage (1.0: no limit, and a corpus with
 *     more distinct aksharas than the asked size is an error)
 * @param lenient when the corpus runs out of pairs before the asked size is reached, return the smaller
 *     dictionary (with a warning) instead of failing
 * @param minPairCount a pair seen fewer times (weighted by word counts) is never merged
 */
public record BpeOptions(double aksharaCoverage, double maxAlphabetShare, boolean lenient, long minPairCount) {
    /**
     * Plain BPE: aksharas covering 99.95% of the akshara tokens (SentencePiece's default character
     * coverage), at most half of the units, strict size, any pair may be merged.
     */
    public static final BpeOptions DEFAULT = new BpeOptions(0.9995, 0.5, false, 1);

    /** Every akshara is a base unit; a size smaller than the alphabet is an error. */
    public static final BpeOptions FULL_ALPHABET = new BpeOptions(1.0, 1.0, false, 1);

    public BpeOptions {
        if (!(aksharaCoverage > 0 && aksharaCoverage <= 1)) {
            throw new IllegalArgumentException("akshara coverage must be in (0, 1], got " + aksharaCoverage);
        }
        if (!(maxAlphabetShare > 0 && maxAlphabetShare <= 1)) {
            throw new IllegalArgumentException("the alphabet's share of the units must be in (0, 1], got "
                    + maxAlphabetShare);
        }
        if (minPairCount < 1) {
            throw new IllegalArgumentException("the minimum pair count must be at least 1, got " + minPairCount);
        }
    }

    public BpeOptions withLenient(boolean value) {
        return new BpeOptions(aksharaCoverage, maxAlphabetShare, value, minPairCount);
    }

    public BpeOptions withAksharaCoverage(double value) {
        return new BpeOptions(value, maxAlphabetShare, lenient, minPairCount);
    }

    public BpeOptions withMaxAlphabetShare(double value) {
        return new BpeOptions(aksharaCoverage, value, lenient, minPairCount);
    }

    public BpeOptions withMinPairCount(long value) {
        return new BpeOptions(aksharaCoverage, maxAlphabetShare, lenient, value);
    }
}
