package org.vaak.segmentation.fst;

import com.github.steveash.jopenfst.Arc;
import com.github.steveash.jopenfst.Fst;
import com.github.steveash.jopenfst.MutableFst;
import com.github.steveash.jopenfst.MutableState;
import com.github.steveash.jopenfst.MutableSymbolTable;
import com.github.steveash.jopenfst.State;
import com.github.steveash.jopenfst.SymbolTable;
import com.github.steveash.jopenfst.semiring.Semiring;
import com.github.steveash.jopenfst.semiring.TropicalSemiring;
import com.carrotsearch.hppc.cursors.ObjectIntCursor;
import java.util.Arrays;

/**
 * A read-only weighted transducer in compressed sparse rows: the arcs of state {@code s} are
 * {@code arcStart(s) .. arcEnd(s)-1}, sorted by (input label, output label, next state). Weights are
 * tropical (or log) weights as floats, {@code +Infinity} being zero; labels are ints with 0 = epsilon.
 * This is the form vaak's WFST algorithms work on and the form a decoder reads.
 */
public final class CompactFst {
    private final int start;
    private final int[] offsets;
    private final int[] ilabels;
    private final int[] olabels;
    private final int[] nexts;
    private final float[] weights;
    private final float[] finals;
    private final String[] isyms;
    private final String[] osyms;

    CompactFst(int start, int[] offsets, int[] ilabels, int[] olabels, int[] nexts, float[] weights,
            float[] finals, String[] isyms, String[] osyms) {
        this.start = start;
        this.offsets = offsets;
        this.ilabels = ilabels;
        this.olabels = olabels;
        this.nexts = nexts;
        this.weights = weights;
        this.finals = finals;
        this.isyms = isyms;
        this.osyms = osyms;
    }

    /** The FST with no state (the empty language). */
    public static CompactFst empty() {
        return new FstBuilder(1, 1).build(null, null);
    }

    /** The start state, or -1 when the FST has no state. */
    public int start() {
        return start;
    }

    public int numStates() {
        return finals.length;
    }

    public int numArcs() {
        return ilabels.length;
    }

    public int arcStart(int state) {
        return offsets[state];
    }

    public int arcEnd(int state) {
        return offsets[state + 1];
    }

    public int numArcs(int state) {
        return offsets[state + 1] - offsets[state];
    }

    public int ilabel(int arc) {
        return ilabels[arc];
    }

    public int olabel(int arc) {
        return olabels[arc];
    }

    public int next(int arc) {
        return nexts[arc];
    }

    public float weight(int arc) {
        return weights[arc];
    }

    /** The final weight, {@code +Infinity} for a non-final state. */
    public float finalWeight(int state) {
        return finals[state];
    }

    public boolean isFinal(int state) {
        return finals[state] != Float.POSITIVE_INFINITY;
    }

    /** Input symbol table (index = label, null where unused), or null when labels are bare numbers. */
    public String[] inputSymbols() {
        return isyms == null ? null : isyms.clone();
    }

    public String[] outputSymbols() {
        return osyms == null ? null : osyms.clone();
    }

    String[] isymsShared() {
        return isyms;
    }

    String[] osymsShared() {
        return osyms;
    }

    /** The same FST with other symbol tables. */
    public CompactFst withSymbols(String[] inputSymbols, String[] outputSymbols) {
        return new CompactFst(start, offsets, ilabels, olabels, nexts, weights, finals,
                inputSymbols == null ? null : inputSymbols.clone(),
                outputSymbols == null ? null : outputSymbols.clone());
    }

    /** True when every arc has equal input and output labels. */
    public boolean isAcceptor() {
        for (int a = 0; a < ilabels.length; a++) {
            if (ilabels[a] != olabels[a]) {
                return false;
            }
        }
        return true;
    }

