package org.vaak.asr.am;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.vaak.runtime.SafeTensors;

/** The fixtures written by asr/src/test/python/make_am_fixture.py (PyTorch reference, float64). */
final class AmFixtures {
    private AmFixtures() {
    }

    /** Copies a fixture model to {@code dir} and returns its path. */
    static Path model(String name, Path dir) {
        Path p = dir.resolve(name + ".safetensors");
        try (InputStream in = AmFixtures.class.getResourceAsStream(name + ".safetensors")) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static SafeTensors io(String name) {
        try (InputStream in = AmFixtures.class.getResourceAsStream(name + ".io.safetensors")) {
            return SafeTensors.parse(name + ".io.safetensors", ByteBuffer.wrap(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float[][] rows(SafeTensors st, String tensor) {
        var t = st.get(tensor);
        float[] v = t.toFloats();
        int cols = t.shape()[1];
        float[][] out = new float[t.shape()[0]][];
        for (int i = 0; i < out.length; i++) {
            out[i] = java.util.Arrays.copyOfRange(v, i * cols, (i + 1) * cols);
        }
        return out;
    }

    static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    static double maxAbsDiff(float[][] a, float[][] b) {
        if (a.length != b.length) {
            throw new AssertionError(a.length + " rows vs " + b.length);
        }
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                m = Math.max(m, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return m;
    }
}
