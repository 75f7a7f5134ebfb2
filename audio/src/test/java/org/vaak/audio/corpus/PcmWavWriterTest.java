package org.vaak.audio.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.audio.Audio;
import org.vaak.audio.AudioFiles;

class PcmWavWriterTest {
    @TempDir
    Path dir;

    @Test
    void roundsAndClipsTo16Bits() {
        assertEquals(32767, PcmWavWriter.toPcm16(1f));
        assertEquals(-32767, PcmWavWriter.toPcm16(-1f));
        assertEquals(32767, PcmWavWriter.toPcm16(3f));
        assertEquals(-32767, PcmWavWriter.toPcm16(-2f));
        assertEquals(0, PcmWavWriter.toPcm16(0f));
        assertEquals(16384, PcmWavWriter.toPcm16(0.5f)); // 16383.5 rounds away from zero
        assertEquals(-16384, PcmWavWriter.toPcm16(-0.5f));
    }

    @Test
    void writesAWavFileOurReaderReads() throws Exception {
        float[] x = {0f, 0.5f, -0.25f, 1f, -1f, 0.001f};
        Path f = dir.resolve("a/b.wav");
        PcmWavWriter.write(f, x, 16000);
        byte[] bytes = Files.readAllBytes(f);
        assertEquals(44 + 2 * x.length, bytes.length);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(36 + 2 * x.length, b.getInt(4));
        assertEquals(1, b.getShort(20)); // PCM
        assertEquals(1, b.getShort(22)); // mono
        assertEquals(16000, b.getInt(24));
        assertEquals(16, b.getShort(34));
        assertEquals(2 * x.length, b.getInt(40));
        Audio a = AudioFiles.read(f);
        assertEquals(16000, a.sampleRate());
        float[] expected = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            expected[i] = PcmWavWriter.toPcm16(x[i]) / 32768f;
        }
        assertArrayEquals(expected, a.samples(), 1e-6f);
        try (var s = Files.list(f.getParent())) {
            assertEquals(1, s.count(), "no temporary file is left behind");
        }
    }
}
