package org.vaak.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.vaak.segmentation.corpus.CorpusException;
import picocli.CommandLine;

/** Turns failures into one clear line on standard error and an exit code; stack traces only with VAAK_DEBUG=1. */
final class Errors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        String msg;
        if (t instanceof CorpusException || t instanceof IllegalArgumentException || t instanceof UserError) {
            msg = t.getMessage();
        } else if (t instanceof NoSuchFileException e) {
            msg = e.getFile() + ": no such file";
        } else if (t instanceof AccessDeniedException e) {
            msg = e.getFile() + ": permission denied";
        } else if (t instanceof FileNotFoundException || t instanceof IOException) {
            msg = "I/O error: " + t.getMessage();
        } else if (t instanceof OutOfMemoryError) {
            msg = "out of memory: give the JVM more with VAAK_JAVA_OPTS=-Xmx8g";
        } else {
            msg = "internal error: " + t;
        }
        cl.getErr().println("vaak " + cl.getCommandName() + ": " + msg);
        if ("1".equals(System.getenv("VAAK_DEBUG"))) {
            t.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return 1;
    }

    /** A failure whose message is meant for the user as it is. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }
}
