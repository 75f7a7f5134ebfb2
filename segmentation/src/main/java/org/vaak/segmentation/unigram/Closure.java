package org.vaak.segmentation.unigram;

import com.github.steveash.jopenfst.MutableArc;
import com.github.steveash.jopenfst.MutableFst;
import com.github.steveash.jopenfst.MutableState;
import com.github.steveash.jopenfst.semiring.Semiring;
import java.util.ArrayList;
import java.util.List;

/**
 * Kleene closure of an FST without epsilon arcs (jopenfst has no closure, and its composition handles
 * epsilon cycles poorly). For an FST whose start state has no incoming arcs and is not final, every
 * final state q receives a copy of each arc leaving the start state, its weight multiplied by q's final
 * weight, and the start state becomes final with weight one. Each string of the closure then has
 * exactly one path per way of cutting it into strings of the FST, so path weights add up as in
 * {@code T*}, with no epsilon arc.
 */
final class Closure {
    private Closure() {
    }

    /** Makes {@code fst} its own closure in place and returns it. */
    static MutableFst star(MutableFst fst) {
        MutableState start = fst.getStartState();
        if (start == null) {
            throw new IllegalArgumentException("closure: the FST has no start state");
        }
        Semiring sr = fst.getSemiring();
        if (sr.isNotZero(start.getFinalWeight())) {
            throw new IllegalArgumentException("closure: the start state must not be final");
        }
        for (int s = 0; s < fst.getStateCount(); s++) {
            for (MutableArc a : fst.getState(s).getArcs()) {
                if (a.getNextState() == start) {
                    throw new IllegalArgumentException("closure: the start state must have no incoming arcs (state "
                            + s + " has one)");
                }
                if (a.getIlabel() == 0) {
                    throw new IllegalArgumentException("closure: the FST must have no input epsilon (state " + s + ")");
                }
            }
        }
        List<MutableArc> startArcs = new ArrayList<>(start.getArcs());
        for (int s = 0; s < fst.getStateCount(); s++) {
            MutableState q = fst.getState(s);
            double rho = q.getFinalWeight();
            if (q == start || sr.isZero(rho)) {
                continue;
            }
            for (MutableArc a : startArcs) {
                fst.addArc(q, a.getIlabel(), a.getOlabel(), a.getNextState(), sr.times(rho, a.getWeight()));
            }
        }
        start.setFinalWeight(sr.one());
        return fst;
    }
}
