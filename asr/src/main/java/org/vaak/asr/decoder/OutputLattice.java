package org.vaak.asr.decoder;

import java.util.Arrays;

/**
 * The decoder's back-pointers: one event per output label emitted by a token, and alternative predecessor
 * links recorded where two histories met in one state.
 *
 * <p>An event stores its label, its frame, the cost of the token when it was emitted, its predecessor event
 * (the last output before it on the same path, -1 for none), the non-blank frames consumed between the two,
 * and the head of its alternative links. An alternative link says "the history ending in event {@code e}
 * also reached this point, {@code delta} more expensive"; its {@code sub} list holds the alternatives that
 * history itself carried (their deltas add) and {@code next} continues the list. Lists are persistent:
 * nothing is modified after it is written, so tokens share tails freely.
 *
 * <p>A list longer than {@link #MAX_LIST} nodes (sub-lists included) is replaced by a flat copy of its
 * {@link #KEEP} cheapest distinct events, which bounds both the work of a lattice pass and what old
 * tokens keep alive.
 *
 * <p>Storage is growable primitive arrays reused across frames and utterances. {@link #collect} drops
 * everything the live tokens cannot reach, so the arrays grow with the emitted output, not with the audio.
 */
final class OutputLattice {
    int[] label = new int[256];
    int[] frame = new int[256];
    int[] pred = new int[256];
    int[] alt = new int[256];
    int[] segFirst = new int[256];
    int[] segLast = new int[256];
    boolean[] emitNonBlank = new boolean[256];
    double[] cost = new double[256];
    int size;

    int[] altEvent = new int[256];
    float[] altDelta = new float[256];
    int[] altSub = new int[256];
    int[] altNext = new int[256];
    int[] altLen = new int[256];
    int altSize;

    /** An alternative list longer than this (nodes, counted with its sub-lists) is flattened. */
    static final int MAX_LIST = 16;
    /** A flattened list keeps this many distinct events, the cheapest. */
    static final int KEEP = 6;
    private int[] flatEvent = new int[KEEP + 1];
    private float[] flatDelta = new float[KEEP + 1];
    private int[] walkNode = new int[64];
    private float[] walkBase = new float[64];

    private boolean[] markEvent = new boolean[0];
    private boolean[] markAlt = new boolean[0];
    private int[] stack = new int[256];
    private int[] remapEvent = new int[0];
    private int[] remapAlt = new int[0];

    void clear() {
        size = 0;
        altSize = 0;
    }

    int addEvent(int lbl, int frm, int predEvent, int altHead, double c, int sFirst, int sLast, boolean nonBlank) {
        if (size == label.length) {
            int n = size * 2;
            label = Arrays.copyOf(label, n);
            frame = Arrays.copyOf(frame, n);
            pred = Arrays.copyOf(pred, n);
            alt = Arrays.copyOf(alt, n);
            segFirst = Arrays.copyOf(segFirst, n);
            segLast = Arrays.copyOf(segLast, n);
            emitNonBlank = Arrays.copyOf(emitNonBlank, n);
            cost = Arrays.copyOf(cost, n);
        }
        int e = size++;
        label[e] = lbl;
        frame[e] = frm;
        pred[e] = predEvent;
        alt[e] = altHead;
        segFirst[e] = sFirst;
        segLast[e] = sLast;
        emitNonBlank[e] = nonBlank;
        cost[e] = c;
        return e;
    }

    int addAlt(int event, float delta, int sub, int next) {
        if (altSize == altEvent.length) {
            int n = altSize * 2;
            altEvent = Arrays.copyOf(altEvent, n);
            altDelta = Arrays.copyOf(altDelta, n);
            altSub = Arrays.copyOf(altSub, n);
            altNext = Arrays.copyOf(altNext, n);
            altLen = Arrays.copyOf(altLen, n);
        }
        int a = altSize++;
        altEvent[a] = event;
        altDelta[a] = delta;
        altSub[a] = sub;
        altNext[a] = next;
        altLen[a] = 1 + (sub < 0 ? 0 : altLen[sub]) + (next < 0 ? 0 : altLen[next]);
        return altLen[a] > MAX_LIST ? flatten(a, maxDelta) : a;
    }

    /** Alternatives costlier than this are dropped when a list is flattened. */
    float maxDelta = Float.POSITIVE_INFINITY;

