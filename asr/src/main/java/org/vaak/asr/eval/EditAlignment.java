package org.vaak.asr.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A minimum edit-distance alignment of a hypothesis to a reference (unit costs for substitution, deletion and
 * insertion). Among alignments of equal cost the trace-back prefers, at each step from the end, a
 * match or substitution, then a deletion, then an insertion, so the result is deterministic.
 *
 * @param ops the alignment in order
 * @param substitutions reference tokens replaced by another token
 * @param deletions reference tokens missing from the hypothesis
 * @param insertions hypothesis tokens not in the reference
 * @param matches reference tokens recognised correctly
 */
public record EditAlignment(List<Op> ops, int substitutions, int deletions, int insertions, int matches) {
    /** One step of an alignment; {@code ref} or {@code hyp} is null for an insertion or a deletion. */
    public record Op(Kind kind, String ref, String hyp) {
    }

    public enum Kind { MATCH, SUBSTITUTION, DELETION, INSERTION }

    public EditAlignment {
        ops = List.copyOf(ops);
    }

    /** Total edits: S + D + I. */
    public int errors() {
        return substitutions + deletions + insertions;
    }

    public int referenceLength() {
        return substitutions + deletions + matches;
    }

    /** Aligns {@code hyp} to {@code ref}. */
    public static <T> EditAlignment align(List<T> ref, List<T> hyp) {
        int n = ref.size();
        int m = hyp.size();
        int[][] cost = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int diag = cost[i - 1][j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
                cost[i][j] = Math.min(diag, Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1));
            }
        }
        List<Op> ops = new ArrayList<>();
        int s = 0;
        int d = 0;
        int ins = 0;
        int ok = 0;
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0) {
                boolean same = ref.get(i - 1).equals(hyp.get(j - 1));
                if (cost[i][j] == cost[i - 1][j - 1] + (same ? 0 : 1)) {
                    ops.add(new Op(same ? Kind.MATCH : Kind.SUBSTITUTION, String.valueOf(ref.get(i - 1)), String.valueOf(hyp.get(j - 1))));
                    if (same) {
                        ok++;
                    } else {
                        s++;
                    }
                    i--;
                    j--;
                    continue;
                }
            }
            if (i > 0 && cost[i][j] == cost[i - 1][j] + 1) {
                ops.add(new Op(Kind.DELETION, String.valueOf(ref.get(i - 1)), null));
                d++;
                i--;
            } else {
                ops.add(new Op(Kind.INSERTION, null, String.valueOf(hyp.get(j - 1))));
                ins++;
                j--;
            }
        }
        Collections.reverse(ops);
        return new EditAlignment(ops, s, d, ins, ok);
    }
}
