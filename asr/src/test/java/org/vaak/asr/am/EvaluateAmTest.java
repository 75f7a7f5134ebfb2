package org.vaak.asr.am;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.asr.eval.EditAlignment;
import org.vaak.audio.FeatureExtractor;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.GraphemeToPhoneme;

/** The PER tool on a two-utterance manifest with the fixture model (random weights). */
class EvaluateAmTest {
    @TempDir
    Path dir;

    static float[] writeWav(Path file, int samples, long seed) throws Exception {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[samples];
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * samples).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + 2 * samples).put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16).putShort((short) 1).putShort((short) 1).putInt(16000).putInt(32000).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(2 * samples);
        for (int i = 0; i < samples; i++) {
            short s = (short) Math.round((0.3 * Math.sin(2 * Math.PI * 300 * i / 16000.0) + 0.1 * r.nextGaussian()) * 32767 * 0.5);
            b.putShort(s);
            x[i] = s / 32768f;
        }
        Files.write(file, b.array());
        return x;
    }

    @Test
    void perOfBothPrecisionsFromTheManifest() throws Exception {
        Path model = AmFixtures.model("am-sub2", dir);
        float[] a1 = writeWav(dir.resolve("u1.wav"), 8000, 1);
        float[] a2 = writeWav(dir.resolve("u2.wav"), 12000, 2);
        String t1 = "மரம் வளர்ந்தது.";
        String t2 = "படித்தான்";
        Files.writeString(dir.resolve("m.jsonl"),
                "{\"audio_filepath\": \"u1.wav\", \"duration\": 0.5, \"text\": \"" + t1 + "\", \"speaker\": \"s1\"}\n"
                        + "{\"audio_filepath\": \"u2.wav\", \"duration\": 0.75, \"text\": \"" + t2 + "\", \"speaker\": \"s2\"}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path report = dir.resolve("per.json");
        int rc = EvaluateAm.run(new String[] {"--model", model.toString(), "--manifest", dir.resolve("m.jsonl").toString(),
                "--report", report.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, rc);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("2 utterances, 1.3 s of audio"), text);
        assertTrue(text.contains("1 transcript characters outside the script were dropped"), text);

        // the same numbers from the parts: G2P references, fp32 model, greedy decoding, alignment
        GraphemeToPhoneme g2p = GraphemeToPhoneme.of(Language.TAMIL);
        ConformerCtcModel m = ConformerCtcModel.load(model, Precision.FP32);
        int errors = 0;
        int n = 0;
        for (Object[] u : new Object[][] {{a1, List.of("மரம்", "வளர்ந்தது")}, {a2, List.of("படித்தான்")}}) {
            List<String> ref = new java.util.ArrayList<>();
            for (Object w : (List<?>) u[1]) {
                ref.addAll(g2p.phones((String) w));
            }
            List<String> hyp = GreedyCtcDecoder.phones(m, m.logPosteriors(FeatureExtractor.compute((float[]) u[0], m.features())));
            errors += EditAlignment.align(ref, hyp).errors();
            n += ref.size();
        }
        JsonNode rep = new ObjectMapper().readTree(report.toFile());
        assertEquals(2, rep.get("results").size());
        JsonNode fp32 = rep.get("results").get(0);
        assertEquals("fp32", fp32.get("precision").asText());
        assertEquals(n, fp32.get("reference_phones").asInt());
        assertEquals(errors, fp32.get("substitutions").asInt() + fp32.get("deletions").asInt() + fp32.get("insertions").asInt());
        assertEquals(0.0, fp32.get("differs_from_first").asDouble());
        assertEquals("int8", rep.get("results").get(1).get("precision").asText());
        assertEquals(n, rep.get("results").get(1).get("reference_phones").asInt());
    }

    @Test
    void emptyReferencesGiveNoRateNotNaN() throws Exception {
        Path model = AmFixtures.model("am-sub2", dir);
        writeWav(dir.resolve("u.wav"), 4000, 3);
        Files.writeString(dir.resolve("m.jsonl"), "{\"audio_filepath\": \"u.wav\", \"duration\": 0.25, \"text\": \"12 .\", \"speaker\": \"s\"}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path report = dir.resolve("r.json");
        assertEquals(0, EvaluateAm.run(new String[] {"--model", model.toString(), "--manifest", dir.resolve("m.jsonl").toString(),
                "--precisions", "fp32", "--report", report.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("fp32          n/a"), text);
        assertTrue(text.contains("3 transcript characters outside the script were dropped"), text);
        JsonNode r = new ObjectMapper().readTree(report.toFile()).get("results").get(0);
        assertTrue(r.get("per").isNull(), r.toString());
        assertEquals(0, r.get("reference_phones").asInt());
    }

    @Test
    void badInputGivesAMessageAndExitCode2() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(2, EvaluateAm.run(new String[] {"--model", "x"}, System.out, e));
        Path missing = dir.resolve("none.safetensors");
        assertEquals(2, EvaluateAm.run(new String[] {"--model", missing.toString(), "--manifest", "m.jsonl"}, System.out, e));
        Path model = AmFixtures.model("am-sub2", dir);
        assertEquals(2, EvaluateAm.run(new String[] {"--model", model.toString(), "--manifest", dir.resolve("no.jsonl").toString()},
                System.out, e));
        String msg = err.toString(StandardCharsets.UTF_8);
        assertTrue(msg.contains("usage: EvaluateAm"), msg);
        assertTrue(msg.contains("none.safetensors"), msg);
        assertTrue(msg.contains("no.jsonl: no such manifest file"), msg);
    }
}
