package org.vaak.segmentation.lm;

import java.util.Arrays;

/**
 * The n-grams of one order as a hashed trie level: an n-gram is its prefix's id (at the order below;
 * for bigrams the first word's id) plus its last word, packed into one long key. Ids are dense,
 * 0, 1, 2, ... in order of insertion, so per-n-gram values live in parallel primitive arrays.
 */
final class NgramIndex {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] slots;
    private int[] slotIds;
    private int mask;
    private int size;
    private int[] prefix;
    private int[] word;

    NgramIndex(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[cap];
        Arrays.fill(slots, EMPTY);
        slotIds = new int[cap];
        mask = cap - 1;
        prefix = new int[Math.max(16, expected)];
        word = new int[prefix.length];
    }

    static long key(int prefixId, int word) {
        return ((long) prefixId << 32) | (word & 0xffffffffL);
    }

    int size() {
        return size;
    }

    int prefix(int id) {
        return prefix[id];
    }

    int word(int id) {
        return word[id];
    }

    /** The id of (prefix, word), or -1. */
    int get(int prefixId, int w) {
        if (prefixId < 0) {
            return -1;
        }
        long k = key(prefixId, w);
        int i = slot(k);
        while (true) {
            long s = slots[i];
            if (s == k) {
                return slotIds[i];
            }
            if (s == EMPTY) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The id of (prefix, word), added with the next free id when absent. */
    int getOrAdd(int prefixId, int w) {
        long k = key(prefixId, w);
        int i = slot(k);
        while (true) {
            long s = slots[i];
            if (s == k) {
                return slotIds[i];
            }
            if (s == EMPTY) {
                break;
            }
            i = (i + 1) & mask;
        }
        if (size == prefix.length) {
            int n = (int) Math.min(Integer.MAX_VALUE - 8L, size + (size >> 1) + 16L);
            prefix = Arrays.copyOf(prefix, n);
            word = Arrays.copyOf(word, n);
        }
        int id = size++;
        prefix[id] = prefixId;
        word[id] = w;
        slots[i] = k;
        slotIds[i] = id;
        if (size * 2 > slots.length) {
            grow();
        }
        return id;
    }

    private int slot(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return (int) (k & mask);
    }

    private void grow() {
        long[] old = slots;
        int[] oldIds = slotIds;
        slots = new long[old.length * 2];
        Arrays.fill(slots, EMPTY);
        slotIds = new int[slots.length];
        mask = slots.length - 1;
        for (int j = 0; j < old.length; j++) {
            if (old[j] != EMPTY) {
                int i = slot(old[j]);
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = old[j];
                slotIds[i] = oldIds[j];
            }
        }
    }

    /** Drops the hash table: ids, prefixes and words stay readable, lookups are no longer possible. */
    void releaseLookup() {
        slots = null;
        slotIds = null;
    }

    /** Releases spare capacity of the per-id arrays. */
    void trim() {
        prefix = Arrays.copyOf(prefix, size);
        word = Arrays.copyOf(word, size);
    }
}
