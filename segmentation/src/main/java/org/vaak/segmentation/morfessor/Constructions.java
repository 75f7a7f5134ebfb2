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
 * prefix and suffix of a word in constant time from prefix hashes. Keys are always compared atom by atom,
 * so a hash collision can never merge two constructions.
 */
final class Constructions {
    /** Multiplier of the polynomial hash. */
    static final long BASE = 0x9E3779B97F4A7C15L;

    private final int[] atoms;
    private int mask;
    private int size;
    /**
     * Four longs per slot, so that a probe touches one cache line: the key's hash; its offset (high 32
     * bits), length (bits 16-31, 0 for an empty slot) and split point (low 16 bits); the count; the root
     * count.
     */
    private long[] data;

    Constructions(int[] atoms, int expected) {
        this.atoms = atoms;
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(cap);
    }

    private void allocate(int cap) {
        if (cap > 1 << 28) {
            throw new IllegalStateException("too many constructions for one table: " + size);
        }
        mask = cap - 1;
        data = new long[cap * 4];
    }

    private static long meta(int off, int len, int split) {
        return ((long) off << 32) | ((long) len << 16) | split;
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

    /**
     * The slot holding the key, or {@code -1}. On a hit the slot's key is moved to the occurrence just
     * looked up (same atoms), which is usually the word being worked on and so already in the cache.
     */
    int find(int off, int len, long h) {
        long[] d = data;
        int i = mix(h) & mask;
        while (true) {
            long m = d[4 * i + 1];
            int l = (int) (m >>> 16) & 0xffff;
            if (l == 0) {
                return -1;
            }
            if (d[4 * i] == h && l == len) {
                int o = (int) (m >>> 32);
                if (o == off) {
                    return i;
                }
                if (sameAtoms(o, off, len)) {
                    d[4 * i + 1] = meta(off, len, (int) m & 0xffff);
                    return i;
                }
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
        if (len > 0xffff) {
            throw new IllegalArgumentException("a word of " + len + " atoms is too long (at most 65535)");
        }
        if (2 * (size + 1) > mask + 1) {
            grow();
        }
        long[] d = data;
        int i = mix(h) & mask;
        while (d[4 * i + 1] != 0) {
            i = (i + 1) & mask;
        }
        d[4 * i] = h;
        d[4 * i + 1] = meta(off, len, sp);
        d[4 * i + 2] = c;
        d[4 * i + 3] = rc;
        size++;
        return i;
    }

    /** Removes the entry in slot {@code i}, shifting later entries of its probe run back. */
    void delete(int i) {
        long[] d = data;
        int hole = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            if (d[4 * j + 1] == 0) {
                break;
            }
            int home = mix(d[4 * j]) & mask;
            // move j into the hole unless its home lies cyclically in (hole, j]
            boolean stays = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
            if (!stays) {
                System.arraycopy(d, 4 * j, d, 4 * hole, 4);
                hole = j;
            }
        }
        d[4 * hole + 1] = 0;
        size--;
    }

    private void grow() {
        long[] old = data;
        allocate((mask + 1) * 2);
        size = 0;
        for (int i = 0; i < old.length; i += 4) {
            long m = old[i + 1];
            if (m != 0) {
                insert((int) (m >>> 32), (int) (m >>> 16) & 0xffff, old[i], old[i + 3], old[i + 2], (int) m & 0xffff);
            }
        }
    }

    int off(int slot) {
        return (int) (data[4 * slot + 1] >>> 32);
    }

    int len(int slot) {
        return (int) (data[4 * slot + 1] >>> 16) & 0xffff;
    }

    long rcount(int slot) {
        return data[4 * slot + 3];
    }

    long count(int slot) {
        return data[4 * slot + 2];
    }

    int split(int slot) {
        return (int) data[4 * slot + 1] & 0xffff;
    }

    void set(int slot, long rc, long c, int sp) {
        long m = data[4 * slot + 1];
        data[4 * slot + 1] = (m & ~0xffffL) | sp;
        data[4 * slot + 2] = c;
        data[4 * slot + 3] = rc;
    }

    /** Slots in use, in slot order (for iteration by callers that sort afterwards). */
    int[] usedSlots() {
        int[] out = new int[size];
        int k = 0;
        for (int i = 0; i <= mask; i++) {
            if (data[4 * i + 1] != 0) {
                out[k++] = i;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
