package org.vaak.audio;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Decodes FLAC, MP3, Opus and whatever else ffmpeg reads, by running {@code ffmpeg} as a subprocess that
 * writes 32-bit float WAV to a pipe; the pipe is then read by {@link WavReader} in chunks, so memory stays
 * bounded for long files. Channels are mixed to mono by {@link WavReader} (the average of the channels, as for
 * WAV files), not by ffmpeg, whose own downmix uses a different gain.
 */
public final class FfmpegDecoder {
    private FfmpegDecoder() {
    }

    /** The ffmpeg executable on the PATH, if any. */
    public static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "ffmpeg");
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Starts decoding {@code file}; fails with a clear message when ffmpeg is not installed. */
    public static AudioStream open(Path file) throws IOException {
        Path ffmpeg = find().orElseThrow(() -> new AudioException(file + ": not a WAV file, and decoding other formats "
                + "(FLAC, MP3, ...) needs ffmpeg, which is not on the PATH (Debian: apt-get install ffmpeg)"));
        return open(ffmpeg, file);
    }

    static AudioStream open(Path ffmpeg, Path file) throws IOException {
        List<String> cmd = List.of(ffmpeg.toString(), "-nostdin", "-v", "error", "-i", file.toString(),
                "-vn", "-c:a", "pcm_f32le", "-f", "wav", "pipe:1");
        Path errors = Files.createTempFile("vaak-ffmpeg", ".log");
        Process p = new ProcessBuilder(cmd).redirectError(errors.toFile()).start();
        p.getOutputStream().close();
        InputStream out = new BufferedInputStream(p.getInputStream(), 1 << 16);
        AudioStream wav;
        try {
            wav = WavReader.open(out, "ffmpeg's decoding of " + file, -1);
        } catch (AudioException e) {
            String why = finish(p, errors);
            throw new AudioException(file + ": ffmpeg could not decode it" + (why.isEmpty() ? "" : ": " + why), e);
        }
        return new AudioStream() {
            @Override
            public int sampleRate() {
                return wav.sampleRate();
            }

            @Override
            public int sourceChannels() {
                return wav.sourceChannels();
            }

            @Override
            public int read(float[] buf, int off, int len) throws IOException {
                int n = wav.read(buf, off, len);
                if (n < 0 && exitCode(p) != 0) {
                    throw new AudioException(file + ": ffmpeg failed while decoding: " + finish(p, errors));
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                wav.close();
                p.destroy();
                finish(p, errors);
            }
        };
    }

    private static int exitCode(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String finish(Process p, Path errors) throws IOException {
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String log = Files.exists(errors) ? Files.readString(errors, StandardCharsets.UTF_8).strip() : "";
        Files.deleteIfExists(errors);
        return log;
    }
}
