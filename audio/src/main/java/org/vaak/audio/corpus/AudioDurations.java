package org.vaak.audio.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.vaak.audio.AudioFiles;
import org.vaak.audio.AudioStream;

/** Durations of audio files: WAV by reading it, anything else (MP3, FLAC, ...) through ffprobe when installed. */
public final class AudioDurations {
    private AudioDurations() {
    }

    /** The duration of {@code file} in seconds. */
    public static double of(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".wav")) {
            try (AudioStream s = AudioFiles.open(file)) {
                float[] buf = new float[1 << 15];
                long n = 0;
                int k;
                while ((k = s.read(buf, 0, buf.length)) >= 0) {
                    n += k;
                }
                return n / (double) s.sampleRate();
            }
        }
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(file + ": no such audio file");
        }
        Path ffprobe = ffprobe().orElseThrow(() -> new CorpusException(file + ": reading the duration of a "
                + name.substring(name.lastIndexOf('.') + 1) + " file needs ffprobe, which is not installed "
                + "(Debian/Ubuntu: apt-get install ffmpeg)"));
        Process p = new ProcessBuilder(ffprobe.toString(), "-v", "error", "-show_entries", "format=duration",
                "-of", "default=noprint_wrappers=1:nokey=1", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new CorpusException(file + ": ffprobe cannot read it: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        try {
            return Double.parseDouble(out);
        } catch (NumberFormatException e) {
            throw new CorpusException(file + ": ffprobe gave no duration: " + out);
        }
    }

    /** ffprobe on the PATH, if any. */
    public static Optional<Path> ffprobe() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path f = Path.of(dir, "ffprobe");
            if (Files.isExecutable(f)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    static List<Path> findFiles(Path root, String name, int depth) throws IOException {
        try (var s = Files.find(root, depth, (p, a) -> a.isRegularFile() && p.getFileName().toString().equals(name))) {
            return s.sorted().toList();
        }
    }
}
