package org.vaak.audio;

import java.io.IOException;

/**
 * A source of mono samples in [-1, 1] read in chunks, so that long files are decoded in bounded memory.
 * Multi-channel sources are mixed down to mono by averaging the channels.
 */
public interface AudioStream extends AutoCloseable {
    /** Samples per second. */
    int sampleRate();

    /** Channels in the source before mixing to mono. */
    int sourceChannels();

    /**
     * Reads up to {@code len} mono samples into {@code buf} from {@code off}.
     *
     * @return the number of samples read, or -1 at the end of the stream
     */
    int read(float[] buf, int off, int len) throws IOException;

    @Override
    void close() throws IOException;
}
