package org.vaak.segmentation.fst;

import com.github.steveash.jopenfst.Fst;
import com.github.steveash.jopenfst.MutableFst;
import java.util.Arrays;

/**
 * Minimization of a deterministic weighted acceptor or transducer in the tropical semiring, as
 * OpenFst does it: trim, push weights toward the initial state, encode each arc's (input, output,
 * weight) as one label and each final weight as a state class, minimize the resulting unweighted DFA
 * by partition refinement (Hopcroft's O(m log n), in the formulation of Valmari and Lehtinen), decode.
 * Weights are compared after quantizing to {@code delta}. Output labels are not pushed (OpenFst's
 * transducer minimization also pushes output strings, which can merge a few more states when the
 * outputs of a deterministic transducer are not already emitted as early as possible).
 *
 * <p>The input must be deterministic over (input, output) pairs; the result has the start state 0 and
 * the other states in breadth-first order.
 */
public final class Minimize {
    private Minimize() {
    }

    public static CompactFst apply(CompactFst fst) {
        return apply(fst, Determinize.DEFAULT_DELTA);
    }

    /** jopenfst in, jopenfst out, computed on the compact form. */
    public static MutableFst apply(Fst fst) {
        return apply(CompactFst.from(fst)).toMutableFst();
    }

    public static CompactFst apply(CompactFst fst, float delta) {
        checkDeterministic(fst);
        CompactFst f = Connect.apply(fst);
        if (f.start() < 0) {
            return f;
        }
        f = Push.towardInitial(f);
        int n = f.numStates();
        int m = f.numArcs();

        // encode arcs and final weights
        int[] code = new int[m];
        LongIntMap pairs = new LongIntMap(1024);
        LongIntMap codes = new LongIntMap(1024);
        LongIntMap levels = new LongIntMap(1024); // quantized weight -> dense id
        int[] codeArc = new int[1024];
        int numCodes = 0;
        for (int a = 0; a < m; a++) {
            long pk = ((long) f.ilabel(a) << 32) | f.olabel(a);
            int pair = pairs.putIfAbsent(pk, pairs.size());
            if (pair < 0) {
                pair = pairs.size() - 1;
            }
            long q = quantize(f.weight(a), delta);
            int qid = levels.putIfAbsent(q, levels.size());
            if (qid < 0) {
                qid = levels.size() - 1;
            }
            long ck = ((long) pair << 32) | qid;
            int c = codes.putIfAbsent(ck, numCodes);
            if (c < 0) {
                c = numCodes++;
                if (c == codeArc.length) {
                    codeArc = Arrays.copyOf(codeArc, c * 2);
                }
                codeArc[c] = a;
            }
            code[a] = c;
        }
        int[] finalClass = new int[n];
        LongIntMap finals = new LongIntMap(16);
        int numClasses = 1;
        for (int s = 0; s < n; s++) {
            if (f.isFinal(s)) {
                int c = finals.putIfAbsent(quantize(f.finalWeight(s), delta), numClasses);
                finalClass[s] = c < 0 ? numClasses++ : c;
            }
        }

        int[] block = refine(f, code, numCodes, finalClass, numClasses);
        return build(f, block, code, codeArc);
    }

    private static void checkDeterministic(CompactFst fst) {
        for (int s = 0; s < fst.numStates(); s++) {
            for (int a = fst.arcStart(s) + 1; a < fst.arcEnd(s); a++) {
                if (fst.ilabel(a) == fst.ilabel(a - 1) && fst.olabel(a) == fst.olabel(a - 1)) {
                    throw new IllegalArgumentException("minimize needs a deterministic FST: state " + s
                            + " has two arcs labelled " + fst.ilabel(a) + ":" + fst.olabel(a) + " (determinize first)");
                }
            }
        }
    }

    static long quantize(float w, float delta) {
        if (w == Float.POSITIVE_INFINITY) {
            return Long.MAX_VALUE;
        }
        long q = Math.round((double) w / delta);
        if (Math.abs(q) > (1L << 52)) {
            return Float.floatToIntBits(w) | (1L << 60); // beyond the quantized range: exact bits, kept apart
        }
        return q;
    }

