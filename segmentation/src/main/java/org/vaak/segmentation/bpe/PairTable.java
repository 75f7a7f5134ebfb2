package org.vaak.segmentation.bpe;

import java.util.Arrays;

/**
 * The pairs of adjacent symbols seen during training: an open-addressing hash table from a pair of
 * symbol ids to a slot, and per slot the pair's weighted count and the words that may contain it.
 *
 * <p>A word's index is added to a pair's list whenever the pair is created in that word; it is never
 * removed, so lists may hold words that no longer contain the pair (the merge step checks each word).
 */
final class PairTable {
    private long[] keys;
    private int[] slotOfKey;
    private int mask;
    private int used;

    private int slots;
    private int[] left = new int[1024];
    private int[] right = new int[1024];
    private long[] count = new long[1024];
    private int[][] words = new int[1024][];
    private int[] wordCount = new int[1024];

    PairTable(int expectedPairs) {
        int cap = Integer.highestOneBit(Math.max(16, expectedPairs * 2 - 1)) << 1;
        keys = new long[cap];
        slotOfKey = new int[cap];
        Arrays.fill(slotOfKey, -1);
        mask = cap - 1;
    }

    static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    /** The slot of pair (a, b), or -1. */
    int find(int a, int b) {
        long k = key(a, b);
        int i = hash(k) & mask;
        while (slotOfKey[i] >= 0) {
            if (keys[i] == k) {
                return slotOfKey[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** The slot of pair (a, b), created with count 0 when new. */
    int slot(int a, int b) {
        long k = key(a, b);
        int i = hash(k) & mask;
        while (slotOfKey[i] >= 0) {
            if (keys[i] == k) {
                return slotOfKey[i];
            }
            i = (i + 1) & mask;
        }
        int s = slots++;
        keys[i] = k;
        slotOfKey[i] = s;
        if (s == left.length) {
            int n = s * 2;
            left = Arrays.copyOf(left, n);
            right = Arrays.copyOf(right, n);
            count = Arrays.copyOf(count, n);
            words = Arrays.copyOf(words, n);
            wordCount = Arrays.copyOf(wordCount, n);
        }
        left[s] = a;
        right[s] = b;
        if (++used * 2 > keys.length) {
            grow();
        }
        return s;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slotOfKey;
        keys = new long[oldKeys.length * 2];
        slotOfKey = new int[oldKeys.length * 2];
        Arrays.fill(slotOfKey, -1);
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldSlots[j] >= 0) {
                int i = hash(oldKeys[j]) & mask;
                while (slotOfKey[i] >= 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slotOfKey[i] = oldSlots[j];
            }
        }
    }

    int size() {
        return slots;
    }

    int left(int s) {
        return left[s];
    }

    int right(int s) {
        return right[s];
    }

    long count(int s) {
        return count[s];
    }

    void add(int s, long delta) {
        count[s] += delta;
    }

    /** Records that word {@code w} contains the pair (a repeated call for the same word is cheap). */
    void addWord(int s, int w) {
        int n = wordCount[s];
        int[] list = words[s];
        if (n > 0 && list[n - 1] == w) {
            return;
        }
        if (list == null) {
            list = words[s] = new int[2];
        } else if (n == list.length) {
            list = words[s] = Arrays.copyOf(list, n + (n >> 1) + 2);
        }
        list[n] = w;
        wordCount[s] = n + 1;
    }

    /** Takes the list of words that may contain the pair, leaving it empty. */
    int[] takeWords(int s) {
        int[] list = words[s];
        int n = wordCount[s];
        words[s] = null;
        wordCount[s] = 0;
        return list == null ? new int[0] : (n == list.length ? list : Arrays.copyOf(list, n));
    }
}
