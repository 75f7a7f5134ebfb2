package org.vaak.asr.graph;

import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.Connect;
import org.vaak.segmentation.fst.FstBuilder;

/**
 * T o LG for the standard CTC topology, built directly from LG, with a shortcut that keeps it exact: the
 * pair state (phone p, LG state s) needs arcs for the blank and for every phone leaving s other than p;
 * when s has no arc with phone p and no disambiguation arc, all of these lead exactly where the same arcs of
 * the pair (blank, s) lead, so one epsilon arc to (blank, s) replaces them. The result accepts the same
 * token sequences with the same outputs and costs as {@code Compose.apply(CtcTopology.build(STANDARD), lg)}
 * (tested), with fewer arcs and one epsilon move per phone change where the shortcut applies.
 * Disambiguation arcs of LG keep the CTC state, as T's {@code #k:#k} loops do.
 */
public final class CtcCompose {
    private CtcCompose() {
    }

    public static CompactFst apply(CompactFst lg, TokenSymbols syms) {
        if (lg.start() < 0) {
            return lg;
        }
        int first = syms.firstDisambig();
        int blank = syms.blank();
        PairIds ids = new PairIds(Math.max(1024, 2 * lg.numStates()));
        FstBuilder out = new FstBuilder(2 * lg.numStates(), 3 * lg.numArcs());
        ids.id(0, lg.start());
        out.addState();
        out.setStart(0);
        for (int p = 0; p < ids.size(); p++) {
            int c = ids.first(p); // 0 = after a blank (or nothing), else the label of the last phone
            int s = ids.second(p);
            out.setFinal(p, lg.finalWeight(s));
            if (c != 0) {
                out.addArc(p, c, 0, 0f, p); // the phone repeated
                if (shortcut(lg, s, c, first)) {
                    out.addArc(p, 0, 0, 0f, target(ids, out, 0, s));
                    continue;
                }
            }
            out.addArc(p, blank, 0, 0f, c == 0 ? p : target(ids, out, 0, s));
            for (int a = lg.arcStart(s); a < lg.arcEnd(s); a++) {
                int x = lg.ilabel(a);
                if (x >= first || x == 0) {
                    out.addArc(p, x, lg.olabel(a), lg.weight(a), target(ids, out, c, lg.next(a)));
                } else if (x != c) {
                    out.addArc(p, x, lg.olabel(a), lg.weight(a), target(ids, out, x, lg.next(a)));
                }
            }
        }
        return Connect.apply(out.build(syms.fullTable(), lg.outputSymbols()));
    }

    /** Whether every arc of (phone c, s) but the repeat loop can go through (blank, s). */
    private static boolean shortcut(CompactFst lg, int s, int c, int firstDisambig) {
        for (int a = lg.arcStart(s); a < lg.arcEnd(s); a++) {
            int x = lg.ilabel(a);
            if (x == c || x == 0 || x >= firstDisambig) {
                return false;
            }
        }
        return true;
    }

    private static int target(PairIds ids, FstBuilder out, int c, int s) {
        int before = ids.size();
        int t = ids.id(c, s);
        if (t == before) {
            out.addState();
        }
        return t;
    }
}
