package org.vaak.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WavReaderTest {
    @TempDir
    Path dir;

    private static final double[] VALUES = {0, 0.5, -0.5, 0.25, -1, 0.999, 0.125, -0.0625};

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @ParameterizedTest(name = "{0}-bit float={1} extensible={2}")
    @CsvSource({"8,false,false,0.008", "16,false,false,4e-5", "24,false,false,2e-7", "32,false,false,1e-9",
            "32,true,false,0", "64,true,false,0", "16,false,true,4e-5", "32,true,true,0", "24,false,true,2e-7"})
    void decodesEverySupportedSampleFormat(int bits, boolean floating, boolean extensible, double tol) throws IOException {
        byte[] data = WavBytes.encode(VALUES, bits, floating);
        Path p = write("a.wav", WavBytes.wav(floating ? 3 : 1, 1, 22050, bits, data, extensible));
        Audio a = AudioFiles.read(p);
        assertEquals(22050, a.sampleRate());
        assertEquals(VALUES.length, a.samples().length);
        for (int i = 0; i < VALUES.length; i++) {
            double expected = floating ? (float) VALUES[i] : VALUES[i];
            assertEquals(expected, a.samples()[i], Math.max(tol, 1e-7), "sample " + i);
        }
    }

    @Test
    void mixesStereoToMono() throws IOException {
        double[] lr = {0.5, 0.25, -1, 1, 0.2, -0.4};
        Path p = write("s.wav", WavBytes.wav(3, 2, 8000, 32, WavBytes.encode(lr, 32, true), false));
        try (AudioStream s = AudioFiles.open(p)) {
            assertEquals(2, s.sourceChannels());
            float[] buf = new float[10];
            assertEquals(3, s.read(buf, 0, 10));
            assertArrayEquals(new float[] {0.375f, 0f, -0.1f}, Arrays.copyOf(buf, 3), 1e-7f);
            assertEquals(-1, s.read(buf, 0, 10));
        }
    }

    @Test
    void streamsInChunksOfTheRequestedSize() throws IOException {
        double[] x = new double[10_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i * 0.01) * 0.5;
        }
        Path p = write("long.wav", WavBytes.wav(1, 1, 16000, 16, WavBytes.encode(x, 16, false), false));
        try (AudioStream s = AudioFiles.open(p)) {
            float[] buf = new float[777];
            int total = 0;
            int n;
            while ((n = s.read(buf, 0, buf.length)) >= 0) {
                assertTrue(n > 0 && n <= 777);
                assertEquals(x[total], buf[0], 1e-4);
                total += n;
            }
            assertEquals(x.length, total);
        }
    }

    @Test
    void readsAPipeWithUnknownDataSize() throws IOException {
        byte[] w = WavBytes.wav(1, 1, 16000, 16, WavBytes.encode(VALUES, 16, false), false);
        // patch the data size to 0xFFFFFFFF, as encoders writing to a pipe do
        for (int i = w.length - VALUES.length * 2 - 4; i < w.length - VALUES.length * 2; i++) {
            w[i] = (byte) 0xFF;
        }
        try (AudioStream s = WavReader.open(new ByteArrayInputStream(w), "pipe", -1)) {
            assertEquals(VALUES.length, AudioFiles.readAll(s).samples().length);
        }
    }

    @Test
    void readsWhatThereIsOfATruncatedDataChunk() throws IOException {
        byte[] w = WavBytes.wav(1, 1, 16000, 16, WavBytes.encode(VALUES, 16, false), false);
        Path p = write("cut.wav", Arrays.copyOf(w, w.length - 5)); // 2.5 samples missing
        assertEquals(VALUES.length - 3, AudioFiles.read(p).samples().length);
    }

    @Test
    void rejectsAFileThatIsNotAudioNamingIt() throws IOException {
        Path p = write("notes.wav", "hello, this is text\n".getBytes(StandardCharsets.UTF_8));
        AudioException e = assertThrows(AudioException.class, () -> WavReader.open(p));
        assertTrue(e.getMessage().contains("notes.wav") && e.getMessage().contains("not a WAV file"), e.getMessage());
    }

    @Test
    void rejectsTruncatedAndCorruptHeaders() throws IOException {
        byte[] w = WavBytes.wav(1, 1, 16000, 16, WavBytes.encode(VALUES, 16, false), false);
        Path cut = write("cut.wav", Arrays.copyOf(w, 30));
        assertMessage(cut, "truncated header");
        Path empty = write("empty.wav", new byte[0]);
        assertMessage(empty, "empty file");
        byte[] avi = w.clone();
        System.arraycopy("AVI ".getBytes(StandardCharsets.US_ASCII), 0, avi, 8, 4);
        assertMessage(write("movie.wav", avi), "not WAVE");
        byte[] badAlign = w.clone();
        badAlign[12 + 12 + 8 + 12] = 7; // block alignment of the fmt chunk
        assertMessage(write("align.wav", badAlign), "block alignment 7");
        byte[] noFmt = new WavBytes().ascii("RIFF").u32(12).ascii("WAVE").ascii("data").u32(0).toByteArray();
        assertMessage(write("nofmt.wav", noFmt), "data chunk comes before the fmt chunk");
    }

    @Test
    void rejectsUnsupportedEncodings() throws IOException {
        assertMessage(write("adpcm.wav", WavBytes.wav(2, 1, 8000, 16, new byte[4], false)), "format tag 0x2");
        assertMessage(write("f16.wav", WavBytes.wav(3, 1, 8000, 16, new byte[4], false)), "16-bit float");
        assertMessage(write("p12.wav", WavBytes.wav(1, 1, 8000, 12, new byte[0], false)), "12-bit PCM");
    }

    private static void assertMessage(Path p, String part) {
        AudioException e = assertThrows(AudioException.class, () -> AudioFiles.read(p));
        assertTrue(e.getMessage().startsWith(p.toString()) && e.getMessage().contains(part), e.getMessage());
    }
}
