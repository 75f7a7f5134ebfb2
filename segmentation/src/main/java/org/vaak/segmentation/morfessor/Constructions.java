package org.vaak.segmentation.morfessor;

import java.util.Arrays;

/**
 * Morfessor's table of constructions (its {@code _analyses}): for every morph and every word or
 * substring that has been split, the root count (how often it occurs as a word), the count (how often it
 * is used, as a word or as part of a split) and the split point (0 for a morph).
 *
 * <p>Keys are atom sequences {@code atoms[off .. off+len)} in the corpus's shared atom array, so a key is
 * two ints and no string is ever built. The table uses open addressing with linear probing and
 * backward-shift deletion (no tombstones), with a 64-bit polynomial hash that can be computed for every
 * prefix and suffix of a word in constant time from prefix hashes.
 */
final class Constructions {
    /** Multiplier of the polynomial hash. */
    static final long BASE = 0x9E3779B97F4A7C15L;

    private final int[] atoms;
    private int mask;
    private int size;
    private int[] keyOff;
    private int[] keyLen; // 0 marks an empty slot
    private long[] keyHash;
    private long[] rcount;
    private long[] count;
    private int[] split;

    Constructions(int[] atoms, int expected) {
        this.atoms = atoms;
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(cap);
    }

    private void allocate(int cap) {
        mask = cap - 1;
        keyOff = new int[cap];
        keyLen = new int[cap];
        keyHash = new long[cap];
        rcount = new long[cap];
        count = new long[cap];
        split = new int[cap];
    }

    /** The hash of {@code atoms[off .. off+len)}; equal to the rolling form used by {@link #extend}. */
    static long hash(int[] atoms, int off, int len) {
        long h = 0;
        for (int i = off; i < off + len; i++) {
            h = extend(h, atoms[i]);
        }
        return h;
    }

    static long extend(long h, int atom) {
        return h * BASE + atom + 1;
    }

    private static int mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h;
    }

    int size() {
        return size;
    }

    int[] atoms() {
        return atoms;
    }

    /** The slot holding the key, or {@code -1}. */
    int find(int off, int len, long h) {
        int i = mix(h) & mask;
        while (true) {
            int l = keyLen[i];
            if (l == 0) {
                return -1;
            }
            if (keyHash[i] == h && l == len && sameAtoms(keyOff[i], off, len)) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    private boolean sameAtoms(int a, int b, int len) {
        if (a == b) {
            return true;
        }
        for (int k = 0; k < len; k++) {
            if (atoms[a + k] != atoms[b + k]) {
                return false;
            }
        }
        return true;
    }

    /** Inserts a key that is not in the table; returns its slot. */
    int insert(int off, int len, long h, long rc, long c, int sp) {
        if (2 * (size + 1) > mask + 1) {
            grow();
        }
        int i = mix(h) & mask;
        while (keyLen[i] != 0) {
            i = (i + 1) & mask;
        }
        keyOff[i] = off;
        keyLen[i] = len;
        keyHash[i] = h;
        rcount[i] = rc;
        count[i] = c;
        split[i] = sp;
        size++;
        return i;
    }

    /** Removes the entry in slot {@code i}, shifting later entries of its probe run back. */
    void delete(int i) {
        int hole = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            if (keyLen[j] == 0) {
                break;
            }
            int home = mix(keyHash[j]) & mask;
            // move j into the hole unless its home lies cyclically in (hole, j]
            boolean stays = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
            if (!stays) {
                copy(j, hole);
                hole = j;
            }
        }
        keyLen[hole] = 0;
        size--;
    }

    private void copy(int from, int to) {
        keyOff[to] = keyOff[from];
        keyLen[to] = keyLen[from];
        keyHash[to] = keyHash[from];
        rcount[to] = rcount[from];
        count[to] = count[from];
        split[to] = split[from];
    }

    private void grow() {
        int[] oOff = keyOff;
        int[] oLen = keyLen;
        long[] oHash = keyHash;
        long[] oR = rcount;
        long[] oC = count;
        int[] oS = split;
        allocate((mask + 1) * 2);
        size = 0;
        for (int i = 0; i < oLen.length; i++) {
            if (oLen[i] != 0) {
                insert(oOff[i], oLen[i], oHash[i], oR[i], oC[i], oS[i]);
            }
        }
    }

    int off(int slot) {
        return keyOff[slot];
    }

    int len(int slot) {
        return keyLen[slot];
    }

    long hashAt(int slot) {
        return keyHash[slot];
    }

    long rcount(int slot) {
        return rcount[slot];
    }

    long count(int slot) {
        return count[slot];
    }

    int split(int slot) {
        return split[slot];
    }

    void set(int slot, long rc, long c, int sp) {
        rcount[slot] = rc;
        count[slot] = c;
        split[slot] = sp;
    }

    /** Slots in use, in slot order (for iteration by callers that sort afterwards). */
    int[] usedSlots() {
        int[] out = new int[size];
        int k = 0;
        for (int i = 0; i <= mask; i++) {
            if (keyLen[i] != 0) {
                out[k++] = i;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
