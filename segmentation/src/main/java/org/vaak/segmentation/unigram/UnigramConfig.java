package org.vaak.segmentation.unigram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings of unigram training, immutable, validated once.
 *
 * @param estimation maximum likelihood (EM) or Viterbi training
 * @param prior how the M-step turns expected counts into probabilities
 * @param aksharaCoverage the aksharas kept as units are the most frequent ones that cover this fraction
 *     of the corpus's akshara occurrences (1.0: all), at most half the target size unless too few
 *     longer units could fill the rest; the others are
 *     unknown aksharas, scored as {@link UnigramSegmenter} scores them (like SentencePiece's
 *     character coverage, for a script with thousands of rare conjuncts)
 * @param maxUnitLength longest seed unit, in aksharas (SentencePiece's default of 16 characters is
 *     about 8 aksharas)
 * @param seedMinCount a substring must occur this often to be a seed unit
 * @param seedSize how many seed units to keep (SentencePiece's default: 1,000,000)
 * @param subIterations EM iterations per pruning round, and after the last one (SentencePiece: 2)
 * @param shrinkFactor each pruning round keeps this fraction of the units (SentencePiece: 0.75)
 * @param threads threads of the E-step; results do not depend on it
 * @param useWfst run the E-step over the jopenfst composition instead of the array lattices (slow;
 *     for checking)
 * @param seeds seed units to start from instead of frequent substrings (for example the units of a
 *     BPE or Morfessor dictionary), or null
 */
public record UnigramConfig(
        Estimation estimation,
        Prior prior,
        double aksharaCoverage,
        int maxUnitLength,
        long seedMinCount,
        int seedSize,
        int subIterations,
        double shrinkFactor,
        int threads,
        boolean useWfst,
        List<String> seeds) {

    /** How unit probabilities are estimated. */
    public enum Estimation {
        /** EM: expected counts by forward-backward over all segmentations (log semiring). */
        MAXIMUM_LIKELIHOOD("unigram-ml"),
        /** Hard EM: counts from each word's best segmentation only (tropical semiring). */
        VITERBI("unigram-viterbi");

        private final String method;

        Estimation(String method) {
            this.method = method;
        }

        public String method() {
            return method;
        }

        public static Estimation fromMethod(String method) {
            for (Estimation e : values()) {
                if (e.method.equals(method)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("unknown unigram method '" + method
                    + "' (expected unigram-ml or unigram-viterbi)");
        }
    }

    /** The M-step. */
    public enum Prior {
        /**
         * Variational Bayes with a sparse Dirichlet prior, as SentencePiece does: units whose expected
         * count falls below 0.5 are dropped (never below the target size, never single aksharas; those
         * keep a count of 0.5), and log p(u) = digamma(c(u)) - digamma(sum of c). This favours frequent
         * units and empties rare ones faster than plain ML; the likelihood need not rise every iteration.
         */
        DIGAMMA,
        /** Plain maximum likelihood: p(u) = c(u) / sum of c. EM then never lowers the likelihood. */
        NONE
    }

    public UnigramConfig {
        if (estimation == null || prior == null) {
            throw new IllegalArgumentException("estimation and prior must be given");
        }
        if (!(aksharaCoverage > 0 && aksharaCoverage <= 1)) {
            throw new IllegalArgumentException("aksharaCoverage must be in (0, 1], got " + aksharaCoverage);
        }
        if (maxUnitLength < 1) {
            throw new IllegalArgumentException("maxUnitLength must be >= 1, got " + maxUnitLength);
        }
        if (seedMinCount < 1 || seedSize < 0) {
            throw new IllegalArgumentException("seedMinCount must be >= 1 and seedSize >= 0");
        }
        if (subIterations < 1) {
            throw new IllegalArgumentException("subIterations must be >= 1, got " + subIterations);
        }
        if (!(shrinkFactor > 0 && shrinkFactor < 1)) {
            throw new IllegalArgumentException("shrinkFactor must be in (0, 1), got " + shrinkFactor);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        seeds = seeds == null ? null : List.copyOf(seeds);
    }

    /** Defaults (SentencePiece's where they compare) for the given estimation. */
    public static UnigramConfig defaults(Estimation estimation) {
        return new UnigramConfig(estimation, Prior.DIGAMMA, 0.9995, 8, 2, 1_000_000, 2, 0.75,
                Math.min(2, Runtime.getRuntime().availableProcessors()), false, null);
    }

    public UnigramConfig withPrior(Prior p) {
        return new UnigramConfig(estimation, p, aksharaCoverage, maxUnitLength, seedMinCount, seedSize,
                subIterations, shrinkFactor, threads, useWfst, seeds);
    }

    public UnigramConfig withAksharaCoverage(double coverage) {
        return new UnigramConfig(estimation, prior, coverage, maxUnitLength, seedMinCount, seedSize, subIterations,
                shrinkFactor, threads, useWfst, seeds);
    }

    public UnigramConfig withSeedSize(int size) {
        return new UnigramConfig(estimation, prior, aksharaCoverage, maxUnitLength, seedMinCount, size,
                subIterations, shrinkFactor, threads, useWfst, seeds);
    }

    public UnigramConfig withMaxUnitLength(int length) {
        return new UnigramConfig(estimation, prior, aksharaCoverage, length, seedMinCount, seedSize,
                subIterations, shrinkFactor, threads, useWfst, seeds);
    }

    public UnigramConfig withSubIterations(int n) {
        return new UnigramConfig(estimation, prior, aksharaCoverage, maxUnitLength, seedMinCount, seedSize,
                n, shrinkFactor, threads, useWfst, seeds);
    }

    public UnigramConfig withThreads(int n) {
        return new UnigramConfig(estimation, prior, aksharaCoverage, maxUnitLength, seedMinCount, seedSize,
                subIterations, shrinkFactor, n, useWfst, seeds);
    }

    public UnigramConfig withWfst(boolean wfst) {
        return new UnigramConfig(estimation, prior, aksharaCoverage, maxUnitLength, seedMinCount, seedSize,
                subIterations, shrinkFactor, threads, wfst, seeds);
    }

    public UnigramConfig withSeeds(List<String> units) {
        return new UnigramConfig(estimation, prior, aksharaCoverage, maxUnitLength, seedMinCount, seedSize,
                subIterations, shrinkFactor, threads, useWfst, units);
    }

    /** The settings that shape the result, as written into the dictionary. */
    Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("prior", prior.name().toLowerCase(java.util.Locale.ROOT));
        m.put("aksharaCoverage", aksharaCoverage);
        m.put("maxUnitLength", maxUnitLength);
        m.put("seedMinCount", seedMinCount);
        m.put("seedSize", seedSize);
        m.put("seedSource", seeds == null ? "frequent-substrings" : "given-units:" + seeds.size());
        m.put("subIterations", subIterations);
        m.put("shrinkFactor", shrinkFactor);
        m.put("estep", useWfst ? "wfst-composition" : "array-lattice");
        return m;
    }
}
