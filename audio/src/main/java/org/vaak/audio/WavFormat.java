package org.vaak.audio;

/**
 * The sample layout declared by a WAV file's {@code fmt } chunk, reduced to what decoding needs.
 *
 * @param channels interleaved channels per frame
 * @param sampleRate frames per second
 * @param bytesPerSample 1, 2, 3, 4 or 8
 * @param floating IEEE float samples (32 or 64 bit) rather than integer PCM
 */
public record WavFormat(int channels, int sampleRate, int bytesPerSample, boolean floating) {
    /** Bytes per interleaved frame. */
    public int blockAlign() {
        return channels * bytesPerSample;
    }

    @Override
    public String toString() {
        return (floating ? "float" : "PCM ") + (bytesPerSample * 8) + "-bit, " + channels + " channel(s), "
                + sampleRate + " Hz";
    }
}
