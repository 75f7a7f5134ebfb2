package org.vaak.runtime;

/** A model or tensor file that cannot be used: the message names the file and what is wrong. */
public class ModelFormatException extends RuntimeException {
    public ModelFormatException(String message) {
        super(message);
    }

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
