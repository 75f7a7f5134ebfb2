package org.vaak.segmentation.bpe;

/**
 * How a BPE learner ranks the candidate merges.
 *
 * <p>A score may depend on the pair's count, on the counts of its two pieces and on the number of
 * piece tokens in the corpus. The learner keeps scores exact when a pair's count or a piece count
 * changes; a change of the token total is applied lazily, which is correct only if a smaller total
 * never raises a score.
 */
interface MergeScore {
    /**
     * @param pair weighted count of the adjacent pair
     * @param left weighted count of the left piece
     * @param right weighted count of the right piece
     * @param total weighted number of piece tokens in the corpus
     * @param samePiece whether left and right are the same piece
     */
    double score(long pair, long left, long right, long total, boolean samePiece);

    /** Whether the score reads the piece counts and the total (not only the pair count). */
    boolean usesPieceCounts();

    /** The name written into the dictionary's parameters. */
    String name();

    /** Plain BPE: the pair's frequency. */
    MergeScore FREQUENCY = new MergeScore() {
        @Override
        public double score(long pair, long left, long right, long total, boolean samePiece) {
            return pair;
        }

        @Override
        public boolean usesPieceCounts() {
            return false;
        }

        @Override
        public String name() {
            return "pair-frequency";
        }
    };
}
