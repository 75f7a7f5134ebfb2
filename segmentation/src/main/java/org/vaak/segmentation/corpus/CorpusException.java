package org.vaak.segmentation.corpus;

/** A problem with input data (corpus, count list, dictionary file) that the user must fix. */
public class CorpusException extends RuntimeException {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
