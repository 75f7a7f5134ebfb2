package org.vaak.asr.transcript;

import java.io.IOException;

/** Writes a transcript in one output format. */
public interface TranscriptWriter {
    /**
     * @param utterance identifier of the utterance (file name or manifest id); used by CTM and JSON, may
     *        be null for the others
     */
    void write(Transcript transcript, String utterance, Appendable out) throws IOException;

    /** The transcript as a string. */
    default String toString(Transcript transcript, String utterance) {
        StringBuilder sb = new StringBuilder();
        try {
            write(transcript, utterance, sb);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sb.toString();
    }
}
