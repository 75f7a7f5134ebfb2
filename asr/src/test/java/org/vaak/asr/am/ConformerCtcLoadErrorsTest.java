package org.vaak.asr.am;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.runtime.ModelFormatException;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.SafeTensorsWriter;
import org.vaak.runtime.StoredTensor;

/** Every way a model file can be wrong gets a message naming the file and the problem. */
class ConformerCtcLoadErrorsTest {
    @TempDir
    Path dir;

    private Path variant(String name, Consumer<Map<String, String>> meta, Consumer<List<StoredTensor>> tensors) throws Exception {
        SafeTensors st = SafeTensors.open(AmFixtures.model("am-sub2", dir));
        Map<String, String> m = new LinkedHashMap<>(st.metadata());
        List<StoredTensor> t = new ArrayList<>(st.tensors().values());
        meta.accept(m);
        tensors.accept(t);
        Path p = dir.resolve(name + ".safetensors");
        SafeTensorsWriter.write(p, t, m);
        return p;
    }

    private static void fails(Path file, String... parts) {
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ConformerCtcModel.load(file, Precision.FP32));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' not in: " + e.getMessage());
        }
    }

    @Test
    void wrongKind() throws Exception {
        fails(variant("kind", m -> m.put("vaak.kind", "codec"), t -> { }), "not an acoustic model", "'codec'");
        fails(variant("nokind", m -> m.remove("vaak.kind"), t -> { }), "vaak.kind is missing");
        fails(variant("version", m -> m.put("vaak.version", "2"), t -> { }), "version 2 is not supported");
    }

    @Test
    void tensorProblemsAreListedTogether() throws Exception {
        Path p = variant("tensors", m -> { }, t -> {
            t.removeIf(s -> s.name().equals("blocks.1.conv.dw.bias") || s.name().equals("head.bias"));
            t.add(StoredTensor.ofFloats("head.bias", new float[7], 7));
            t.add(StoredTensor.ofFloats("stray", new float[2], 2));
        });
        fails(p, "3 problems", "missing tensor 'blocks.1.conv.dw.bias' [32]", "tensor 'head.bias' has shape [7], expected [45]",
                "tensor 'stray' is not part of the network");
    }

    @Test
    void featureMismatch() throws Exception {
        Path p = variant("features", m -> m.put("vaak.features", m.get("vaak.features").replace("\"hop\": 160", "\"hop\": 200")), t -> { });
        fails(p, "other features than vaak computes", "hop 200 (computed: 160)");
        fails(variant("nofeatures", m -> m.remove("vaak.features"), t -> { }), "vaak.features is missing");
    }

    @Test
    void badNetworkSettings() throws Exception {
        fails(variant("sub", m -> m.put("vaak.am", m.get("vaak.am").replace("\"subsampling\": 2", "\"subsampling\": 3")), t -> { }),
                "subsampling must be 2 or 4, got 3");
        fails(variant("arch", m -> m.put("vaak.am", m.get("vaak.am").replace("conformer-ctc", "tdnn")), t -> { }),
                "architecture is 'tdnn'");
        fails(variant("phone", m -> m.put("vaak.am", m.get("vaak.am").replace("\"phones\": [\"a\"", "\"phones\": [\"zz\"")), t -> { }),
                "phone 'zz' is not in the Tamil phone set");
        fails(variant("json", m -> m.put("vaak.am", "{\"architecture\""), t -> { }), "vaak.am is not valid JSON");
        fails(variant("lang", m -> m.put("vaak.am", m.get("vaak.am").replace("\"language\": \"ta\"", "\"language\": \"xx\"")), t -> { }),
                "unknown language 'xx'");
    }

    @Test
    void damagedFile() throws Exception {
        Path good = AmFixtures.model("am-sub2", dir);
        byte[] b = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.safetensors");
        Files.write(cut, java.util.Arrays.copyOf(b, b.length - 100));
        fails(cut, "file truncated?");
        Path tiny = dir.resolve("tiny.safetensors");
        Files.write(tiny, new byte[] {1, 2, 3});
        fails(tiny, "not a safetensors file");
    }

    @Test
    void nonFiniteWeights() throws Exception {
        Path p = variant("nan", m -> { }, t -> {
            t.removeIf(s -> s.name().equals("norm.istd"));
            float[] v = new float[80];
            v[3] = Float.NaN;
            t.add(StoredTensor.ofFloats("norm.istd", v, 80));
        });
        fails(p, "tensor 'norm.istd' holds a non-finite value NaN");
    }
}
