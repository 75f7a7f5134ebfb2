package org.vaak.lexicons.grammar;

/** A grammar data file is malformed; the message names the file and the line. */
public final class GrammarDataException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public GrammarDataException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    public GrammarDataException(String message) {
        super(message);
    }
}
