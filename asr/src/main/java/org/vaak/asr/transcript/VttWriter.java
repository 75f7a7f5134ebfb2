package org.vaak.asr.transcript;

import java.io.IOException;

/** WebVTT: the {@code WEBVTT} header, then cues {@code HH:MM:SS.mmm --> HH:MM:SS.mmm}. */
public final class VttWriter implements TranscriptWriter {
    private final Cues cues;

    public VttWriter(Cues cues) {
        this.cues = cues;
    }

    public VttWriter() {
        this(Cues.DEFAULT);
    }

    @Override
    public void write(Transcript transcript, String utterance, Appendable out) throws IOException {
        out.append("WEBVTT\n\n");
        for (Cues.Cue c : cues.group(transcript)) {
            out.append(Cues.timestamp(c.start(), '.')).append(" --> ").append(Cues.timestamp(c.end(), '.'))
                    .append('\n');
            // "-->" may not appear in cue text; & and < must be escaped
            out.append(c.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("\n\n");
        }
    }
}
