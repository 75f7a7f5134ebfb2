package org.vaak.training.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny Tamil speech corpus for tests: 16 kHz WAV files of tone sequences (one tone per word) and
 * JSON-lines manifests {@code train.jsonl}, {@code dev.jsonl}.
 */
public final class TinyCorpus {
    public static final String[] WORDS = {"அம்மா", "பால்", "கடல்", "மரம்", "வீடு", "நாய்"};

    private TinyCorpus() {
    }

    /** Writes {@code train} and {@code dev} utterances of 2-3 words under {@code dir}. */
    public static void write(Path dir, int train, int dev) throws IOException {
        Files.createDirectories(dir);
        write(dir, "train", train, 0);
        write(dir, "dev", dev, 1000);
    }

    private static void write(Path dir, String split, int n, int seed) throws IOException {
        List<String> lines = new ArrayList<>();
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed + 17);
        for (int i = 0; i < n; i++) {
            int words = 2 + r.nextInt(2);
            StringBuilder text = new StringBuilder();
            float[] samples = new float[0];
            for (int w = 0; w < words; w++) {
                int k = r.nextInt(WORDS.length);
                text.append(w == 0 ? "" : " ").append(WORDS[k]);
                float[] tone = tone(300 + 150 * k, 0.25 + 0.05 * r.nextInt(3));
                float[] joined = java.util.Arrays.copyOf(samples, samples.length + tone.length);
                System.arraycopy(tone, 0, joined, samples.length, tone.length);
                samples = joined;
            }
            String id = split + i;
            Path wav = dir.resolve(id + ".wav");
            writeWav(wav, samples);
            lines.add("{\"id\":\"" + id + "\",\"audio_filepath\":\"" + id + ".wav\",\"duration\":"
                    + samples.length / 16000.0 + ",\"text\":\"" + text + "\",\"speaker\":\"s" + (i % 2) + "\"}");
        }
        Files.write(dir.resolve(split + ".jsonl"), lines, StandardCharsets.UTF_8);
    }

    static float[] tone(double hz, double seconds) {
        float[] x = new float[(int) (seconds * 16000)];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.3 * Math.sin(2 * Math.PI * hz * i / 16000) + 0.1 * Math.sin(2 * Math.PI * 2.5 * hz * i / 16000));
        }
        return x;
    }

    static void writeWav(Path file, float[] samples) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(44 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples.length * 2);
        b.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1);
        b.putInt(16000).putInt(32000).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples.length * 2);
        for (float s : samples) {
            b.putShort((short) Math.round(s * 32767));
        }
        Files.write(file, b.array());
    }
}
