package org.vaak.asr.transcript;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.vaak.segmentation.io.AtomicFiles;

/** The output formats of a transcript, by their file extension. */
public enum TranscriptFormat {
    TXT("txt"),
    JSON("json"),
    SRT("srt"),
    VTT("vtt"),
    CTM("ctm");

    private final String extension;

    TranscriptFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format named {@code name} (txt, json, srt, vtt, ctm; case-insensitive). */
    public static TranscriptFormat of(String name) {
        for (TranscriptFormat f : values()) {
            if (f.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown transcript format '" + name + "' (use txt, json, srt, vtt or ctm)");
    }

    public TranscriptWriter writer() {
        return switch (this) {
            case TXT -> new PlainTextWriter();
            case JSON -> new JsonWriter();
            case SRT -> new SrtWriter();
            case VTT -> new VttWriter();
            case CTM -> new CtmWriter();
        };
    }

    /** Writes the transcript to {@code file} atomically (temporary file, then move). */
    public void write(Path file, Transcript transcript, String utterance) throws IOException {
        TranscriptWriter w = writer();
        AtomicFiles.write(file, out -> w.write(transcript, utterance, out));
    }
}
