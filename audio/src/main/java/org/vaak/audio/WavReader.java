package org.vaak.audio;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads RIFF/WAVE files: integer PCM of 8 (unsigned), 16, 24 and 32 bits, IEEE float of 32 and 64 bits,
 * plain or as {@code WAVE_FORMAT_EXTENSIBLE}, any number of channels (mixed to mono).
 *
 * <p>The header is checked completely before any sample is read; a file that is not a WAV file, has a
 * corrupt or truncated header, or uses a compressed encoding gets an {@link AudioException} naming the
 * file and the problem. A data chunk that is shorter than its header says (a recording cut off) is read as
 * far as it goes, with a warning. A data size of 0xFFFFFFFF (or 0 on a pipe) means "until the end of the
 * stream", as written by encoders that cannot seek back, e.g. ffmpeg writing to a pipe.
 */
public final class WavReader {
    private static final Logger LOG = LoggerFactory.getLogger(WavReader.class);
    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_FLOAT = 3;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;

    private WavReader() {
    }

    /** Opens a WAV file for streaming. */
    public static AudioStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            return open(in, file.toString(), Files.size(file));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Opens a WAV stream.
     *
     * @param name how to call the source in error messages
     * @param length the stream's length in bytes, or -1 when unknown (a pipe)
     */
    public static AudioStream open(InputStream in, String name, long length) throws IOException {
        Header h = new Header(in, name);
        String magic = h.fourCC("the RIFF signature");
        if (!magic.equals("RIFF")) {
            if (magic.equals("RF64")) {
                throw new AudioException(name + ": RF64 (WAV files over 4 GB) is not supported; convert it with ffmpeg");
            }
            throw new AudioException(name + ": not a WAV file (it starts with " + printable(magic)
                    + ", a WAV file starts with RIFF)");
        }
        h.u32("the RIFF size");
        String type = h.fourCC("the RIFF type");
        if (!type.equals("WAVE")) {
            throw new AudioException(name + ": a RIFF file of type " + printable(type) + ", not WAVE audio");
        }
        WavFormat format = null;
        while (true) {
            String id = h.fourCC("a chunk header (no data chunk found)");
            long size = h.u32("the size of chunk " + printable(id));
            if (id.equals("fmt ")) {
                format = readFormat(h, size, name);
            } else if (id.equals("data")) {
                if (format == null) {
                    throw new AudioException(name + ": corrupt header: the data chunk comes before the fmt chunk");
                }
                return new WavStream(in, name, format, dataBytes(size, h.position, length, format, name));
            } else {
                h.skip(size + (size & 1), "chunk " + printable(id));
            }
        }
    }

    private static long dataBytes(long size, long position, long length, WavFormat format, String name) {
        if (size == 0xFFFFFFFFL || size == 0 && length < 0) {
            return -1;
        }
        long bytes = size;
        if (length >= 0 && position + size > length) {
            bytes = length - position;
            LOG.warn("{}: the data chunk declares {} bytes but only {} follow (truncated file); reading what is there",
                    name, size, bytes);
        }
        return bytes - bytes % format.blockAlign();
    }

    private static WavFormat readFormat(Header h, long size, String name) throws IOException {
        if (size < 16) {
            throw new AudioException(name + ": corrupt header: the fmt chunk has " + size + " bytes, at least 16 expected");
        }
        int tag = h.u16("the format tag");
        int channels = h.u16("the channel count");
        long rate = h.u32("the sample rate");
        h.u32("the byte rate");
        int blockAlign = h.u16("the block alignment");
        int bits = h.u16("the bits per sample");
        long read = 16;
        if (tag == FORMAT_EXTENSIBLE) {
            if (size < 40) {
                throw new AudioException(name + ": corrupt header: WAVE_FORMAT_EXTENSIBLE fmt chunk has only " + size
                        + " bytes, 40 expected");
            }
            h.u16("the extension size");
            int validBits = h.u16("the valid bits per sample");
            h.u32("the channel mask");
            tag = h.u16("the sub-format");
            h.skip(14, "the sub-format GUID");
            read = 40;
            if (validBits != 0 && validBits != bits) {
                LOG.debug("{}: {} valid bits in {}-bit containers", name, validBits, bits);
            }
        }
        h.skip(size - read + (size & 1), "the rest of the fmt chunk");
        if (tag != FORMAT_PCM && tag != FORMAT_FLOAT) {
            throw new AudioException(name + ": unsupported WAV encoding (format tag 0x" + Integer.toHexString(tag)
                    + "); only PCM and IEEE float are read directly, convert other encodings with ffmpeg");
        }
        boolean floating = tag == FORMAT_FLOAT;
        boolean okBits = floating ? bits == 32 || bits == 64 : bits == 8 || bits == 16 || bits == 24 || bits == 32;
        if (!okBits) {
            throw new AudioException(name + ": unsupported sample size: " + bits + "-bit " + (floating ? "float" : "PCM")
                    + " (supported: PCM 8/16/24/32-bit, float 32/64-bit)");
        }
        if (channels == 0) {
            throw new AudioException(name + ": corrupt header: 0 channels");
        }
        if (rate == 0 || rate > 1_000_000) {
            throw new AudioException(name + ": corrupt header: sample rate " + rate + " Hz");
        }
        WavFormat f = new WavFormat(channels, (int) rate, bits / 8, floating);
        if (blockAlign != f.blockAlign()) {
            throw new AudioException(name + ": corrupt header: block alignment " + blockAlign + " does not match "
                    + channels + " channel(s) of " + bits + " bits");
        }
        return f;
    }

    private static String printable(String fourCC) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : fourCC.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\x%02X", (int) c));
        }
        return sb.append('\'').toString();
    }

    /** Little-endian reads that say where a header ended too early. */
    private static final class Header {
        private final InputStream in;
        private final String name;
        long position;

        Header(InputStream in, String name) {
            this.in = in;
            this.name = name;
        }

        private int byteOrEof(String what) throws IOException {
            int b = in.read();
            if (b < 0) {
                throw new AudioException(name + (position == 0 ? ": empty file, not audio"
                        : ": truncated header: the file ends at byte " + position + " while reading " + what));
            }
            position++;
            return b;
        }

        String fourCC(String what) throws IOException {
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) {
                b[i] = (byte) byteOrEof(what);
            }
            return new String(b, StandardCharsets.ISO_8859_1);
        }

        int u16(String what) throws IOException {
            return byteOrEof(what) | byteOrEof(what) << 8;
        }

        long u32(String what) throws IOException {
            return (u16(what) | (long) u16(what) << 16) & 0xFFFFFFFFL;
        }

        void skip(long n, String what) throws IOException {
            try {
                in.skipNBytes(n);
            } catch (EOFException e) {
                throw new AudioException(name + ": truncated header: the file ends inside " + what, e);
            }
            position += n;
        }
    }
}
