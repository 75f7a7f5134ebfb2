package org.vaak.segmentation.fst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FstTextReaderTest {
    @TempDir
    Path dir;

    @Test
    void fastWeightParsingEqualsFloatParseFloat() throws IOException {
        Random r = new Random(13);
        StringBuilder text = new StringBuilder();
        String[] written = new String[3000];
        for (int i = 0; i < written.length; i++) {
            String w = switch (i % 5) {
                case 0 -> Float.toString(r.nextFloat() * 100);
                case 1 -> Float.toString(-r.nextFloat() * 10);
                case 2 -> String.format(java.util.Locale.ROOT, "%.6f", r.nextDouble() * 30);
                case 3 -> Integer.toString(r.nextInt(100000));
                default -> Float.toString((float) Math.exp(r.nextGaussian() * 20));
            };
            written[i] = w;
            text.append("0\t0\t1\t1\t").append(w).append('\n');
        }
        Path f = dir.resolve("w.fst.txt");
        Files.writeString(f, text);
        CompactFst fst = FstText.read(f, null, null, false);
        float[] expected = new float[written.length];
        for (int i = 0; i < written.length; i++) {
            expected[i] = Float.parseFloat(written[i]);
        }
        // compared as sorted multisets: the arcs of a state may be reordered
        java.util.Arrays.sort(expected);
        float[] got = new float[fst.numArcs()];
        for (int a = 0; a < got.length; a++) {
            got[a] = fst.weight(a);
        }
        java.util.Arrays.sort(got);
        for (int i = 0; i < got.length; i++) {
            assertEquals(Float.floatToIntBits(expected[i]), Float.floatToIntBits(got[i]), "weight " + expected[i]);
        }
    }
}
