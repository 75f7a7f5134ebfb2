package org.vaak.segmentation.morfessor;

/**
 * The two-part code length of a Morfessor Baseline model, in nats, kept as running sums so that the cost
 * after any change of counts is computed in constant time.
 *
 * <p>This is the cost Morfessor 2.0 minimises ({@code BaselineModel.get_cost()}, printed by
 * morfessor-train as "Final cost"):
 * <ul>
 *   <li><b>corpus</b>: the words written as morph tokens plus one boundary token per word. With {@code T}
 *       morph tokens, {@code B} word boundaries, {@code M} morph types and {@code c_m} the count of morph
 *       m, the cost is {@code alpha * [(T+B) ln(T+B) - B ln B - sum_m c_m ln c_m]} plus the cost of the
 *       frequency distribution {@code ln (T-1)! - ln (M-1)! - ln (T-M)!};</li>
 *   <li><b>lexicon</b>: every morph type written as its atoms followed by an end token. With {@code L}
 *       atom tokens over all morph types, {@code A} atom types and {@code a_x} the count of atom x, the
 *       cost is {@code (L+M) ln(L+M) - M ln M - sum_x a_x ln a_x - ln M!} (the types may come in any
 *       order) plus {@code ln (L+M-1)! - ln A! - ln (L+M-A-1)!}.</li>
 * </ul>
 * {@code alpha} is the corpus weight. The log-factorials are exact below 20 and Stirling's approximation
 * above, as in Morfessor 2.0, so that both give the same numbers.
 */
final class MorfessorCost {
    private static final double LOG_2PI = Math.log(2 * Math.PI);
    private static final int TABLE = 1 << 16;
    private static final double[] XLOGX = new double[TABLE];
    private static final double[] LOG_FACTORIAL_SMALL = new double[20];

    static {
        for (int i = 2; i < TABLE; i++) {
            XLOGX[i] = i * Math.log(i);
        }
        double f = 1;
        for (int i = 2; i < 20; i++) {
            f *= i;
            LOG_FACTORIAL_SMALL[i] = Math.log(f);
        }
    }

    double corpusWeight = 1.0;
    // corpus code
    long corpusTokens;
    long corpusBoundaries;
    double corpusLogTokenSum;
    // lexicon code
    long lexiconTokens;
    long lexiconBoundaries;
    double lexiconLogTokenSum;
    int atomTypes;
    private int[] atomCounts;

    MorfessorCost(int atomAlphabetSize) {
        atomCounts = new int[Math.max(1, atomAlphabetSize)];
    }

    /** {@code x ln x} for {@code x > 1}, else 0. */
    static double xlogx(long x) {
        if (x < 2) {
            return 0.0;
        }
        return x < TABLE ? XLOGX[(int) x] : x * Math.log(x);
    }

    /** {@code ln n!}: exact below 20, Stirling's approximation above (as Morfessor 2.0). */
    static double logFactorial(long n) {
        if (n < 2) {
            return 0.0;
        }
        if (n < 20) {
            return LOG_FACTORIAL_SMALL[(int) n];
        }
        double logn = Math.log(n);
        return n * logn - n + 0.5 * (logn + LOG_2PI);
    }

    /** A morph's corpus count changes from {@code oldCount} to {@code newCount}. */
    void updateMorphCount(long oldCount, long newCount) {
        corpusTokens += newCount - oldCount;
        if (oldCount > 1) {
            corpusLogTokenSum -= xlogx(oldCount);
        }
        if (newCount > 1) {
            corpusLogTokenSum += xlogx(newCount);
        }
    }

    /** A morph type enters the lexicon: its atoms are {@code atoms[off .. off+len)}. */
    void addToLexicon(int[] atoms, int off, int len) {
        lexiconBoundaries++;
        for (int i = off; i < off + len; i++) {
            int a = atoms[i];
            int c = atomCounts[a];
            atomCounts[a] = c + 1;
            if (c == 0) {
                atomTypes++;
            }
            lexiconTokens++;
            if (c > 1) {
                lexiconLogTokenSum -= xlogx(c);
            }
            lexiconLogTokenSum += xlogx(c + 1);
        }
    }

    /** A morph type leaves the lexicon. */
    void removeFromLexicon(int[] atoms, int off, int len) {
        lexiconBoundaries--;
        for (int i = off; i < off + len; i++) {
            int a = atoms[i];
            int c = atomCounts[a];
            atomCounts[a] = c - 1;
            if (c == 1) {
                atomTypes--;
            }
            lexiconTokens--;
            lexiconLogTokenSum -= xlogx(c);
            if (c - 1 > 1) {
                lexiconLogTokenSum += xlogx(c - 1);
            }
        }
    }

    double corpusCost() {
        if (corpusBoundaries == 0) {
            return 0.0;
        }
        long n = corpusTokens + corpusBoundaries;
        double cost = (n * Math.log(n) - corpusBoundaries * Math.log(corpusBoundaries) - corpusLogTokenSum)
                * corpusWeight;
        long types = lexiconBoundaries + 1;
        if (types >= 2) {
            cost += logFactorial(corpusTokens - 1) - logFactorial(types - 2)
                    - logFactorial(corpusTokens - types + 1);
        }
        return cost;
    }

    double lexiconCost() {
        if (lexiconBoundaries == 0) {
            return 0.0;
        }
        long n = lexiconTokens + lexiconBoundaries;
        double cost = n * Math.log(n) - lexiconBoundaries * Math.log(lexiconBoundaries) - lexiconLogTokenSum
                - logFactorial(lexiconBoundaries);
        long types = atomTypes + 1L;
        if (types >= 2) {
            cost += logFactorial(n - 1) - logFactorial(types - 1) - logFactorial(n - types);
        }
        return cost;
    }

    /** The model's total cost in nats (Morfessor 2.0's {@code get_cost()}). */
    double cost() {
        return corpusCost() + lexiconCost();
    }
}