    /** True when no state has two arcs with the same input label (epsilon counts as a label). */
    public boolean isInputDeterministic() {
        for (int s = 0; s < finals.length; s++) {
            for (int a = offsets[s] + 1; a < offsets[s + 1]; a++) {
                if (ilabels[a] == ilabels[a - 1]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The first arc of {@code state} with input label {@code label}, or -1 (binary search). */
    public int findInput(int state, int label) {
        int lo = offsets[state];
        int hi = offsets[state + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ilabels[mid] < label) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lo < offsets[state + 1] && ilabels[lo] == label ? lo : -1;
    }

    /** Copies a jopenfst FST (tropical or log weights) into the compact form, keeping state ids. */
    public static CompactFst from(Fst fst) {
        Semiring sr = fst.getSemiring();
        if (sr != null && sr.zero() != Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("semiring " + sr + " is not tropical or log (zero must be +Infinity)");
        }
        int n = fst.getStateCount();
        int m = 0;
        for (int s = 0; s < n; s++) {
            m += fst.getState(s).getArcCount();
        }
        FstBuilder b = new FstBuilder(n, m);
        for (int s = 0; s < n; s++) {
            b.addState();
        }
        for (int s = 0; s < n; s++) {
            State st = fst.getState(s);
            if (st.getId() != s) {
                throw new IllegalArgumentException("state at index " + s + " has id " + st.getId());
            }
            b.setFinal(s, (float) st.getFinalWeight());
            for (int i = 0; i < st.getArcCount(); i++) {
                Arc arc = st.getArc(i);
                b.addArc(s, arc.getIlabel(), arc.getOlabel(), (float) arc.getWeight(), arc.getNextState().getId());
            }
        }
        if (fst.getStartState() != null) {
            b.setStart(fst.getStartState().getId());
        }
        return b.build(symbols(fst.getInputSymbols()), symbols(fst.getOutputSymbols()));
    }

    private static String[] symbols(SymbolTable table) {
        if (table == null || table.size() == 0) {
            return null;
        }
        int max = 0;
        for (ObjectIntCursor<String> c : table) {
            max = Math.max(max, c.value);
        }
        String[] out = new String[max + 1];
        for (ObjectIntCursor<String> c : table) {
            out[c.value] = c.key;
        }
        return out;
    }

    /** A jopenfst copy in the tropical semiring, with the same state ids and labels. */
    public MutableFst toMutableFst() {
        MutableSymbolTable in = table(isyms, ilabels);
        MutableSymbolTable out = table(osyms, olabels);
        MutableFst fst = new MutableFst(numStates(), TropicalSemiring.INSTANCE);
        fst.setInputSymbolsAsCopy(in);
        fst.setOutputSymbolsAsCopy(out);
        MutableState[] states = new MutableState[numStates()];
        for (int s = 0; s < states.length; s++) {
            states[s] = fst.newState();
            states[s].setFinalWeight(finals[s]);
        }
        if (start >= 0) {
            fst.setStart(states[start]);
        }
        for (int s = 0; s < states.length; s++) {
            for (int a = offsets[s]; a < offsets[s + 1]; a++) {
                fst.addArc(states[s], ilabels[a], olabels[a], states[nexts[a]], weights[a]);
            }
        }
        return fst;
    }

    private static MutableSymbolTable table(String[] syms, int[] used) {
        MutableSymbolTable t = new MutableSymbolTable();
        if (syms != null) {
            for (int i = 0; i < syms.length; i++) {
                if (syms[i] != null) {
                    t.put(syms[i], i);
                }
            }
        }
        if (!t.contains(Fst.EPS) && (syms == null || syms.length == 0 || syms[0] == null)) {
            t.put(Fst.EPS, 0);
        }
        for (int label : used) {
            if (label == 0 && t.contains(Fst.EPS)) {
                continue;
            }
            if (syms == null || label >= syms.length || syms[label] == null) {
                String name = Integer.toString(label);
                if (!t.contains(name)) {
                    t.put(name, label);
                }
            }
        }
        return t;
    }

    @Override
    public String toString() {
        return "CompactFst[states=" + numStates() + ", arcs=" + numArcs() + ", start=" + start + "]";
    }

    int[] offsetsShared() {
        return offsets;
    }

    /** Structural equality (same ids, arcs, weights and symbols); for tests. */
    boolean sameAs(CompactFst o) {
        return start == o.start && Arrays.equals(offsets, o.offsets) && Arrays.equals(ilabels, o.ilabels)
                && Arrays.equals(olabels, o.olabels) && Arrays.equals(nexts, o.nexts)
                && Arrays.equals(weights, o.weights) && Arrays.equals(finals, o.finals)
                && Arrays.equals(isyms, o.isyms) && Arrays.equals(osyms, o.osyms);
    }
}
