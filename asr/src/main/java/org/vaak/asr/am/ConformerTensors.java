package org.vaak.asr.am;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tensor names and fp32 shapes of a conformer-CTC model file, in file order (docs/acoustic-model.md). */
public final class ConformerTensors {
    private ConformerTensors() {
    }

    /** Every tensor of the unquantized file: name to shape (PyTorch layouts). */
    public static Map<String, int[]> shapes(ConformerConfig c) {
        Map<String, int[]> m = new LinkedHashMap<>();
        int d = c.d();
        m.put("norm.mean", new int[] {c.melBins()});
        m.put("norm.istd", new int[] {c.melBins()});
        conv(m, "sub.conv1", d, c.melBins(), 3);
        if (c.subsampling() == 4) {
            conv(m, "sub.conv2", d, d, 3);
        }
        linear(m, "sub.proj", d, d);
        for (int i = 0; i < c.blocks(); i++) {
            String b = "blocks." + i;
            ffn(m, b + ".ffn1", d, c.ffn());
            norm(m, b + ".mhsa.ln", d);
            for (String p : new String[] {"q", "k", "v", "o"}) {
                linear(m, b + ".mhsa." + p, d, d);
            }
            norm(m, b + ".conv.ln", d);
            linear(m, b + ".conv.pw1", 2 * d, d);
            conv(m, b + ".conv.dw", d, 1, c.convKernel());
            norm(m, b + ".conv.dwln", d);
            linear(m, b + ".conv.pw2", d, d);
            ffn(m, b + ".ffn2", d, c.ffn());
            norm(m, b + ".out_ln", d);
        }
        linear(m, "head", c.numTokens(), d);
        return Collections.unmodifiableMap(m);
    }

    /**
     * Seeded random weights of the right shapes for {@code c}: a network with a trained model's arithmetic (for
     * speed measurements and tests that need a working file), whose outputs mean nothing. Matrices ~ N(0, 1/fan-in),
     * biases ~ N(0, 0.01), norm gains near 1, feature statistics of plausible log-mel values.
     */
    public static Map<String, float[]> random(ConformerConfig c, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        Map<String, float[]> w = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : shapes(c).entrySet()) {
            int[] s = e.getValue();
            int n = java.util.Arrays.stream(s).reduce(1, (a, b) -> a * b);
            float[] v = new float[n];
            String name = e.getKey();
            int fanIn = n / s[0];
            for (int i = 0; i < n; i++) {
                double g = r.nextGaussian();
                v[i] = (float) (name.equals("norm.mean") ? -8 + 2 * g : name.equals("norm.istd") ? 0.4
                        : name.endsWith("ln.weight") ? 1 + 0.1 * g : name.endsWith(".bias") ? 0.1 * g
                        : g / Math.sqrt(fanIn));
            }
            w.put(name, v);
        }
        return w;
    }

    /**
     * Whether the tensor is a weight matrix that may be stored quantized: linear weights and the subsampling
     * convolutions (as {@code [out, in * 3]}); not norms, biases or the depthwise convolution.
     */
    public static boolean isMatrix(String name) {
        return name.endsWith(".weight") && !name.endsWith("ln.weight") && !name.endsWith(".dw.weight");
    }

    private static void linear(Map<String, int[]> m, String p, int out, int in) {
        m.put(p + ".weight", new int[] {out, in});
        m.put(p + ".bias", new int[] {out});
    }

    private static void conv(Map<String, int[]> m, String p, int out, int inPerGroup, int k) {
        m.put(p + ".weight", new int[] {out, inPerGroup, k});
        m.put(p + ".bias", new int[] {out});
    }

    private static void norm(Map<String, int[]> m, String p, int d) {
        m.put(p + ".weight", new int[] {d});
        m.put(p + ".bias", new int[] {d});
    }

    private static void ffn(Map<String, int[]> m, String p, int d, int ffn) {
        norm(m, p + ".ln", d);
        linear(m, p + ".fc1", ffn, d);
        linear(m, p + ".fc2", d, ffn);
    }
}
