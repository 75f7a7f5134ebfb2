package org.vaak.asr.decoder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.FstBuilder;

/**
 * Hand-built decoding graphs for tests: a word loop over a lexicon with the CTC topology inside each word
 * (phone self-loops, optional blanks between phones, a blank required between two equal phones), input
 * labels shifted by one ({@code <eps>}, {@code <blk>}, phones), output labels the words.
 */
public final class CtcGraphs {
    private CtcGraphs() {
    }

    /** Input symbols for the given phones: {@code <eps>, <blk>, phones...}. */
    public static String[] inputSymbols(String... phones) {
        String[] s = new String[phones.length + 2];
        s[0] = "<eps>";
        s[1] = "<blk>";
        System.arraycopy(phones, 0, s, 2, phones.length);
        return s;
    }

    /**
     * A loop over the words of {@code lexicon} (word -> phones, in map order). State 0 is the start, final,
     * with a blank self-loop. Each word costs {@code wordCost}; its output label sits on its first phone arc
     * ({@code outputAtStart}) or on the epsilon arc back to state 0.
     */
    public static CompactFst wordLoop(List<String> phones, Map<String, List<String>> lexicon, boolean outputAtStart,
            float wordCost) {
        FstBuilder b = new FstBuilder();
        int loop = b.addState();
        b.setStart(loop).setFinal(loop, 0f);
        b.addArc(loop, 1, 0, 0f, loop);
        List<String> words = new ArrayList<>(lexicon.keySet());
        for (int w = 0; w < words.size(); w++) {
            int out = w + 1;
            List<String> ph = lexicon.get(words.get(w));
            int n = ph.size();
            int[] s = new int[n];
            int[] bl = new int[n];
            int[] lab = new int[n];
            for (int k = 0; k < n; k++) {
                s[k] = b.addState();
                bl[k] = b.addState();
                lab[k] = phones.indexOf(ph.get(k)) + 2;
                if (lab[k] < 2) {
                    throw new IllegalArgumentException("unknown phone " + ph.get(k));
                }
            }
            b.addArc(loop, lab[0], outputAtStart ? out : 0, wordCost, s[0]);
            for (int k = 0; k < n; k++) {
                b.addArc(s[k], lab[k], 0, 0f, s[k]);
                b.addArc(s[k], 1, 0, 0f, bl[k]);
                b.addArc(bl[k], 1, 0, 0f, bl[k]);
                if (k + 1 < n) {
                    b.addArc(bl[k], lab[k + 1], 0, 0f, s[k + 1]);
                    if (lab[k + 1] != lab[k]) {
                        b.addArc(s[k], lab[k + 1], 0, 0f, s[k + 1]);
                    }
                }
            }
            b.addArc(s[n - 1], 0, outputAtStart ? 0 : out, 0f, loop);
            b.addArc(bl[n - 1], 0, outputAtStart ? 0 : out, 0f, loop);
        }
        String[] osyms = new String[words.size() + 1];
        osyms[0] = "<eps>";
        for (int w = 0; w < words.size(); w++) {
            osyms[w + 1] = words.get(w);
        }
        return b.build(inputSymbols(phones.toArray(String[]::new)), osyms);
    }

    /**
     * Peaky CTC log-posteriors for a frame-by-frame script of token indices (0 = blank): the scripted
     * token gets {@code peak}, the others share the rest equally.
     */
    public static float[][] peaky(int numTokens, int[] script, double peak) {
        float[][] lp = new float[script.length][numTokens];
        for (int t = 0; t < script.length; t++) {
            double rest = (1 - peak) / (numTokens - 1);
            Arrays.fill(lp[t], (float) Math.log(rest));
            lp[t][script[t]] = (float) Math.log(peak);
        }
        return lp;
    }
}
