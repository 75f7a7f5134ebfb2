package org.vaak.audio.synth;

import java.io.IOException;

/** espeak-ng is missing, refused a voice or failed to synthesise. */
public class SynthException extends IOException {
    private static final long serialVersionUID = 1L;

    public SynthException(String message) {
        super(message);
    }

    public SynthException(String message, Throwable cause) {
        super(message, cause);
    }
}