    /** Partition refinement; returns the block of every state. */
    private static int[] refine(CompactFst f, int[] code, int numCodes, int[] finalClass, int numClasses) {
        int n = f.numStates();
        int m = f.numArcs();
        Partition states = new Partition(n);
        if (numClasses > 1) {
            // states of each final class form one initial block
            int[] byClass = new int[numClasses + 1];
            for (int s = 0; s < n; s++) {
                byClass[finalClass[s] + 1]++;
            }
            for (int c = 0; c < numClasses; c++) {
                byClass[c + 1] += byClass[c];
            }
            int[] sorted = new int[n];
            int[] fill = Arrays.copyOf(byClass, numClasses);
            for (int s = 0; s < n; s++) {
                sorted[fill[finalClass[s]]++] = s;
            }
            for (int c = 1; c < numClasses; c++) {
                for (int i = byClass[c]; i < byClass[c + 1]; i++) {
                    states.mark(sorted[i]);
                }
                states.split();
            }
        }
        int[] tail = new int[m];
        for (int s = 0; s < n; s++) {
            for (int a = f.arcStart(s); a < f.arcEnd(s); a++) {
                tail[a] = s;
            }
        }
        // transitions, one initial block per label
        Partition arcs = new Partition(m);
        if (m > 0) {
            int[] byCode = new int[numCodes + 1];
            for (int a = 0; a < m; a++) {
                byCode[code[a] + 1]++;
            }
            for (int c = 0; c < numCodes; c++) {
                byCode[c + 1] += byCode[c];
            }
            int[] fill = Arrays.copyOf(byCode, numCodes);
            for (int a = 0; a < m; a++) {
                int i = fill[code[a]]++;
                arcs.elems[i] = a;
                arcs.loc[a] = i;
                arcs.blockOf[a] = code[a];
            }
            for (int c = 0; c < numCodes; c++) {
                arcs.first[c] = byCode[c];
                arcs.past[c] = byCode[c + 1];
            }
            arcs.blocks = numCodes;
        }
        Reverse.Adjacency in = Reverse.adjacency(f);
        int b = 1;
        int c = 0;
        while (c < arcs.blocks) {
            for (int i = arcs.first[c]; i < arcs.past[c]; i++) {
                states.mark(tail[arcs.elems[i]]);
            }
            states.split();
            c++;
            while (b < states.blocks) {
                for (int i = states.first[b]; i < states.past[b]; i++) {
                    int q = states.elems[i];
                    for (int j = in.offsets[q]; j < in.offsets[q + 1]; j++) {
                        arcs.mark(in.arcs[j]);
                    }
                }
                arcs.split();
                b++;
            }
        }
        return states.blockOf;
    }

    /** One state per block, numbered breadth-first from the start; arcs taken from a representative. */
    private static CompactFst build(CompactFst f, int[] block, int[] code, int[] codeArc) {
        int n = f.numStates();
        int numBlocks = 0;
        for (int s = 0; s < n; s++) {
            numBlocks = Math.max(numBlocks, block[s] + 1);
        }
        int[] rep = new int[numBlocks];
        Arrays.fill(rep, -1);
        for (int s = 0; s < n; s++) {
            if (rep[block[s]] < 0) {
                rep[block[s]] = s;
            }
        }
        int[] id = new int[numBlocks];
        Arrays.fill(id, -1);
        int[] queue = new int[numBlocks];
        int head = 0;
        int tailQ = 0;
        FstBuilder out = new FstBuilder(numBlocks, f.numArcs());
        int sb = block[f.start()];
        id[sb] = out.addState();
        queue[tailQ++] = sb;
        while (head < tailQ) {
            int bl = queue[head++];
            int s = rep[bl];
            if (f.isFinal(s)) {
                out.setFinal(id[bl], f.finalWeight(s));
            }
            for (int a = f.arcStart(s); a < f.arcEnd(s); a++) {
                int tb = block[f.next(a)];
                if (id[tb] < 0) {
                    id[tb] = out.addState();
                    queue[tailQ++] = tb;
                }
                int canon = codeArc[code[a]];
                out.addArc(id[bl], f.ilabel(a), f.olabel(a), f.weight(canon), id[tb]);
            }
        }
        out.setStart(0);
        return out.build(f.isymsShared(), f.osymsShared());
    }
}
