package org.vaak.asr.am;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.runtime.SafeTensors;

class QuantizeAmTest {
    @TempDir
    Path dir;

    @Test
    void writesALoadableQuantizedCopy() throws Exception {
        Path in = AmFixtures.model("am-sub4", dir);
        Path out = dir.resolve("q.safetensors");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        assertEquals(0, QuantizeAm.run(new String[] {in.toString(), out.toString(), "int8"}, new PrintStream(o, true, StandardCharsets.UTF_8), System.err));
        assertTrue(o.toString(StandardCharsets.UTF_8).contains("(int8)"), o.toString(StandardCharsets.UTF_8));
        SafeTensors st = SafeTensors.open(out);
        assertEquals("int8", st.metadata().get("format.blocks.0.ffn1.fc1.weight"));
        assertEquals("int8", st.metadata().get("format.sub.conv1.weight"));
        assertFalse(st.metadata().containsKey("format.blocks.0.conv.dw.weight"));
        assertArrayEquals(new int[] {48, 32}, st.get("blocks.0.ffn1.fc1.weight.q").shape());
        assertArrayEquals(new int[] {32, 240}, st.get("sub.conv1.weight.q").shape());
        // already quantized input is refused, and nothing is left behind
        Path again = dir.resolve("qq.safetensors");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, QuantizeAm.run(new String[] {out.toString(), again.toString()}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertFalse(Files.exists(again));
        assertEquals(2, QuantizeAm.run(new String[] {in.toString(), again.toString(), "int3"}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown weight format 'int3'"), err.toString(StandardCharsets.UTF_8));
    }
}
