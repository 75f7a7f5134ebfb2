package org.vaak.training.am;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ConformerCtcTest {
    static final List<String> PHONES = List.of("a", "b", "c", "d", "e");

    static AmConfig tiny(int subsampling) {
        return new AmConfig("ta", 16, 2, 32, 2, 5, 3, 2, subsampling, 8, PHONES);
    }

    @Test
    void parameterNamesAndShapesFollowTheSpec() {
        try (NDManager m = NDManager.newBaseManager()) {
            AmConfig c = tiny(4);
            ConformerCtc net = new ConformerCtc(c, 1, 0f);
            net.initialize(m);
            var params = net.namedParameters();
            List<String> expected = new ArrayList<>(List.of("sub.conv1.weight", "sub.conv1.bias", "sub.conv2.weight",
                    "sub.conv2.bias", "sub.proj.weight", "sub.proj.bias", "head.weight", "head.bias"));
            for (int i = 0; i < 2; i++) {
                for (String p : List.of("ffn1.ln", "ffn1.fc1", "ffn1.fc2", "mhsa.ln", "mhsa.q", "mhsa.k", "mhsa.v",
                        "mhsa.o", "conv.ln", "conv.pw1", "conv.dw", "conv.dwln", "conv.pw2", "ffn2.ln", "ffn2.fc1",
                        "ffn2.fc2", "out_ln")) {
                    expected.add("blocks." + i + "." + p + ".weight");
                    expected.add("blocks." + i + "." + p + ".bias");
                }
            }
            assertEquals(new TreeSet<>(expected), new TreeSet<>(params.keySet()));
            assertEquals(new Shape(16, 8, 3), params.get("sub.conv1.weight").getArray().getShape());
            assertEquals(new Shape(16, 16, 3), params.get("sub.conv2.weight").getArray().getShape());
            assertEquals(new Shape(32, 16), params.get("blocks.1.ffn2.fc1.weight").getArray().getShape());
            assertEquals(new Shape(32, 16), params.get("blocks.0.conv.pw1.weight").getArray().getShape());
            assertEquals(new Shape(16, 1, 5), params.get("blocks.0.conv.dw.weight").getArray().getShape());
            assertEquals(new Shape(6, 16), params.get("head.weight").getArray().getShape());
            assertEquals(1f, params.get("blocks.0.out_ln.weight").getArray().getFloat(3));
        }
    }

    @Test
    void sameSeedGivesSameWeightsAndOtherSeedOthers() {
        try (NDManager m = NDManager.newBaseManager()) {
            ConformerCtc a = new ConformerCtc(tiny(2), 9, 0f);
            ConformerCtc b = new ConformerCtc(tiny(2), 9, 0f);
            ConformerCtc c = new ConformerCtc(tiny(2), 10, 0f);
            a.initialize(m);
            b.initialize(m);
            c.initialize(m);
            String n = "blocks.1.mhsa.k.weight";
            float[] wa = a.namedParameters().get(n).getArray().toFloatArray();
            assertArrayEquals(wa, b.namedParameters().get(n).getArray().toFloatArray());
            assertTrue(wa[0] != c.namedParameters().get(n).getArray().toFloatArray()[0]);
            // parameters of different names differ
            assertTrue(wa[0] != a.namedParameters().get("blocks.1.mhsa.q.weight").getArray().toFloatArray()[0]);
        }
    }

    /** Changing one input frame changes exactly the output frames whose receptive field contains it. */
    @Test
    void outputsDependOnlyOnTheStatedReceptiveField() {
        for (int sub : new int[] {2, 4}) {
            AmConfig c = tiny(sub);
            try (NDManager m = NDManager.newBaseManager()) {
                ConformerCtc net = new ConformerCtc(c, 3, 0f);
                net.initialize(m);
                int frames = 4 * c.leftContext() / 3 + 40;
                float[] x = random(new SplittableRandom(1), frames * 8);
                float[] base = run(net, m, x, frames);
                int changed = frames / 2 + 1;
                float[] y = x.clone();
                for (int k = 0; k < 8; k++) {
                    y[changed * 8 + k] += 1f;
                }
                float[] moved = run(net, m, y, frames);
                int outFrames = c.outputFrames(frames);
                int tokens = c.numTokens();
                for (int j = 0; j < outFrames; j++) {
                    int first = j * sub - c.leftContext();
                    int last = (j + 1) * sub - 1 + c.rightContext();
                    boolean inside = changed >= first && changed <= last;
                    double diff = 0;
                    for (int k = 0; k < tokens; k++) {
                        diff = Math.max(diff, Math.abs(base[j * tokens + k] - moved[j * tokens + k]));
                    }
                    if (inside) {
                        // the edges of the field may be reached only weakly, but they are reached
                        assertTrue(diff > 0, "sub " + sub + " frame " + j + " should change");
                    } else {
                        assertEquals(0.0, diff, 0.0, "sub " + sub + " frame " + j + " outside the field changed");
                    }
                }
            }
        }
    }

    /**
     * Parameters own their memory: after the collector has run and the freed direct memory has been reused,
     * the same input gives bit-identical outputs (a parameter aliasing a freed Java buffer gives garbage).
     */
    @Test
    void outputsSurviveGarbageCollection() {
        try (NDManager m = NDManager.newBaseManager()) {
            ConformerCtc net = new ConformerCtc(tiny(2), 8, 0f);
            net.initialize(m);
            float[] x = random(new SplittableRandom(5), 30 * 8);
            float[] before;
            try (NDManager s = m.newSubManager()) {
                before = run(net, s, x, 30);
            }
            for (int i = 0; i < 3; i++) {
                System.gc();
                java.nio.ByteBuffer junk = java.nio.ByteBuffer.allocateDirect(1 << 22);
                for (int j = 0; j < junk.capacity(); j += 4) {
                    junk.putFloat(j, Float.NaN);
                }
            }
            try (NDManager s = m.newSubManager()) {
                assertArrayEquals(before, run(net, s, x, 30));
            }
        }
    }

    /** The elementary-operation LayerNorm equals the engine's fused one. */
    @Test
    void layerNormMatchesTheEnginesLayerNorm() {
        try (NDManager m = NDManager.newBaseManager()) {
            ai.djl.nn.Parameter w = ai.djl.nn.Parameter.builder().setName("w").setType(ai.djl.nn.Parameter.Type.GAMMA)
                    .optShape(new Shape(16)).build();
            ai.djl.nn.Parameter b = ai.djl.nn.Parameter.builder().setName("b").setType(ai.djl.nn.Parameter.Type.BETA)
                    .optShape(new Shape(16)).build();
            w.setInitializer((mm, shape, dt) -> mm.create(random(new SplittableRandom(1), 16), shape));
            b.setInitializer((mm, shape, dt) -> mm.create(random(new SplittableRandom(2), 16), shape));
            w.initialize(m, ai.djl.ndarray.types.DataType.FLOAT32);
            b.initialize(m, ai.djl.ndarray.types.DataType.FLOAT32);
            NDArray x = m.create(random(new SplittableRandom(3), 3 * 5 * 16), new Shape(3, 5, 16)).mul(4).add(2);
            float[] ours = AmModule.layerNorm(x, w, b).toFloatArray();
            float[] fused = ai.djl.nn.norm.LayerNorm.layerNorm(x, new Shape(16), w.getArray(), b.getArray(), 1e-5f)
                    .singletonOrThrow().toFloatArray();
            assertArrayEquals(fused, ours, 1e-5f);
        }
    }

    /** An utterance padded in a batch with a longer one gives the outputs it gives alone. */
    @Test
    void paddingDoesNotChangeOutputs() {
        AmConfig c = tiny(4);
        try (NDManager m = NDManager.newBaseManager()) {
            ConformerCtc net = new ConformerCtc(c, 4, 0f);
            net.initialize(m);
            SplittableRandom r = new SplittableRandom(2);
            int shortLen = 37;
            int longLen = 61;
            float[] a = random(r, shortLen * 8);
            float[] b = random(r, longLen * 8);
            float[] alone = run(net, m, a, shortLen);
            float[] batch = new float[2 * longLen * 8];
            System.arraycopy(a, 0, batch, 0, a.length);
            System.arraycopy(b, 0, batch, longLen * 8, b.length);
            NDArray out = net.logits(m.create(batch, new Shape(2, longLen, 8)), new int[] {shortLen, longLen}, false);
            float[] all = out.toFloatArray();
            int tokens = c.numTokens();
            int outShort = c.outputFrames(shortLen);
            for (int i = 0; i < outShort * tokens; i++) {
                assertEquals(alone[i], all[i], 1e-4, "value " + i);
            }
        }
    }

    static float[] run(ConformerCtc net, NDManager m, float[] x, int frames) {
        return net.logits(m.create(x, new Shape(1, frames, x.length / frames)), new int[] {frames}, false)
                .toFloatArray();
    }

    static float[] random(SplittableRandom r, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return v;
    }
}
