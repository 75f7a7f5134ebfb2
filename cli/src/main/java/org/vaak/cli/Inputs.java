package org.vaak.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Input text: a UTF-8 file or standard input, decoded strictly so that a wrong encoding is reported. */
final class Inputs {
    private Inputs() {
    }

    static BufferedReader open(Path file) throws IOException {
        InputStream in;
        if (file == null || file.toString().equals("-")) {
            in = System.in;
        } else {
            if (!Files.isRegularFile(file)) {
                throw new Errors.UserError(file + ": no such file");
            }
            in = Files.newInputStream(file);
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, dec), 1 << 16);
    }

    static String name(Path file) {
        return file == null || file.toString().equals("-") ? "standard input" : file.toString();
    }
}
