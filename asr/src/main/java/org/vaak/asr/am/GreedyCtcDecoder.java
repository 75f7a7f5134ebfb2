package org.vaak.asr.am;

import java.util.ArrayList;
import java.util.List;
import org.vaak.asr.AcousticModel;

/**
 * Greedy (best-path) CTC decoding: the most likely token of each frame (ties to the lower token), repeats
 * collapsed, blanks (token 0) dropped.
 */
public final class GreedyCtcDecoder {
    private GreedyCtcDecoder() {
    }

    /** Token ids of the best path of {@code logPosteriors [frames][tokens]}. */
    public static int[] decode(float[][] logPosteriors) {
        List<Integer> out = new ArrayList<>();
        int prev = 0;
        for (float[] frame : logPosteriors) {
            int best = 0;
            for (int k = 1; k < frame.length; k++) {
                if (frame[k] > frame[best]) {
                    best = k;
                }
            }
            if (best != 0 && best != prev) {
                out.add(best);
            }
            prev = best;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The phones of the best path, named by the model. */
    public static List<String> phones(AcousticModel model, float[][] logPosteriors) {
        List<String> out = new ArrayList<>();
        for (int t : decode(logPosteriors)) {
            out.add(model.phone(t));
        }
        return out;
    }
}
