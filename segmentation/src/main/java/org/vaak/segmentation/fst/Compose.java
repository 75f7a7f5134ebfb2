package org.vaak.segmentation.fst;

import com.github.steveash.jopenfst.Fst;
import com.github.steveash.jopenfst.MutableFst;
import java.util.Arrays;

/**
 * Composition A o B of two tropical-weight transducers, with OpenFst's default epsilon handling (the
 * sequence filter): a path may move on A's output-epsilon arcs and then on B's input-epsilon arcs, never
 * the other way round, so each pair of epsilon paths is counted once. B's arcs are found by binary search
 * on its input labels (a {@link CompactFst} is always sorted by input label). The result is trimmed
 * ({@link Connect}), like {@code fstcompose}'s default. A's output symbols and B's input symbols must
 * agree where both are given.
 */
public final class Compose {
    private Compose() {
    }

    /** jopenfst in, jopenfst out, computed on the compact form. */
    public static MutableFst apply(Fst a, Fst b) {
        return apply(CompactFst.from(a), CompactFst.from(b)).toMutableFst();
    }

    public static CompactFst apply(CompactFst a, CompactFst b) {
        checkSymbols(a.osymsShared(), b.isymsShared());
        FstBuilder out = new FstBuilder(Math.max(a.numStates(), b.numStates()), Math.max(a.numArcs(), b.numArcs()));
        if (a.start() < 0 || b.start() < 0) {
            return Connect.apply(out.build(a.isymsShared(), b.osymsShared()));
        }
        LongIntMap ids = new LongIntMap(Math.max(1024, a.numStates()));
        int[] q1 = new int[1024];
        int[] q2 = new int[1024];
        byte[] filter = new byte[1024];
        int numPairs = 0;
        // pair 0 = (start, start, 0)
        ids.putIfAbsent(key(a.start(), b.start(), 0), 0);
        q1[0] = a.start();
        q2[0] = b.start();
        numPairs = 1;
        out.addState();
        out.setStart(0);
        for (int p = 0; p < numPairs; p++) {
            int s1 = q1[p];
            int s2 = q2[p];
            int fs = filter[p];
            if (a.isFinal(s1) && b.isFinal(s2)) {
                out.setFinal(p, a.finalWeight(s1) + b.finalWeight(s2));
            }
            int outEps1 = 0;
            for (int x = a.arcStart(s1); x < a.arcEnd(s1); x++) {
                if (a.olabel(x) == 0) {
                    outEps1++;
                }
            }
            boolean noEps1 = outEps1 == 0;
            boolean allEps1 = outEps1 == a.numArcs(s1) && !a.isFinal(s1);
            // B moves on input epsilon while A stays
            if (!allEps1) {
                int nfs = noEps1 ? 0 : 1;
                for (int y = b.arcStart(s2); y < b.arcEnd(s2) && b.ilabel(y) == 0; y++) {
                    float w = b.weight(y);
                    if (w == Float.POSITIVE_INFINITY) {
                        continue;
                    }
                    int t = target(ids, s1, b.next(y), nfs, numPairs);
                    if (t == numPairs) {
                        if (numPairs == q1.length) {
                            int c = numPairs * 2;
                            q1 = Arrays.copyOf(q1, c);
                            q2 = Arrays.copyOf(q2, c);
                            filter = Arrays.copyOf(filter, c);
                        }
                        q1[t] = s1;
                        q2[t] = b.next(y);
                        filter[t] = (byte) nfs;
                        numPairs++;
                        out.addState();
                    }
                    out.addArc(p, 0, b.olabel(y), w, t);
                }
            }
            for (int x = a.arcStart(s1); x < a.arcEnd(s1); x++) {
                float w1 = a.weight(x);
                if (w1 == Float.POSITIVE_INFINITY) {
                    continue;
                }
                int label = a.olabel(x);
                int y;
                int yEnd;
                if (label == 0) {
                    if (fs != 0) {
                        continue;
                    }
                    y = -1; // A moves on output epsilon while B stays
                    yEnd = 0;
                } else {
                    y = b.findInput(s2, label);
                    if (y < 0) {
                        continue;
                    }
                    yEnd = b.arcEnd(s2);
                }
                for (; y < yEnd; y++) {
                    int n2;
                    float w;
                    int ol;
                    if (y < 0) {
                        n2 = s2;
                        w = w1;
                        ol = 0;
                    } else {
                        if (b.ilabel(y) != label) {
                            break;
                        }
                        if (b.weight(y) == Float.POSITIVE_INFINITY) {
                            continue;
                        }
                        n2 = b.next(y);
                        w = w1 + b.weight(y);
                        ol = b.olabel(y);
                    }
                    int n1 = a.next(x);
                    int t = target(ids, n1, n2, 0, numPairs);
                    if (t == numPairs) {
                        if (numPairs == q1.length) {
                            int c = numPairs * 2;
                            q1 = Arrays.copyOf(q1, c);
                            q2 = Arrays.copyOf(q2, c);
                            filter = Arrays.copyOf(filter, c);
                        }
                        q1[t] = n1;
                        q2[t] = n2;
                        filter[t] = 0;
                        numPairs++;
                        out.addState();
                    }
                    out.addArc(p, a.ilabel(x), ol, w, t);
                    if (y < 0) {
                        break;
                    }
                }
            }
        }
        return Connect.apply(out.build(a.isymsShared(), b.osymsShared()));
    }

    private static long key(int s1, int s2, int fs) {
        return ((long) s1 << 32) | ((long) s2 << 1) | fs;
    }

    /** The id of pair (s1, s2, fs); {@code fresh} (and registered) when it is new. */
    private static int target(LongIntMap ids, int s1, int s2, int fs, int fresh) {
        int t = ids.putIfAbsent(key(s1, s2, fs), fresh);
        return t < 0 ? fresh : t;
    }

    private static void checkSymbols(String[] out1, String[] in2) {
        if (out1 == null || in2 == null) {
            return;
        }
        int n = Math.min(out1.length, in2.length);
        for (int i = 0; i < n; i++) {
            if (out1[i] != null && in2[i] != null && !out1[i].equals(in2[i])) {
                throw new IllegalArgumentException("symbol tables do not match: label " + i + " is '" + out1[i]
                        + "' on the first FST's output side and '" + in2[i] + "' on the second's input side");
            }
        }
    }
}
