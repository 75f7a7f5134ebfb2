package org.vaak.training.ctc;

import java.util.ArrayList;
import java.util.List;

/** Best-path CTC decoding: the most probable token per frame, repeats merged, blanks (token 0) dropped. */
public final class GreedyCtc {
    private GreedyCtc() {
    }

    /** Tokens of {@code frames} rows of {@code [frames][tokens]} row-major scores; ties go to the lower token. */
    public static int[] decode(float[] scores, int frames, int tokens) {
        List<Integer> out = new ArrayList<>();
        int prev = 0;
        for (int t = 0; t < frames; t++) {
            int best = 0;
            for (int k = 1; k < tokens; k++) {
                if (scores[t * tokens + k] > scores[t * tokens + best]) {
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

    /** Levenshtein distance (substitutions, insertions, deletions cost 1). */
    public static int editDistance(int[] a, int[] b) {
        int[] row = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            int diag = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int up = row[j];
                row[j] = Math.min(Math.min(up + 1, row[j - 1] + 1), diag + (a[i - 1] == b[j - 1] ? 0 : 1));
                diag = up;
            }
        }
        return row[b.length];
    }
}
