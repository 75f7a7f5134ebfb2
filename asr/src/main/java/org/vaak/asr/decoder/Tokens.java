package org.vaak.asr.decoder;

import java.util.Arrays;

/**
 * The active tokens of one frame in parallel arrays, reused from frame to frame: graph state, path cost,
 * last output event, alternative-link list, and the first and last non-blank frames consumed since that
 * event (-1 when none).
 */
final class Tokens {
    int[] state = new int[64];
    double[] cost = new double[64];
    int[] event = new int[64];
    int[] alt = new int[64];
    int[] segFirst = new int[64];
    int[] segLast = new int[64];
    boolean[] queued = new boolean[64];
    int size;

    int add(int s, double c, int ev, int al, int sf, int sl) {
        if (size == state.length) {
            int n = size * 2;
            state = Arrays.copyOf(state, n);
            cost = Arrays.copyOf(cost, n);
            event = Arrays.copyOf(event, n);
            alt = Arrays.copyOf(alt, n);
            segFirst = Arrays.copyOf(segFirst, n);
            segLast = Arrays.copyOf(segLast, n);
            queued = Arrays.copyOf(queued, n);
        }
        int i = size++;
        state[i] = s;
        cost[i] = c;
        event[i] = ev;
        alt[i] = al;
        segFirst[i] = sf;
        segLast[i] = sl;
        queued[i] = false;
        return i;
    }

    void set(int i, double c, int ev, int al, int sf, int sl) {
        cost[i] = c;
        event[i] = ev;
        alt[i] = al;
        segFirst[i] = sf;
        segLast[i] = sl;
    }
}
