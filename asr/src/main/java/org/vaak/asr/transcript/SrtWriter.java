package org.vaak.asr.transcript;

import java.io.IOException;

/** SubRip: numbered cues, {@code HH:MM:SS,mmm --> HH:MM:SS,mmm}, a blank line after each. */
public final class SrtWriter implements TranscriptWriter {
    private final Cues cues;

    public SrtWriter(Cues cues) {
        this.cues = cues;
    }

    public SrtWriter() {
        this(Cues.DEFAULT);
    }

    @Override
    public void write(Transcript transcript, String utterance, Appendable out) throws IOException {
        int n = 1;
        for (Cues.Cue c : cues.group(transcript)) {
            out.append(Integer.toString(n++)).append('\n');
            out.append(Cues.timestamp(c.start(), ',')).append(" --> ").append(Cues.timestamp(c.end(), ','))
                    .append('\n');
            out.append(c.text()).append("\n\n");
        }
    }
}
