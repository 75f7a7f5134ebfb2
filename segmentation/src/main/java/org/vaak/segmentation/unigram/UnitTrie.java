package org.vaak.segmentation.unigram;

import java.util.Arrays;
import java.util.List;

/**
 * A trie over akshara ids whose nodes may end a unit. Edges live in one open-addressing hash table
 * keyed by (node, akshara), so a lookup is a multiply, a shift and usually one probe. Immutable, hence
 * thread-safe.
 */
final class UnitTrie {
    private static final long EMPTY = -1L;

    private final long[] keys;
    private final int[] children;
    private final int mask;
    private final int[] unitOfNode;
    private final int maxDepth;

    /** @param units each unit's akshara ids, indexed by unit id; none may be empty or repeated */
    UnitTrie(List<int[]> units) {
        int edges = 0;
        for (int[] u : units) {
            if (u.length == 0) {
                throw new IllegalArgumentException("a unit may not be empty");
            }
            edges += u.length;
        }
        int cap = Integer.highestOneBit(Math.max(4, edges * 2 + 2) - 1) << 1;
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        children = new int[cap];
        mask = cap - 1;
        int[] unitAt = new int[edges + 1];
        Arrays.fill(unitAt, -1);
        int nodes = 1;
        int depth = 0;
        for (int id = 0; id < units.size(); id++) {
            int[] u = units.get(id);
            depth = Math.max(depth, u.length);
            int node = 0;
            for (int a : u) {
                int c = child(node, a);
                if (c < 0) {
                    c = nodes++;
                    put(node, a, c);
                }
                node = c;
            }
            if (unitAt[node] >= 0) {
                throw new IllegalArgumentException("unit " + id + " repeats unit " + unitAt[node]);
            }
            unitAt[node] = id;
        }
        unitOfNode = Arrays.copyOf(unitAt, nodes);
        maxDepth = depth;
    }

    /** The longest unit, in aksharas. */
    int maxDepth() {
        return maxDepth;
    }

    /** The child of {@code node} along {@code akshara}, or -1. The root is node 0. */
    int child(int node, int akshara) {
        long key = ((long) node << 32) | (akshara & 0xffffffffL);
        int h = slot(key);
        while (true) {
            long k = keys[h];
            if (k == key) {
                return children[h];
            }
            if (k == EMPTY) {
                return -1;
            }
            h = (h + 1) & mask;
        }
    }

    /** The unit that ends at {@code node}, or -1. */
    int unit(int node) {
        return unitOfNode[node];
    }

    private void put(int node, int akshara, int child) {
        long key = ((long) node << 32) | (akshara & 0xffffffffL);
        int h = slot(key);
        while (keys[h] != EMPTY) {
            h = (h + 1) & mask;
        }
        keys[h] = key;
        children[h] = child;
    }

    private int slot(long key) {
        long z = key * 0x9E3779B97F4A7C15L;
        return (int) (z ^ (z >>> 29)) & mask;
    }
}
