package org.vaak.asr.graph;

import java.util.Arrays;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.Compose;
import org.vaak.segmentation.fst.Connect;
import org.vaak.segmentation.fst.FstBuilder;

/**
 * L o G for a lexicon shaped like {@link LexiconFst}'s: every arc with an output label leaves the start
 * state (the "hub"), all other arcs output epsilon. The generic {@link Compose} looks each of the hub's
 * arcs (one per pronunciation, hundreds of thousands) up in every state of G, which is quadratic in
 * practice (89 s for a 270k-word bigram); here the match runs from G's side: each arc of G looks up the
 * hub's arcs with its label through an index by output label. Away from the hub L moves alone (its
 * output is epsilon); G's input-epsilon arcs are taken while L is at the hub, one interleaving of
 * moves that commute. The result is the same relation as {@code Compose.apply(l, g)}, trimmed.
 * Falls back to {@link Compose} when L does not have this shape.
 */
public final class LexiconCompose {
    private LexiconCompose() {
    }

    public static CompactFst apply(CompactFst l, CompactFst g) {
        int hub = l.start();
        if (hub < 0 || g.start() < 0 || !hubShaped(l)) {
            return Compose.apply(l, g);
        }
        // hub arcs sorted by output label
        int lo = l.arcStart(hub);
        int n = l.arcEnd(hub) - lo;
        long[] byOut = new long[n];
        for (int i = 0; i < n; i++) {
            byOut[i] = ((long) l.olabel(lo + i) << 32) | (lo + i);
        }
        Arrays.sort(byOut);
        PairIds ids = new PairIds(Math.max(1024, l.numStates()));
        FstBuilder out = new FstBuilder(Math.max(16, l.numStates()), Math.max(16, l.numArcs()));
        ids.id(hub, g.start());
        out.addState();
        out.setStart(0);
        for (int p = 0; p < ids.size(); p++) {
            int s1 = ids.first(p);
            int s2 = ids.second(p);
            if (l.isFinal(s1) && g.isFinal(s2)) {
                out.setFinal(p, l.finalWeight(s1) + g.finalWeight(s2));
            }
            if (s1 != hub) {
                for (int a = l.arcStart(s1); a < l.arcEnd(s1); a++) {
                    if (l.weight(a) != Float.POSITIVE_INFINITY) {
                        out.addArc(p, l.ilabel(a), 0, l.weight(a), target(ids, out, l.next(a), s2));
                    }
                }
                continue;
            }
            for (int b = g.arcStart(s2); b < g.arcEnd(s2); b++) {
                float wb = g.weight(b);
                if (wb == Float.POSITIVE_INFINITY) {
                    continue;
                }
                int label = g.ilabel(b);
                if (label == 0) {
                    out.addArc(p, 0, g.olabel(b), wb, target(ids, out, hub, g.next(b)));
                    continue;
                }
                int k = lowerBound(byOut, label);
                for (; k < n && (int) (byOut[k] >>> 32) == label; k++) {
                    int a = (int) byOut[k];
                    if (l.weight(a) != Float.POSITIVE_INFINITY) {
                        out.addArc(p, l.ilabel(a), g.olabel(b), l.weight(a) + wb, target(ids, out, l.next(a), g.next(b)));
                    }
                }
            }
        }
        return Connect.apply(out.build(l.inputSymbols(), g.outputSymbols()));
    }

    private static int target(PairIds ids, FstBuilder out, int s1, int s2) {
        int before = ids.size();
        int t = ids.id(s1, s2);
        if (t == before) {
            out.addState();
        }
        return t;
    }

    private static int lowerBound(long[] a, int label) {
        long key = (long) label << 32;
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Output labels only on the start state's arcs, and no input-epsilon arc with an output there. */
    static boolean hubShaped(CompactFst l) {
        int hub = l.start();
        for (int s = 0; s < l.numStates(); s++) {
            for (int a = l.arcStart(s); a < l.arcEnd(s); a++) {
                if (s != hub && l.olabel(a) != 0) {
                    return false;
                }
                if (s == hub && l.olabel(a) == 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
