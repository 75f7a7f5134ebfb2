package org.vaak.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Test audio: tone scripts for {@link TamilToneModel} and 16-bit PCM WAV files. */
final class Wavs {
    private Wavs() {
    }

    static float[] tone(double hz, int samples) {
        float[] x = new float[samples];
        for (int i = 0; i < samples; i++) {
            x[i] = (float) (0.3 * Math.sin(2 * Math.PI * hz * i / 16000.0));
        }
        return x;
    }

    /** A script of "phone:ms" and "_:ms" (silence) segments at 16 kHz, e.g. {@code "_:200 m:120 a::120 _:200"}. */
    static float[] script(String script, long seed) {
        Random rnd = new Random(seed);
        String[] parts = script.trim().split("\\s+");
        int total = 0;
        for (String p : parts) {
            total += Integer.parseInt(p.substring(p.lastIndexOf(':') + 1)) * 16;
        }
        float[] x = new float[total];
        int pos = 0;
        for (String p : parts) {
            String ph = p.substring(0, p.lastIndexOf(':'));
            int n = Integer.parseInt(p.substring(p.lastIndexOf(':') + 1)) * 16;
            int idx = java.util.Arrays.asList(TamilToneModel.TONED).indexOf(ph);
            for (int i = 0; i < n; i++) {
                x[pos + i] = idx < 0 ? (float) (1e-4 * rnd.nextGaussian())
                        : (float) (0.3 * Math.sin(2 * Math.PI * TamilToneModel.HZ[idx] * (pos + i) / 16000.0));
            }
            pos += n;
        }
        return x;
    }

    /** Writes interleaved samples as a 16-bit PCM WAV file. */
    static Path write(Path file, float[] interleaved, int rate, int channels) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * interleaved.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * interleaved.length).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        b.put("data".getBytes()).putInt(2 * interleaved.length);
        for (float v : interleaved) {
            b.putShort((short) Math.round(Math.max(-1, Math.min(1, v)) * 32767));
        }
        Files.write(file, b.array());
        return file;
    }

    static Path mono16k(Path file, float[] x) throws IOException {
        return write(file, x, 16000, 1);
    }
}
