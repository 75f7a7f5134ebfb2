package org.vaak.asr.graph;

import java.util.Arrays;

/** Dense ids for pairs of ints, in order of first appearance (open addressing over long keys). */
final class PairIds {
    private long[] keys;
    private int[] values;
    private int size;
    private int[] first = new int[1024];
    private int[] second = new int[1024];

    PairIds(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(keys, -1L);
    }

    int size() {
        return size;
    }

    int first(int id) {
        return first[id];
    }

    int second(int id) {
        return second[id];
    }

    /** The id of (a, b), assigned now when the pair is new. */
    int id(int a, int b) {
        long k = ((long) a << 32) | (b & 0xffffffffL);
        int mask = keys.length - 1;
        int i = (int) (mix(k) & mask);
        while (keys[i] != -1L) {
            if (keys[i] == k) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = k;
        values[i] = size;
        if (size == first.length) {
            first = Arrays.copyOf(first, size * 2);
            second = Arrays.copyOf(second, size * 2);
        }
        first[size] = a;
        second[size] = b;
        size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = values;
        keys = new long[ok.length * 2];
        values = new int[ok.length * 2];
        Arrays.fill(keys, -1L);
        int mask = keys.length - 1;
        for (int j = 0; j < ok.length; j++) {
            if (ok[j] != -1L) {
                int i = (int) (mix(ok[j]) & mask);
                while (keys[i] != -1L) {
                    i = (i + 1) & mask;
                }
                keys[i] = ok[j];
                values[i] = ov[j];
            }
        }
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }
}
