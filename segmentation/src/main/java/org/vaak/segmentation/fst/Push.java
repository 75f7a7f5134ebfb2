package org.vaak.segmentation.fst;

/**
 * Weight pushing toward the initial state in the tropical semiring: with d(s) the shortest distance
 * from s to the final states, every arc s -> t gets w + d(t) - d(s) and every final weight f - d(s);
 * the total weight d(start) stays on the start state's arcs and final weight (OpenFst's
 * {@code Push(REWEIGHT_TO_INITIAL)} without removing the total weight). States that reach no final
 * state are left as they are.
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
        FstBuilder b = new FstBuilder(n, fst.numArcs());
        for (int s = 0; s < n; s++) {
            b.addState();
        }
        int start = fst.start();
        for (int s = 0; s < n; s++) {
            float ds = d[s];
            boolean live = ds != Float.POSITIVE_INFINITY;
            float lead = s == start && live ? ds : 0f;
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
        b.setStart(start);
        return b.build(fst.isymsShared(), fst.osymsShared());
    }
}
