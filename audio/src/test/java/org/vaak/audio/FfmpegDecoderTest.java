package org.vaak.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegDecoderTest {
    @TempDir
    Path dir;

    @Test
    void decodesFlacThroughFfmpegToTheSameSamplesAsTheWav() throws Exception {
        assumeTrue(FfmpegDecoder.find().isPresent(), "ffmpeg is not installed; FLAC decoding not tested");
        double[] x = new double[2 * 4410];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.4 * Math.sin(i * (i % 2 == 0 ? 0.03 : 0.05));
        }
        Path wav = dir.resolve("in.wav");
        Files.write(wav, WavBytes.wav(1, 2, 44100, 16, WavBytes.encode(x, 16, false), false));
        Path flac = dir.resolve("in.flac");
        Process p = new ProcessBuilder(FfmpegDecoder.find().get().toString(), "-nostdin", "-v", "error", "-i",
                wav.toString(), flac.toString()).redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes()));
        Audio expected = AudioFiles.read(wav);
        Audio got = AudioFiles.read(flac);
        assertEquals(44100, got.sampleRate());
        assertEquals(expected.samples().length, got.samples().length);
        for (int i = 0; i < got.samples().length; i++) {
            assertEquals(expected.samples()[i], got.samples()[i], 1e-4, "sample " + i);
        }
        Audio at16k = AudioFiles.read(flac, 16000);
        assertEquals(1600, at16k.samples().length);
    }

    @Test
    void reportsWhatFfmpegSaysAboutAFileItCannotDecode() throws IOException {
        assumeTrue(FfmpegDecoder.find().isPresent(), "ffmpeg is not installed");
        Path junk = dir.resolve("junk.mp3");
        Files.write(junk, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13});
        AudioException e = assertThrows(AudioException.class, () -> AudioFiles.read(junk));
        assertTrue(e.getMessage().contains("junk.mp3") && e.getMessage().contains("ffmpeg"), e.getMessage());
    }

    @Test
    void saysThatFfmpegIsNeededWhenItIsMissing() throws IOException {
        assumeFalse(FfmpegDecoder.find().isPresent(), "ffmpeg is installed");
        Path flac = dir.resolve("a.flac");
        Files.write(flac, "fLaC....".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        AudioException e = assertThrows(AudioException.class, () -> AudioFiles.read(flac));
        assertTrue(e.getMessage().contains("a.flac") && e.getMessage().contains("needs ffmpeg"), e.getMessage());
    }
}
