package org.vaak.segmentation.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that appear only when complete: the content goes to a temporary file in the target's folder,
 * which is then moved into place. A failure leaves the previous file (if any) untouched and no temporary
 * file behind.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes the content of a file. */
    public interface Body {
        void write(Writer w) throws IOException;
    }

    /** Writes the content of a binary file. */
    public interface StreamBody {
        void write(OutputStream out) throws IOException;
    }

    /** Writes {@code target} (UTF-8) through a temporary file, then moves it into place. */
    public static void write(Path target, Body body) throws IOException {
        writeStream(target, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            body.write(w);
            w.flush();
        });
    }

    /** Writes {@code bytes} as the whole content of {@code target}, atomically. */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        writeStream(target, out -> out.write(bytes));
    }

    /**
     * Writes {@code target} through a temporary file in the same folder (readable by all, as a new file would
     * be), then moves it into place; on failure the temporary file is removed and an old {@code target} stays.
     */
    public static void writeStream(Path target, StreamBody body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try {
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                body.write(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes a string as the whole content of {@code target}. */
    public static void writeString(Path target, String content) throws IOException {
        write(target, w -> w.write(content));
    }
}
