package org.vaak.asr.transcript;

import java.io.IOException;

/** The words on one line. */
public final class PlainTextWriter implements TranscriptWriter {
    @Override
    public void write(Transcript transcript, String utterance, Appendable out) throws IOException {
        out.append(transcript.text()).append('\n');
    }
}
