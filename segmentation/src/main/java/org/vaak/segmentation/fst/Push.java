package org.vaak.segmentation.fst;

/**
 * Weight pushing toward the initial state in the tropical semiring: with d(s) the shortest distance
 * from s to the final states, every arc s -> t gets w + d(t) - d(s) and every final weight f - d(s).
 * The total weight d(start) is kept, as OpenFst's {@code Push(REWEIGHT_TO_INITIAL)} without removing the
 * total weight does: on the start state's arcs and final weight when no arc enters the start state,
 * otherwise on an epsilon arc from a new start state (adding it to the old start's arcs would add it once
 * per passage through a cycle). States that reach no final state are left as they are.
 */
public final class Push {
    private Push() {
    }

    public static CompactFst towardInitial(CompactFst fst) {
        int n = fst.numStates();
        if (fst.start() < 0) {
            return fst;
        }
        float[] d = ShortestDistance.toFinal(fst);
        int start = fst.start();
        float total = d[start];
        boolean carry = total != 0f && total != Float.POSITIVE_INFINITY;
        boolean initialAcyclic = true;
        for (int a = 0; a < fst.numArcs() && carry; a++) {
            initialAcyclic &= fst.next(a) != start;
        }
        FstBuilder b = new FstBuilder(n + 1, fst.numArcs() + 1);
        for (int s = 0; s < n; s++) {
            b.addState();
        }
        for (int s = 0; s < n; s++) {
            float ds = d[s];
            boolean live = ds != Float.POSITIVE_INFINITY;
            float lead = s == start && carry && initialAcyclic ? total : 0f;
            if (fst.isFinal(s)) {
                b.setFinal(s, live ? fst.finalWeight(s) - ds + lead : fst.finalWeight(s));
            }
            for (int a = fst.arcStart(s); a < fst.arcEnd(s); a++) {
                float dt = d[fst.next(a)];
                float w = fst.weight(a);
                if (live && dt != Float.POSITIVE_INFINITY) {
                    w = w + dt - ds + lead;
                }
                b.addArc(s, fst.ilabel(a), fst.olabel(a), w, fst.next(a));
            }
        }
        if (carry && !initialAcyclic) {
            int s = b.addState();
            b.addArc(s, 0, 0, total, start);
            b.setStart(s);
        } else {
            b.setStart(start);
        }
        return b.build(fst.isymsShared(), fst.osymsShared());
    }
}
