package org.vaak.audio;

import java.io.IOException;

/** An audio file that cannot be read: not audio, a corrupt or truncated header, or an unsupported format. */
public class AudioException extends IOException {
    private static final long serialVersionUID = 1L;

    public AudioException(String message) {
        super(message);
    }

    public AudioException(String message, Throwable cause) {
        super(message, cause);
    }
}
