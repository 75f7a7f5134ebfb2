package org.vaak.segmentation.fst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The weighted relation of an acyclic FST, enumerated: "in labels|out labels" (epsilons dropped) to
 * the lowest weight of any path with those labels. Two FSTs are equivalent in the tropical semiring
 * exactly when their maps are equal.
 */
final class PathMap {
    private PathMap() {
    }

    static Map<String, Float> of(CompactFst fst) {
        Map<String, Float> out = new TreeMap<>();
        if (fst.start() >= 0) {
            walk(fst, fst.start(), new ArrayList<>(), new ArrayList<>(), 0f, out, 0);
        }
        return out;
    }

    private static void walk(CompactFst f, int s, List<Integer> in, List<Integer> outLabels, float w,
            Map<String, Float> out, int depth) {
        if (depth > 64) {
            throw new IllegalStateException("FST is cyclic or too deep for path enumeration");
        }
        if (f.isFinal(s)) {
            out.merge(key(in, outLabels), w + f.finalWeight(s), Math::min);
        }
        for (int a = f.arcStart(s); a < f.arcEnd(s); a++) {
            if (f.ilabel(a) != 0) {
                in.add(f.ilabel(a));
            }
            if (f.olabel(a) != 0) {
                outLabels.add(f.olabel(a));
            }
            walk(f, f.next(a), in, outLabels, w + f.weight(a), out, depth + 1);
            if (f.olabel(a) != 0) {
                outLabels.remove(outLabels.size() - 1);
            }
            if (f.ilabel(a) != 0) {
                in.remove(in.size() - 1);
            }
        }
    }

    private static String key(List<Integer> in, List<Integer> out) {
        return in + "|" + out;
    }

    static void assertEquivalent(Map<String, Float> expected, Map<String, Float> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": different label strings");
        for (Map.Entry<String, Float> e : expected.entrySet()) {
            Float got = actual.get(e.getKey());
            assertNotNull(got, what + ": missing " + e.getKey());
            assertTrue(Math.abs(e.getValue() - got) <= 1e-3f,
                    what + ": weight of " + e.getKey() + " is " + got + ", expected " + e.getValue());
        }
    }
}
