package org.vaak.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Opens audio files by their content: WAV is read directly, anything else through ffmpeg. */
public final class AudioFiles {
    private AudioFiles() {
    }

    /** Opens {@code file} for streaming mono samples at its own sample rate. */
    public static AudioStream open(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such audio file");
        }
        if (Files.isDirectory(file)) {
            throw new AudioException(file + ": is a directory, not an audio file");
        }
        byte[] head = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && (startsWith(head, "RIFF") || startsWith(head, "RF64"))) {
            return WavReader.open(file);
        }
        if (n == 0) {
            throw new AudioException(file + ": empty file, not audio");
        }
        return FfmpegDecoder.open(file);
    }

    /** Reads the whole file into memory as mono samples. */
    public static Audio read(Path file) throws IOException {
        try (AudioStream s = open(file)) {
            return readAll(s);
        }
    }

    /** Reads the whole file and resamples it to {@code sampleRate}, streaming through the resampler. */
    public static Audio read(Path file, int sampleRate) throws IOException {
        try (AudioStream s = open(file)) {
            if (s.sampleRate() == sampleRate) {
                return readAll(s);
            }
            Resampler r = new Resampler(s.sampleRate(), sampleRate);
            float[] buf = new float[1 << 15];
            FloatList out = new FloatList();
            int k;
            while ((k = s.read(buf, 0, buf.length)) >= 0) {
                out.add(r.process(buf, 0, k));
            }
            out.add(r.flush());
            return new Audio(out.toArray(), sampleRate);
        }
    }

    /** Drains a stream into memory. */
    public static Audio readAll(AudioStream s) throws IOException {
        FloatList out = new FloatList();
        float[] buf = new float[1 << 15];
        int k;
        while ((k = s.read(buf, 0, buf.length)) >= 0) {
            out.add(Arrays.copyOf(buf, k));
        }
        return new Audio(out.toArray(), s.sampleRate());
    }

    private static boolean startsWith(byte[] b, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (b[i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A growable float array. */
    static final class FloatList {
        private float[] data = new float[1024];
        private int size;

        void add(float[] x) {
            if (size + x.length > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + x.length));
            }
            System.arraycopy(x, 0, data, size, x.length);
            size += x.length;
        }

        float[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
