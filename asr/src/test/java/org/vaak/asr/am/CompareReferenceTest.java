package org.vaak.asr.am;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareReferenceTest {
    @TempDir
    Path dir;

    @Test
    void agreesWithThePyTorchReferenceFile() throws Exception {
        Path model = AmFixtures.model("am-sub4", dir);
        Path ref = dir.resolve("ref.safetensors");
        try (InputStream in = AmFixtures.class.getResourceAsStream("am-sub4.io.safetensors")) {
            Files.copy(in, ref);
        }
        CompareReference.Agreement a = CompareReference.compare(model, ref, Precision.FP32);
        assertEquals(23, a.frames());
        assertEquals(23, a.argmaxAgree());
        assertTrue(a.maxAbsError() < 2e-5, a.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, CompareReference.run(new String[] {model.toString(), ref.toString(), "fp32", "int8"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("FP32   frames 23: max abs error "), text);
        assertTrue(text.contains("\nINT8   frames 23: "), text);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, CompareReference.run(new String[] {model.toString(), model.toString()}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no tensor 'features'"), err.toString(StandardCharsets.UTF_8));
    }
}
