package org.vaak.asr.am;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.vaak.runtime.ModelFormatException;
import org.vaak.runtime.quant.WeightFormats;

/**
 * Writes a copy of an fp32 acoustic model with its weight matrices stored in another runtime format
 * (default {@code int8}), checks that the copy loads, and prints the sizes.
 *
 * <pre>
 * QuantizeAm IN.safetensors OUT.safetensors [format]
 * </pre>
 */
public final class QuantizeAm {
    private QuantizeAm() {
    }

    public static void main(String[] args) {
        int rc = run(args, System.out, System.err);
        if (rc != 0) {
            System.exit(rc);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args.length > 3) {
            err.println("usage: QuantizeAm IN.safetensors OUT.safetensors [" + String.join("|", WeightFormats.ALL) + "] (default int8)");
            return 2;
        }
        String format = args.length == 3 ? args[2] : "int8";
        if (!WeightFormats.ALL.contains(format)) {
            err.println("error: unknown weight format '" + format + "' (" + String.join(", ", WeightFormats.ALL) + ")");
            return 2;
        }
        Path in = Path.of(args[0]);
        Path outFile = Path.of(args[1]);
        try {
            ConformerCtcModel.load(in, Precision.FP32);
            ConformerCtcWriter.quantize(in, outFile, format);
            try {
                ConformerCtcModel.load(outFile, Precision.STORED);
            } catch (ModelFormatException | IllegalArgumentException e) {
                Files.deleteIfExists(outFile);
                throw e;
            }
            out.printf(Locale.ROOT, "%s -> %s (%s): %.2f MiB -> %.2f MiB%n", in, outFile, format, Files.size(in) / 1048576.0,
                    Files.size(outFile) / 1048576.0);
            return 0;
        } catch (IOException | IllegalArgumentException | ModelFormatException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }
}
