package org.vaak.asr.am;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.vaak.runtime.ModelFormatException;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.StoredTensor;

/**
 * Compares the runtime's log-posteriors with another implementation's on the same input: a reference file
 * holds F32 {@code features [T, mel]} (raw log-mel) and {@code log_posteriors [T', tokens]} (the trainer's
 * DJL forward pass, or the PyTorch reference of the tests).
 *
 * <pre>
 * CompareReference MODEL.safetensors REFERENCE.safetensors [precision ...]
 * </pre>
 */
public final class CompareReference {
    /** Agreement of one precision with the reference. */
    public record Agreement(Precision precision, int frames, double maxAbsError, double meanAbsError, int argmaxAgree) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-6s frames %d: max abs error %.3g, mean abs error %.3g, argmax agrees on %d (%.1f%%)",
                    precision, frames, maxAbsError, meanAbsError, argmaxAgree, 100.0 * argmaxAgree / Math.max(1, frames));
        }
    }

    private CompareReference() {
    }

    public static Agreement compare(Path model, Path reference, Precision precision) throws IOException {
        SafeTensors ref = SafeTensors.open(reference);
        float[][] feats = rows(ref, "features");
        float[][] want = rows(ref, "log_posteriors");
        ConformerCtcModel m = ConformerCtcModel.load(model, precision);
        float[][] got = m.logPosteriors(feats);
        if (got.length != want.length || (got.length > 0 && got[0].length != want[0].length)) {
            throw new ModelFormatException(reference + ": reference has " + want.length + " x " + (want.length == 0 ? 0 : want[0].length)
                    + " log-posteriors, the model gives " + got.length + " x " + m.numTokens());
        }
        double max = 0;
        double sum = 0;
        int agree = 0;
        for (int i = 0; i < got.length; i++) {
            for (int k = 0; k < got[i].length; k++) {
                double d = Math.abs(got[i][k] - want[i][k]);
                max = Math.max(max, d);
                sum += d;
            }
            agree += argmax(got[i]) == argmax(want[i]) ? 1 : 0;
        }
        return new Agreement(precision, got.length, max, got.length == 0 ? 0 : sum / (got.length * (double) got[0].length), agree);
    }

    private static int argmax(float[] v) {
        int b = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[b]) {
                b = i;
            }
        }
        return b;
    }

    private static float[][] rows(SafeTensors st, String name) {
        if (!st.has(name)) {
            throw new ModelFormatException(st.source() + ": no tensor '" + name + "' (a reference holds features and log_posteriors)");
        }
        StoredTensor t = st.get(name);
        if (t.shape().length != 2) {
            throw new ModelFormatException(st.source() + ": tensor '" + name + "' has shape " + Arrays.toString(t.shape()) + ", expected 2 axes");
        }
        float[] v = t.toFloats();
        int cols = t.shape()[1];
        float[][] out = new float[t.shape()[0]][];
        for (int i = 0; i < out.length; i++) {
            out[i] = Arrays.copyOfRange(v, i * cols, (i + 1) * cols);
        }
        return out;
    }

    public static void main(String[] args) {
        int rc = run(args, System.out, System.err);
        if (rc != 0) {
            System.exit(rc);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2) {
            err.println("usage: CompareReference MODEL.safetensors REFERENCE.safetensors [fp32|int8|stored ...]");
            return 2;
        }
        try {
            String[] ps = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : new String[] {"fp32", "int8"};
            for (String p : ps) {
                out.println(compare(Path.of(args[0]), Path.of(args[1]), Precision.parse(p)));
            }
            return 0;
        } catch (IOException | IllegalArgumentException | ModelFormatException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }
}
