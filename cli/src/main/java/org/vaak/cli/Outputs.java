package org.vaak.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Output files that appear only when complete: written to a temporary file, moved into place on commit. */
final class Outputs {
    private Outputs() {
    }

    /** A writer to {@code target} (or standard output when null / "-"). Call {@link Atomic#commit()} on success. */
    static Atomic open(Path target) throws IOException {
        if (target == null || target.toString().equals("-")) {
            OutputStream out = new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            return new Atomic(null, null, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        }
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new Errors.UserError(target + ": is a folder; give a file name");
        }
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".part");
        return new Atomic(abs, tmp, Files.newBufferedWriter(tmp, StandardCharsets.UTF_8));
    }

    static final class Atomic implements AutoCloseable {
        private final Path target;
        private final Path tmp;
        final Writer writer;
        private boolean committed;

        Atomic(Path target, Path tmp, Writer writer) {
            this.target = target;
            this.tmp = tmp;
            this.writer = writer;
        }

        void commit() throws IOException {
            writer.flush();
            writer.close();
            if (tmp != null) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                try {
                    writer.close();
                } finally {
                    if (tmp != null) {
                        Files.deleteIfExists(tmp);
                    }
                }
            }
        }
    }
}
