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
            prev = step(frame, 0, frame.length, prev, out);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The same for {@code frames} rows of {@code tokens} scores stored row after row in {@code scores}. */
    public static int[] decode(float[] scores, int frames, int tokens) {
        List<Integer> out = new ArrayList<>();
        int prev = 0;
        for (int t = 0; t < frames; t++) {
            prev = step(scores, t * tokens, tokens, prev, out);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Appends the frame's best token unless it is blank or repeats the previous frame's; returns the best. */
    private static int step(float[] scores, int off, int tokens, int prev, List<Integer> out) {
        int best = 0;
        for (int k = 1; k < tokens; k++) {
            if (scores[off + k] > scores[off + best]) {
                best = k;
            }
        }
        if (best != 0 && best != prev) {
            out.add(best);
        }
        return best;
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
