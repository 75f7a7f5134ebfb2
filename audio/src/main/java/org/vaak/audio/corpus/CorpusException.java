package org.vaak.audio.corpus;

import java.io.IOException;

/** A speech corpus file (manifest, data directory, import layout) that cannot be read or written. */
public class CorpusException extends IOException {
    private static final long serialVersionUID = 1L;

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
