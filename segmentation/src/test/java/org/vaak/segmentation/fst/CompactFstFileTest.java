package org.vaak.segmentation.fst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactFstFileTest {
    @TempDir
    Path dir;

    static CompactFst sample() {
        FstBuilder b = new FstBuilder();
        for (int i = 0; i < 3; i++) {
            b.addState();
        }
        b.setStart(0);
        b.addArc(0, 2, 1, 0.5f, 1);
        b.addArc(0, 1, 0, 0f, 0);
        b.addArc(1, 3, 2, 1.25f, 2);
        b.addArc(1, 0, 0, 0.125f, 2);
        b.setFinal(2, 0.75f);
        return b.build(new String[] {"<eps>", "<blk>", "a", "ப"}, new String[] {"<eps>", "படி@@", null, "x"});
    }

    @Test
    void roundTripKeepsEverything() throws IOException {
        CompactFst f = sample();
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("lang", "ta");
        meta.put("options", "topology=standard,x=1");
        Path p = dir.resolve("g.bin");
        CompactFstFile.write(f, meta, p);
        CompactFstFile.Contents c = CompactFstFile.read(p);
        assertTrue(f.sameAs(c.fst()));
        assertEquals(meta, c.metadata());
        assertEquals(List.of("lang", "options"), List.copyOf(c.metadata().keySet()));
    }

    @Test
    void roundTripOfRandomFstsAndOfFstsWithoutSymbols() throws IOException {
        Random rnd = new Random(3);
        for (int i = 0; i < 20; i++) {
            CompactFst f = RandomFst.cyclic(rnd, 1 + rnd.nextInt(12), 3, 4);
            Path p = dir.resolve("r" + i + ".bin");
            CompactFstFile.write(f, Map.of(), p);
            CompactFst g = CompactFstFile.read(p).fst();
            assertTrue(f.sameAs(g), "fst " + i);
        }
        Path p = dir.resolve("empty.bin");
        CompactFstFile.write(CompactFst.empty(), Map.of(), p);
        CompactFst e = CompactFstFile.read(p).fst();
        assertEquals(0, e.numStates());
        assertEquals(-1, e.start());
        assertNull(e.inputSymbols());
    }

    @Test
    void truncatedFileIsNamed() throws IOException {
        Path p = dir.resolve("g.bin");
        CompactFstFile.write(sample(), Map.of("k", "v"), p);
        byte[] all = Files.readAllBytes(p);
        for (int len : new int[] {0, 5, 20, 40, all.length - 9, all.length - 1}) {
            Path t = dir.resolve("t" + len + ".bin");
            Files.write(t, Arrays.copyOf(all, len));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CompactFstFile.read(t));
            assertTrue(e.getMessage().startsWith(t + ": "), e.getMessage());
            assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("not a vaak graph file")
                    || e.getMessage().contains("corrupt"), e.getMessage());
        }
        Path t = dir.resolve("t" + (all.length - 1) + ".bin");
        assertEquals(t + ": is truncated: " + (all.length - 1) + " bytes, the header says " + all.length,
                assertThrows(IllegalArgumentException.class, () -> CompactFstFile.read(t)).getMessage());
    }

    @Test
    void everyFlippedByteIsDetected() throws IOException {
        Path p = dir.resolve("g.bin");
        CompactFstFile.write(sample(), Map.of("k", "v"), p);
        byte[] all = Files.readAllBytes(p);
        Path c = dir.resolve("c.bin");
        for (int i = 0; i < all.length; i++) {
            byte[] b = all.clone();
            b[i] ^= 0x10;
            Files.write(c, b);
            assertThrows(IllegalArgumentException.class, () -> CompactFstFile.read(c), "byte " + i);
        }
        byte[] b = all.clone();
        b[all.length - 20] ^= 1; // inside the arrays
        Files.write(c, b);
        String msg = assertThrows(IllegalArgumentException.class, () -> CompactFstFile.read(c)).getMessage();
        assertTrue(msg.startsWith(c + ": is corrupt: checksum mismatch"), msg);
    }

    @Test
    void otherVersionAndOtherFilesAreRefused() throws IOException {
        Path p = dir.resolve("g.bin");
        CompactFstFile.write(sample(), Map.of(), p);
        byte[] all = Files.readAllBytes(p);
        ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 2);
        Path v = dir.resolve("v2.bin");
        Files.write(v, all);
        assertEquals(v + ": has format version 2; this vaak reads version 1 (rebuild the graph with 'vaak graph build')",
                assertThrows(IllegalArgumentException.class, () -> CompactFstFile.read(v)).getMessage());
        Path txt = dir.resolve("g.fst.txt");
        Files.writeString(txt, "0\t1\ta\tb\n1\n".repeat(10));
        assertEquals(txt + ": is not a vaak graph file (bad magic bytes)",
                assertThrows(IllegalArgumentException.class, () -> CompactFstFile.read(txt)).getMessage());
    }

    @Test
    void writeIsAtomicAndRefusesBadMetadata() throws IOException {
        Path p = dir.resolve("g.bin");
        CompactFstFile.write(sample(), Map.of("k", "v"), p);
        byte[] before = Files.readAllBytes(p);
        assertThrows(IllegalArgumentException.class, () -> CompactFstFile.write(sample(), Map.of("a=b", "v"), p));
        assertTrue(Arrays.equals(before, Files.readAllBytes(p)));
        try (var s = Files.list(dir)) {
            assertEquals(List.of(p), s.toList());
        }
    }
}
