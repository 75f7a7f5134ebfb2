package org.vaak.segmentation.fst;

import com.github.steveash.jopenfst.Fst;
import com.github.steveash.jopenfst.MutableFst;
import java.util.Arrays;

/**
 * Weighted determinization in the tropical semiring (Mohri's subset construction with residual
 * weights), for acceptors and for functional transducers (residual output strings, as OpenFst's
 * {@code fstdeterminize} does through the gallic semiring). Epsilon is treated as an ordinary label,
 * as in OpenFst. Each arc of the result carries one output label: when the common output prefix of a
 * subset is longer, the rest stays delayed; output still pending at a final state is emitted on a
 * chain of epsilon-input arcs.
 *
 * <p>Subsets are compared with weights quantized to {@code delta} (OpenFst's default 1/1024). The
 * construction terminates on acyclic input and on cyclic input with the twins property; a
 * non-functional transducer is rejected with an {@link IllegalArgumentException}.
 */
public final class Determinize {
    public static final float DEFAULT_DELTA = 1f / 1024;

    private Determinize() {
    }

    public static CompactFst apply(CompactFst fst) {
        return apply(fst, DEFAULT_DELTA);
    }

    /** jopenfst in, jopenfst out, computed on the compact form. */
    public static MutableFst apply(Fst fst) {
        return apply(CompactFst.from(fst)).toMutableFst();
    }

    public static CompactFst apply(CompactFst fst, float delta) {
        if (!(delta > 0)) {
            throw new IllegalArgumentException("delta must be positive, is " + delta);
        }
        return new Run(fst, delta).run();
    }

    private static final class Run {
        final CompactFst in;
        final float delta;
        final LabelStrings strings = new LabelStrings();
        final FstBuilder out;
        // subset elements of output state d: [subsetStart[d], subsetStart[d + 1])
        int[] subsetStart = new int[1025];
        int[] elemState = new int[4096];
        float[] elemWeight = new float[4096];
        int[] elemString = new int[4096];
        int numElems;
        int[] subsetHash = new int[1024];
        int[] outState = new int[1024];
        int numSubsets;
        int[] table = new int[2048];
        // scratch for the transitions of one subset
        long[] keys = new long[64];
        int[] idx = new int[64];
        float[] candWeight = new float[64];
        int[] candString = new int[64];

        Run(CompactFst in, float delta) {
            this.in = in;
            this.delta = delta;
            this.out = new FstBuilder(Math.max(16, in.numStates()), Math.max(16, in.numArcs()));
            Arrays.fill(table, -1);
        }

        CompactFst run() {
            if (in.start() < 0) {
                return CompactFst.empty().withSymbols(in.isymsShared(), in.osymsShared());
            }
            int startSubset = numElems;
            push(in.start(), 0f, 0);
            int start = intern(startSubset);
            out.setStart(outState[start]);
            for (int d = 0; d < numSubsets; d++) {
                expand(d);
            }
            return out.build(in.isymsShared(), in.osymsShared());
        }

        void push(int state, float w, int str) {
            if (numElems == elemState.length) {
                int n = numElems * 2;
                elemState = Arrays.copyOf(elemState, n);
                elemWeight = Arrays.copyOf(elemWeight, n);
                elemString = Arrays.copyOf(elemString, n);
            }
            elemState[numElems] = state;
            elemWeight[numElems] = w;
            elemString[numElems] = str;
            numElems++;
        }

        long quantize(float w) {
            return Math.round((double) w / delta);
        }

        /** Finds or adds the subset held in the pool from {@code from} to the end; returns its state id. */
        int intern(int from) {
            int h = 1;
            for (int e = from; e < numElems; e++) {
                h = 31 * h + elemState[e];
                h = 31 * h + Long.hashCode(quantize(elemWeight[e]));
                h = 31 * h + elemString[e];
            }
            int mask = table.length - 1;
            int i = (int) (LongIntMap.mix(h) & mask);
            while (table[i] >= 0) {
                int d = table[i];
                if (subsetHash[d] == h && sameSubset(d, from)) {
                    numElems = from; // drop the duplicate
                    return d;
                }
                i = (i + 1) & mask;
            }
            int d = numSubsets++;
            if (d + 2 >= subsetStart.length) {
                subsetStart = Arrays.copyOf(subsetStart, subsetStart.length * 2);
            }
            if (d >= subsetHash.length) {
                subsetHash = Arrays.copyOf(subsetHash, subsetHash.length * 2);
                outState = Arrays.copyOf(outState, subsetHash.length);
            }
            subsetStart[d] = from;
            subsetStart[d + 1] = numElems;
            subsetHash[d] = h;
            table[i] = d;
            if (numSubsets * 2 > table.length) {
                rehash();
            }
            outState[d] = out.addState();
            return d;
        }

