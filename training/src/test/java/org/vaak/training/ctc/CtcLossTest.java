package org.vaak.training.ctc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CtcLossTest {

    @Test
    void lossEqualsBruteForceSumOverAlignments() {
        SplittableRandom r = new SplittableRandom(11);
        int[][] labelSets = {{}, {1}, {2, 2}, {1, 2}, {1, 2, 1}, {3, 3, 3}, {2, 1, 1}};
        for (int[] labels : labelSets) {
            for (int frames = 1; frames <= 6; frames++) {
                int tokens = 4;
                float[] lp = logSoftmax(randomLogits(r, frames, tokens), frames, tokens);
                double brute = bruteForce(lp, frames, tokens, labels);
                CtcLoss.Result res = CtcLoss.compute(lp, frames, tokens, labels);
                if (brute == 0) {
                    assertFalse(res.feasible(), "frames " + frames + " labels " + java.util.Arrays.toString(labels));
                    assertTrue(frames < CtcLoss.minFrames(labels));
                } else {
                    assertEquals(-Math.log(brute), res.loss(), 1e-5, "frames " + frames);
                    assertTrue(frames >= CtcLoss.minFrames(labels));
                }
            }
        }
    }

    @Test
    void occupanciesSumToOnePerFrameAndMatchBruteForce() {
        SplittableRandom r = new SplittableRandom(5);
        int frames = 5;
        int tokens = 3;
        int[] labels = {1, 2, 2};
        float[] lp = logSoftmax(randomLogits(r, frames, tokens), frames, tokens);
        CtcLoss.Result res = CtcLoss.compute(lp, frames, tokens, labels);
        double[] expected = new double[frames * tokens];
        double total = 0;
        for (int[] path : paths(frames, tokens)) {
            if (java.util.Arrays.equals(collapse(path), labels)) {
                double p = pathProb(lp, path, tokens);
                total += p;
                for (int t = 0; t < frames; t++) {
                    expected[t * tokens + path[t]] += p;
                }
            }
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i] / total, res.gamma()[i], 1e-5, "gamma " + i);
        }
        for (int t = 0; t < frames; t++) {
            double s = 0;
            for (int k = 0; k < tokens; k++) {
                s += res.gamma()[t * tokens + k];
            }
            assertEquals(1.0, s, 1e-5);
        }
    }

    @Test
    void gradientSoftmaxMinusGammaMatchesFiniteDifferences() {
        SplittableRandom r = new SplittableRandom(3);
        int frames = 7;
        int tokens = 5;
        int[] labels = {1, 3, 3, 4};
        float[] logits = randomLogits(r, frames, tokens);
        CtcLoss.Result res = CtcLoss.compute(logSoftmax(logits, frames, tokens), frames, tokens, labels);
        double h = 1e-2;
        for (int i = 0; i < logits.length; i++) {
            float[] plus = logits.clone();
            float[] minus = logits.clone();
            plus[i] += (float) h;
            minus[i] -= (float) h;
            double numeric = (CtcLoss.compute(logSoftmax(plus, frames, tokens), frames, tokens, labels).loss()
                    - CtcLoss.compute(logSoftmax(minus, frames, tokens), frames, tokens, labels).loss()) / (2 * h);
            int t = i / tokens;
            double analytic = softmax(logits, t, tokens, i % tokens) - res.gamma()[i];
            assertEquals(numeric, analytic, 2e-3, "logit " + i);
        }
    }

    @Test
    void matchesPytorchCtcLossAndGradient() throws Exception {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("torch-ctc.json")) {
            root = new ObjectMapper().readTree(in);
        }
        int checked = 0;
        for (JsonNode c : root.get("cases")) {
            int frames = c.get("frames").asInt();
            int tokens = c.get("tokens").asInt();
            int[] labels = ints(c.get("labels"));
            float[] logits = floats(c.get("logits"));
            CtcLoss.Result res = CtcLoss.compute(logSoftmax(logits, frames, tokens), frames, tokens, labels);
            if (c.get("loss").isNull()) {
                assertFalse(res.feasible());
                continue;
            }
            double expected = c.get("loss").asDouble();
            assertEquals(expected, res.loss(), 1e-4 * Math.max(1, expected), "case frames " + frames);
            float[] grad = floats(c.get("grad"));
            for (int i = 0; i < grad.length; i++) {
                double g = softmax(logits, i / tokens, tokens, i % tokens) - res.gamma()[i];
                assertEquals(grad[i], g, 1e-5, "grad " + i + " frames " + frames);
            }
            checked++;
        }
        assertEquals(8, checked);
    }

    @Test
    void rejectsLabelsOutsideTheTokens() {
        assertThrows(IllegalArgumentException.class, () -> CtcLoss.compute(new float[6], 2, 3, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> CtcLoss.compute(new float[6], 2, 3, new int[] {3}));
    }


    static float[] randomLogits(SplittableRandom r, int frames, int tokens) {
        float[] x = new float[frames * tokens];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (r.nextGaussian() * 1.5);
        }
        return x;
    }

    static float[] logSoftmax(float[] x, int frames, int tokens) {
        float[] out = new float[x.length];
        for (int t = 0; t < frames; t++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < tokens; k++) {
                max = Math.max(max, x[t * tokens + k]);
            }
            double s = 0;
            for (int k = 0; k < tokens; k++) {
                s += Math.exp(x[t * tokens + k] - max);
            }
            double lse = max + Math.log(s);
            for (int k = 0; k < tokens; k++) {
                out[t * tokens + k] = (float) (x[t * tokens + k] - lse);
            }
        }
        return out;
    }

    private static double softmax(float[] x, int t, int tokens, int k) {
        double s = 0;
        for (int j = 0; j < tokens; j++) {
            s += Math.exp(x[t * tokens + j]);
        }
        return Math.exp(x[t * tokens + k]) / s;
    }

    private static double bruteForce(float[] lp, int frames, int tokens, int[] labels) {
        double total = 0;
        for (int[] path : paths(frames, tokens)) {
            if (java.util.Arrays.equals(collapse(path), labels)) {
                total += pathProb(lp, path, tokens);
            }
        }
        return total;
    }

    private static double pathProb(float[] lp, int[] path, int tokens) {
        double s = 0;
        for (int t = 0; t < path.length; t++) {
            s += lp[t * tokens + path[t]];
        }
        return Math.exp(s);
    }

    private static List<int[]> paths(int frames, int tokens) {
        List<int[]> out = new ArrayList<>();
        int n = (int) Math.pow(tokens, frames);
        for (int code = 0; code < n; code++) {
            int[] p = new int[frames];
            int c = code;
            for (int t = 0; t < frames; t++) {
                p[t] = c % tokens;
                c /= tokens;
            }
            out.add(p);
        }
        return out;
    }

    private static int[] collapse(int[] path) {
        List<Integer> out = new ArrayList<>();
        int prev = 0;
        for (int k : path) {
            if (k != 0 && k != prev) {
                out.add(k);
            }
            prev = k;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] ints(JsonNode a) {
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asInt();
        }
        return v;
    }

    private static float[] floats(JsonNode a) {
        float[] v = new float[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) a.get(i).asDouble();
        }
        return v;
    }
}
