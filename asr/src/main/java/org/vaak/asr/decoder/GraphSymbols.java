package org.vaak.asr.decoder;

import org.vaak.asr.AcousticModel;
import org.vaak.segmentation.fst.CompactFst;

/** Checks that a decoding graph's input symbols are the acoustic model's tokens, shifted by one. */
public final class GraphSymbols {
    /** Input symbol of label 0. */
    public static final String EPSILON = "<eps>";
    /** Input symbol of label 1, the CTC blank. */
    public static final String BLANK = "<blk>";

    private GraphSymbols() {
    }

    /**
     * Requires input symbols {@code <eps>, <blk>, phone 1, phone 2, ...} equal to the model's tokens.
     *
     * @param graphName the graph's file or name, for the message
     * @throws IllegalArgumentException naming the graph and the first mismatch
     */
    public static void requireMatching(CompactFst graph, AcousticModel model, String graphName) {
        String[] isyms = graph.inputSymbols();
        if (isyms == null) {
            throw new IllegalArgumentException(graphName + ": the decoding graph has no input symbols; expected "
                    + EPSILON + ", " + BLANK + " and the acoustic model's " + (model.numTokens() - 1) + " phones");
        }
        int n = model.numTokens();
        if (isyms.length != n + 1) {
            throw new IllegalArgumentException(graphName + ": the decoding graph has " + isyms.length
                    + " input symbols but the acoustic model has " + n + " tokens (expected " + (n + 1)
                    + ": " + EPSILON + ", " + BLANK + ", phones)");
        }
        check(graphName, isyms, 0, EPSILON);
        check(graphName, isyms, 1, BLANK);
        for (int t = 1; t < n; t++) {
            check(graphName, isyms, t + 1, model.phone(t));
        }
    }

    private static void check(String graphName, String[] isyms, int label, String expected) {
        if (!expected.equals(isyms[label])) {
            throw new IllegalArgumentException(graphName + ": input symbol " + label + " of the decoding graph is '"
                    + isyms[label] + "' but the acoustic model expects '" + expected + "'");
        }
    }
}