        boolean sameSubset(int d, int from) {
            int a = subsetStart[d];
            int len = subsetStart[d + 1] - a;
            if (len != numElems - from) {
                return false;
            }
            for (int k = 0; k < len; k++) {
                if (elemState[a + k] != elemState[from + k] || elemString[a + k] != elemString[from + k]
                        || quantize(elemWeight[a + k]) != quantize(elemWeight[from + k])) {
                    return false;
                }
            }
            return true;
        }

        void rehash() {
            table = new int[table.length * 2];
            Arrays.fill(table, -1);
            int mask = table.length - 1;
            for (int d = 0; d < numSubsets; d++) {
                int i = (int) (LongIntMap.mix(subsetHash[d]) & mask);
                while (table[i] >= 0) {
                    i = (i + 1) & mask;
                }
                table[i] = d;
            }
        }

        void expand(int d) {
            int lo = subsetStart[d];
            int hi = subsetStart[d + 1];
            // final weight
            float fin = Float.POSITIVE_INFINITY;
            int finString = -1;
            int n = 0;
            for (int e = lo; e < hi; e++) {
                int q = elemState[e];
                if (in.isFinal(q)) {
                    float fw = elemWeight[e] + in.finalWeight(q);
                    if (finString >= 0 && finString != elemString[e]) {
                        throw new IllegalArgumentException("transducer is not functional: state " + q
                                + " ends paths with different pending outputs");
                    }
                    finString = elemString[e];
                    fin = Math.min(fin, fw);
                }
                n += in.numArcs(q);
            }
            if (finString == 0) {
                out.setFinal(outState[d], fin);
            } else if (finString > 0) {
                emitPending(outState[d], fin, finString);
            }
            if (n == 0) {
                return;
            }
            if (keys.length < n) {
                int c = Math.max(n, keys.length * 2);
                keys = new long[c];
                idx = new int[c];
                candWeight = new float[c];
                candString = new int[c];
            }
            int k = 0;
            for (int e = lo; e < hi; e++) {
                int q = elemState[e];
                float w = elemWeight[e];
                int str = elemString[e];
                for (int a = in.arcStart(q); a < in.arcEnd(q); a++) {
                    float aw = in.weight(a);
                    if (aw == Float.POSITIVE_INFINITY) {
                        continue;
                    }
                    keys[k] = ((long) in.ilabel(a) << 32) | in.next(a);
                    idx[k] = k;
                    candWeight[k] = w + aw;
                    candString[k] = strings.append(str, in.olabel(a));
                    k++;
                }
            }
            Sorting.sort(keys, idx, 0, k);
            int g = 0;
            while (g < k) {
                int label = (int) (keys[g] >>> 32);
                int end = g;
                float wmin = Float.POSITIVE_INFINITY;
                int prefix = -1;
                while (end < k && (int) (keys[end] >>> 32) == label) {
                    int c = idx[end];
                    wmin = Math.min(wmin, candWeight[c]);
                    prefix = prefix < 0 ? candString[c] : strings.commonPrefix(prefix, candString[c]);
                    end++;
                }
                int outLabel = strings.length(prefix) > 0 ? strings.first(prefix) : 0;
                int drop = outLabel == 0 ? 0 : 1;
                int from = numElems;
                for (int j = g; j < end; ) {
                    int state = (int) keys[j];
                    int c = idx[j];
                    float w = candWeight[c];
                    int str = candString[c];
                    j++;
                    while (j < end && (int) keys[j] == state) {
                        int c2 = idx[j];
                        if (candString[c2] != str) {
                            throw new IllegalArgumentException("transducer is not functional: two paths reach state "
                                    + state + " with different outputs");
                        }
                        w = Math.min(w, candWeight[c2]);
                        j++;
                    }
                    push(state, w - wmin, strings.dropFirst(str, drop));
                }
                int next = intern(from);
                out.addArc(outState[d], label, outLabel, wmin, outState[next]);
                g = end;
            }
        }

        /** Final weight with output still pending: a chain of epsilon-input arcs to a final state. */
        void emitPending(int d, float fin, int str) {
            int[] labels = strings.labels(str);
            int prev = d;
            for (int i = 0; i < labels.length; i++) {
                int s = out.addState();
                out.addArc(prev, 0, labels[i], i == 0 ? fin : 0f, s);
                prev = s;
            }
            out.setFinal(prev, 0f);
        }
    }
}