    /**
     * Replaces a long alternative list by a flat one: its {@link #KEEP} cheapest distinct events (each at
     * its smallest total delta, ties to the first found), within {@code limit}, in increasing delta.
     */
    private int flatten(int head, float limit) {
        int kept = 0;
        int sp = 0;
        walkNode[sp] = head;
        walkBase[sp++] = 0f;
        int visited = 0;
        while (sp > 0 && visited < 4 * MAX_LIST) {
            int a = walkNode[--sp];
            float base = walkBase[sp];
            visited++;
            float d = base + altDelta[a];
            if (d <= limit) {
                int ev = altEvent[a];
                int i = 0;
                while (i < kept && flatEvent[i] != ev) {
                    i++;
                }
                if (i < kept) {
                    flatDelta[i] = Math.min(flatDelta[i], d);
                } else {
                    flatEvent[kept] = ev;
                    flatDelta[kept] = d;
                    if (kept < KEEP) {
                        kept++;
                    } else {
                        // over capacity: drop the costliest of the KEEP + 1
                        int worst = 0;
                        for (int j = 1; j <= KEEP; j++) {
                            if (flatDelta[j] > flatDelta[worst]) {
                                worst = j;
                            }
                        }
                        flatEvent[worst] = flatEvent[KEEP];
                        flatDelta[worst] = flatDelta[KEEP];
                    }
                }
                if (altSub[a] >= 0 && sp < walkNode.length) {
                    walkNode[sp] = altSub[a];
                    walkBase[sp++] = d;
                }
            }
            if (altNext[a] >= 0 && sp < walkNode.length) {
                walkNode[sp] = altNext[a];
                walkBase[sp++] = base;
            }
        }
        // insertion sort by delta, then build the list back to front so the cheapest comes first
        for (int i = 1; i < kept; i++) {
            int e = flatEvent[i];
            float d = flatDelta[i];
            int j = i - 1;
            while (j >= 0 && flatDelta[j] > d) {
                flatEvent[j + 1] = flatEvent[j];
                flatDelta[j + 1] = flatDelta[j];
                j--;
            }
            flatEvent[j + 1] = e;
            flatDelta[j + 1] = d;
        }
        int list = -1;
        for (int i = kept - 1; i >= 0; i--) {
            list = addAlt(flatEvent[i], flatDelta[i], -1, list);
        }
        return list;
    }

    /** Capacity of the event arrays (for memory tests). */
    int capacity() {
        return label.length + altEvent.length;
    }

    /**
     * Keeps only what {@code n} tokens (their events and alternative lists, remapped in place) can reach,
     * preserving order, so events stay in topological order (a predecessor has a smaller index).
     */
    void collect(int[] tokEvent, int[] tokAlt, int n) {
        if (markEvent.length < size) {
            markEvent = new boolean[label.length];
            remapEvent = new int[label.length];
        }
        if (markAlt.length < altSize) {
            markAlt = new boolean[altEvent.length];
            remapAlt = new int[altEvent.length];
        }
        Arrays.fill(markEvent, 0, size, false);
        Arrays.fill(markAlt, 0, altSize, false);
        int sp = 0;
        for (int i = 0; i < n; i++) {
            sp = push(sp, tokEvent[i], false);
            sp = push(sp, tokAlt[i], true);
        }
        while (sp > 0) {
            int v = stack[--sp];
            int idx = v >>> 1;
            if ((v & 1) == 0) {
                sp = push(sp, pred[idx], false);
                sp = push(sp, alt[idx], true);
            } else {
                sp = push(sp, altEvent[idx], false);
                sp = push(sp, altSub[idx], true);
                sp = push(sp, altNext[idx], true);
            }
        }
        int m = 0;
        for (int e = 0; e < size; e++) {
            remapEvent[e] = markEvent[e] ? m++ : -1;
        }
        int k = 0;
        for (int a = 0; a < altSize; a++) {
            remapAlt[a] = markAlt[a] ? k++ : -1;
        }
        for (int e = 0; e < size; e++) {
            int to = remapEvent[e];
            if (to < 0) {
                continue;
            }
            label[to] = label[e];
            frame[to] = frame[e];
            pred[to] = mapEvent(pred[e]);
            alt[to] = mapAlt(alt[e]);
            segFirst[to] = segFirst[e];
            segLast[to] = segLast[e];
            emitNonBlank[to] = emitNonBlank[e];
            cost[to] = cost[e];
        }
        for (int a = 0; a < altSize; a++) {
            int to = remapAlt[a];
            if (to < 0) {
                continue;
            }
            altEvent[to] = mapEvent(altEvent[a]);
            altDelta[to] = altDelta[a];
            altSub[to] = mapAlt(altSub[a]);
            altNext[to] = mapAlt(altNext[a]);
            altLen[to] = altLen[a];
        }
        for (int i = 0; i < n; i++) {
            tokEvent[i] = mapEvent(tokEvent[i]);
            tokAlt[i] = mapAlt(tokAlt[i]);
        }
        size = m;
        altSize = k;
    }

    private int mapEvent(int e) {
        return e < 0 ? e : remapEvent[e];
    }

    private int mapAlt(int a) {
        return a < 0 ? a : remapAlt[a];
    }

    private int push(int sp, int idx, boolean isAlt) {
        if (idx < 0) {
            return sp;
        }
        boolean[] mark = isAlt ? markAlt : markEvent;
        if (mark[idx]) {
            return sp;
        }
        mark[idx] = true;
        if (sp == stack.length) {
            stack = Arrays.copyOf(stack, sp * 2);
        }
        stack[sp] = (idx << 1) | (isAlt ? 1 : 0);
        return sp + 1;
    }
}
