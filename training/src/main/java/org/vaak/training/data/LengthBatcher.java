package org.vaak.training.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Dynamic batches of similar lengths: utterances sorted by frames (ties and near-ties broken by a seeded
 * jitter of up to 5 %, so batches differ between epochs), cut into batches whose padded size
 * {@code count * longest} stays within {@code maxFrames} (and at most {@code maxUtterances} utterances),
 * the batches then shuffled. Everything depends only on (seed, epoch).
 */
public final class LengthBatcher {
    private final int maxFrames;
    private final int maxUtterances;

    public LengthBatcher(int maxFrames, int maxUtterances) {
        if (maxFrames <= 0 || maxUtterances <= 0) {
            throw new IllegalArgumentException("batch limits must be positive: " + maxFrames + ", " + maxUtterances);
        }
        this.maxFrames = maxFrames;
        this.maxUtterances = maxUtterances;
    }

    /** The batches of an epoch over examples with {@code frames[i]} input frames. */
    public List<int[]> epoch(int[] frames, long seed, int epoch) {
        Random r = new Random(seed * 1_000_003L + epoch);
        Integer[] order = new Integer[frames.length];
        double[] key = new double[frames.length];
        for (int i = 0; i < frames.length; i++) {
            order[i] = i;
            key[i] = frames[i] * (1 + 0.05 * r.nextDouble());
        }
        Arrays.sort(order, (a, b) -> a.intValue() == b.intValue() ? 0
                : key[a] != key[b] ? Double.compare(key[a], key[b]) : Integer.compare(a, b));
        List<int[]> batches = new ArrayList<>();
        List<Integer> cur = new ArrayList<>();
        int longest = 0;
        for (int i : order) {
            int l = Math.max(longest, frames[i]);
            if (!cur.isEmpty() && ((long) (cur.size() + 1) * l > maxFrames || cur.size() >= maxUtterances)) {
                batches.add(cur.stream().mapToInt(Integer::intValue).toArray());
                cur.clear();
                l = frames[i];
            }
            cur.add(i);
            longest = l;
        }
        if (!cur.isEmpty()) {
            batches.add(cur.stream().mapToInt(Integer::intValue).toArray());
        }
        Collections.shuffle(batches, r);
        return batches;
    }

    /** Batches in length order, no shuffling (for evaluation). */
    public List<int[]> inOrder(int[] frames) {
        return epoch(frames, 0, 0).stream().sorted((a, b) -> Integer.compare(frames[a[0]], frames[b[0]])).toList();
    }
}
