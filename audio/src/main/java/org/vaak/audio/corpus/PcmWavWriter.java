package org.vaak.audio.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes mono 16-bit PCM WAV files atomically (a temporary file in the same folder, then a move). */
public final class PcmWavWriter {
    /** Bytes before the samples in the files this class writes. */
    public static final int HEADER_BYTES = 44;

    private PcmWavWriter() {
    }

    /** Writes {@code samples} (clipped to [-1, 1], rounded to 16 bits) at {@code sampleRate} Hz to {@code file}. */
    public static void write(Path file, float[] samples, int sampleRate) throws IOException {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, got " + sampleRate);
        }
        if ((long) samples.length * 2 > 0xFFFFFFFFL - HEADER_BYTES) {
            throw new IllegalArgumentException(file + ": " + samples.length + " samples do not fit a WAV file");
        }
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + 2 * samples.length).order(ByteOrder.LITTLE_ENDIAN);
        int data = 2 * samples.length;
        b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + data)
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(sampleRate).putInt(2 * sampleRate)
                .putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(data);
        for (float s : samples) {
            b.putShort(toPcm16(s));
        }
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(b.array());
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** One sample as 16-bit PCM: clipped to [-1, 1], scaled by 32767 and rounded half away from zero. */
    static short toPcm16(float s) {
        double v = Math.max(-1.0, Math.min(1.0, s)) * 32767.0;
        return (short) (v >= 0 ? Math.floor(v + 0.5) : -Math.floor(-v + 0.5));
    }
}
