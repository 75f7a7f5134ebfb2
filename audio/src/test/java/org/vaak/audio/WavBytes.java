package org.vaak.audio;

import java.io.ByteArrayOutputStream;

/** Builds WAV files byte by byte for tests, independently of the reader. */
final class WavBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    WavBytes ascii(String s) {
        for (char c : s.toCharArray()) {
            out.write(c);
        }
        return this;
    }

    WavBytes u16(int v) {
        out.write(v & 0xFF);
        out.write(v >>> 8 & 0xFF);
        return this;
    }

    WavBytes u32(long v) {
        return u16((int) (v & 0xFFFF)).u16((int) (v >>> 16 & 0xFFFF));
    }

    WavBytes bytes(byte[] b) {
        out.write(b, 0, b.length);
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    /** A canonical file: RIFF header, a 16-byte fmt chunk (or 40 for extensible), a data chunk. */
    static byte[] wav(int tag, int channels, int rate, int bits, byte[] data, boolean extensible) {
        WavBytes fmt = new WavBytes();
        int block = channels * bits / 8;
        fmt.u16(extensible ? 0xFFFE : tag).u16(channels).u32(rate).u32((long) rate * block).u16(block).u16(bits);
        if (extensible) {
            fmt.u16(22).u16(bits).u32(channels == 2 ? 3 : 4).u16(tag)
                    .bytes(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71});
        }
        byte[] f = fmt.toByteArray();
        WavBytes w = new WavBytes();
        w.ascii("RIFF").u32(4 + 8 + f.length + 8 + data.length).ascii("WAVE");
        w.ascii("LIST").u32(4).ascii("INFO"); // an unrelated chunk to skip
        w.ascii("fmt ").u32(f.length).bytes(f);
        w.ascii("data").u32(data.length).bytes(data);
        return w.toByteArray();
    }

    /** Encodes samples in [-1, 1] as little-endian PCM of {@code bits} bits or IEEE float. */
    static byte[] encode(double[] x, int bits, boolean floating) {
        WavBytes b = new WavBytes();
        for (double v : x) {
            if (floating && bits == 32) {
                b.u32(Float.floatToIntBits((float) v) & 0xFFFFFFFFL);
            } else if (floating) {
                long l = Double.doubleToLongBits(v);
                b.u32(l & 0xFFFFFFFFL).u32(l >>> 32);
            } else if (bits == 8) {
                b.out.write((int) Math.round(v * 127) + 128);
            } else if (bits == 16) {
                b.u16((int) Math.round(v * 32767) & 0xFFFF);
            } else if (bits == 24) {
                int s = (int) Math.round(v * 8388607);
                b.out.write(s & 0xFF);
                b.out.write(s >> 8 & 0xFF);
                b.out.write(s >> 16 & 0xFF);
            } else {
                b.u32(Math.round(v * 2147483647.0) & 0xFFFFFFFFL);
            }
        }
        return b.toByteArray();
    }
}
