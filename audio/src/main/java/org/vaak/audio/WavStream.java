package org.vaak.audio;

import java.io.IOException;
import java.io.InputStream;

/** The samples of a WAV data chunk, decoded and mixed to mono a chunk at a time. */
final class WavStream implements AudioStream {
    private final InputStream in;
    private final String name;
    private final WavFormat format;
    private long remaining; // bytes left in the data chunk, or -1 for "until end of stream"
    private byte[] bytes = new byte[0];
    private int pending; // bytes of a partial frame kept from the previous read

    WavStream(InputStream in, String name, WavFormat format, long dataBytes) {
        this.in = in;
        this.name = name;
        this.format = format;
        this.remaining = dataBytes;
    }

    WavFormat format() {
        return format;
    }

    @Override
    public int sampleRate() {
        return format.sampleRate();
    }

    @Override
    public int sourceChannels() {
        return format.channels();
    }

    @Override
    public int read(float[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int block = format.blockAlign();
        long want = (long) len * block;
        if (remaining >= 0) {
            want = Math.min(want, remaining + pending);
        }
        if (want < block) {
            return -1;
        }
        if (bytes.length < want) {
            bytes = new byte[(int) want];
        }
        int have = pending;
        while (have < block) {
            int n = in.read(bytes, have, (int) want - have);
            if (n < 0) {
                if (have > 0) {
                    org.slf4j.LoggerFactory.getLogger(WavStream.class)
                            .warn("{}: {} trailing bytes do not make a whole frame; ignored", name, have);
                }
                remaining = 0;
                pending = 0;
                return -1;
            }
            have += n;
            if (remaining >= 0) {
                remaining -= n;
            }
        }
        int frames = have / block;
        decode(bytes, frames, buf, off);
        pending = have - frames * block;
        System.arraycopy(bytes, frames * block, bytes, 0, pending);
        return frames;
    }

    private void decode(byte[] b, int frames, float[] out, int off) {
        int ch = format.channels();
        int bps = format.bytesPerSample();
        float scale = 1f / ch;
        int p = 0;
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int c = 0; c < ch; c++, p += bps) {
                sum += sample(b, p, bps);
            }
            out[off + f] = (float) (sum * scale);
        }
    }

    private double sample(byte[] b, int p, int bps) {
        if (format.floating()) {
            if (bps == 4) {
                return Float.intBitsToFloat(b[p] & 0xFF | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | b[p + 3] << 24);
            }
            long bits = 0;
            for (int i = 7; i >= 0; i--) {
                bits = bits << 8 | (b[p + i] & 0xFF);
            }
            return Double.longBitsToDouble(bits);
        }
        return switch (bps) {
            case 1 -> ((b[p] & 0xFF) - 128) / 128.0;
            case 2 -> (short) (b[p] & 0xFF | b[p + 1] << 8) / 32768.0;
            case 3 -> (b[p] & 0xFF | (b[p + 1] & 0xFF) << 8 | b[p + 2] << 16) / 8388608.0;
            default -> (b[p] & 0xFF | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | b[p + 3] << 24) / 2147483648.0;
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
