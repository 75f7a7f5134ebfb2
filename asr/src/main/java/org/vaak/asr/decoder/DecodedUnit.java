package org.vaak.asr.decoder;

/**
 * One output unit of a hypothesis (a word or a subword with its {@code @@} marker).
 *
 * @param label output label in the graph
 * @param symbol its output symbol (the label's number when the graph has no output symbols)
 * @param firstFrame first output frame of the unit (inclusive)
 * @param lastFrame last output frame of the unit (inclusive, {@code >= firstFrame})
 * @param confidence lattice posterior of the unit in [0, 1]; NaN in partial results
 */
public record DecodedUnit(int label, String symbol, int firstFrame, int lastFrame, double confidence) {
}
