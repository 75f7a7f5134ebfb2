package org.vaak.segmentation.unigram;

import java.util.Arrays;

/**
 * Open-addressing hash map from non-negative {@code long} keys to {@code long} values, without boxing:
 * the counting table of {@link SeedUnits}. Not thread-safe.
 */
final class LongCounts {
    private static final long EMPTY = -1;

    private long[] keys;
    private long[] values;
    private int size;

    LongCounts(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new long[cap];
        Arrays.fill(keys, EMPTY);
    }

    int size() {
        return size;
    }

    /** Number of slots; {@link #key} and {@link #value} are defined for slots where {@link #used} holds. */
    int capacity() {
        return keys.length;
    }

    boolean used(int slot) {
        return keys[slot] != EMPTY;
    }

    long key(int slot) {
        return keys[slot];
    }

    long value(int slot) {
        return values[slot];
    }

    void setValue(int slot, long value) {
        values[slot] = value;
    }

    void add(long key, long delta) {
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
            if (size * 2 > keys.length) {
                values[slot] = delta;
                grow();
                return;
            }
        }
        values[slot] += delta;
    }

    /** The value stored for the key, or {@code absent}. */
    long get(long key, long absent) {
        int slot = slot(key);
        return keys[slot] == EMPTY ? absent : values[slot];
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        long h = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != EMPTY) {
                int slot = slot(oldKeys[s]);
                keys[slot] = oldKeys[s];
                values[slot] = oldValues[s];
            }
        }
    }
}
