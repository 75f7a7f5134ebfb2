package org.vaak.segmentation.fst;

import com.github.steveash.jopenfst.Fst;
import com.github.steveash.jopenfst.MutableFst;

/**
 * Trims an FST to the states that lie on some successful path (accessible from the start and
 * co-accessible to a final state). The kept states keep their relative order, as in OpenFst.
 */
public final class Connect {
    private Connect() {
    }

    public static MutableFst apply(Fst fst) {
        return apply(CompactFst.from(fst)).toMutableFst();
    }

    public static CompactFst apply(CompactFst fst) {
        int n = fst.numStates();
        if (fst.start() < 0) {
            return CompactFst.empty().withSymbols(fst.isymsShared(), fst.osymsShared());
        }
        boolean[] acc = new boolean[n];
        int[] stack = new int[n];
        int top = 0;
        acc[fst.start()] = true;
        stack[top++] = fst.start();
        while (top > 0) {
            int s = stack[--top];
            for (int a = fst.arcStart(s); a < fst.arcEnd(s); a++) {
                int t = fst.next(a);
                if (!acc[t] && fst.weight(a) != Float.POSITIVE_INFINITY) {
                    acc[t] = true;
                    stack[top++] = t;
                }
            }
        }
        Reverse.Adjacency rev = Reverse.adjacency(fst);
        boolean[] coacc = new boolean[n];
        for (int s = 0; s < n; s++) {
            if (fst.isFinal(s) && acc[s]) {
                coacc[s] = true;
                stack[top++] = s;
            }
        }
        while (top > 0) {
            int t = stack[--top];
            for (int j = rev.offsets[t]; j < rev.offsets[t + 1]; j++) {
                int a = rev.arcs[j];
                int s = rev.tails[j];
                if (!coacc[s] && acc[s] && fst.weight(a) != Float.POSITIVE_INFINITY) {
                    coacc[s] = true;
                    stack[top++] = s;
                }
            }
        }
        int[] map = new int[n];
        int kept = 0;
        int keptArcs = 0;
        for (int s = 0; s < n; s++) {
            if (acc[s] && coacc[s]) {
                map[s] = kept++;
            } else {
                map[s] = -1;
            }
        }
        if (kept == n) {
            return fst;
        }
        if (map[fst.start()] < 0) {
            return CompactFst.empty().withSymbols(fst.isymsShared(), fst.osymsShared());
        }
        for (int s = 0; s < n; s++) {
            if (map[s] >= 0) {
                keptArcs += fst.numArcs(s);
            }
        }
        FstBuilder b = new FstBuilder(kept, keptArcs);
        for (int i = 0; i < kept; i++) {
            b.addState();
        }
        for (int s = 0; s < n; s++) {
            if (map[s] < 0) {
                continue;
            }
            b.setFinal(map[s], fst.finalWeight(s));
            for (int a = fst.arcStart(s); a < fst.arcEnd(s); a++) {
                int t = map[fst.next(a)];
                if (t >= 0 && fst.weight(a) != Float.POSITIVE_INFINITY) {
                    b.addArc(map[s], fst.ilabel(a), fst.olabel(a), fst.weight(a), t);
                }
            }
        }
        b.setStart(map[fst.start()]);
        return b.build(fst.isymsShared(), fst.osymsShared());
    }
}
