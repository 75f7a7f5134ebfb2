package org.vaak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vaak.asr.AcousticModel;
import picocli.CommandLine;

/** {@code vaak transcribe} and {@code vaak eval-asr} end to end, in-process, on tiny systems built here. */
class TranscribeCommandTest extends CommandTest {
    static final String MA_NI = "_:200 m:120 a::120 _:200 n_d:120 i::120 _:250";
    static final String MI_NA_MA = "_:150 m:120 i::120 _:200 n_d:120 a::120 _:200 m:120 a::140 _:200";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs a command whose acoustic model is {@code model} instead of the system's file. */
    private int runWith(AcousticModel model, boolean eval, String... args) {
        out.reset();
        err.reset();
        CommandLine cl = new CommandLine(eval ? new EvalAsrCommand(model) : new TranscribeCommand(model));
        cl.setErr(new PrintWriter(System.err, true));
        cl.setExecutionExceptionHandler(new Errors());
        return cl.execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String cache() {
        return dir.resolve("cache").toString();
    }

    @Test
    void toneModelGivesTheKnownTranscriptThroughTheCommand() throws Exception {
        Path sys = AsrFixtures.wordSystem(dir.resolve("sys"));
        Path wav = Wavs.mono16k(dir.resolve("ma-ni.wav"), Wavs.script(MA_NI, 1));
        TamilToneModel tone = new TamilToneModel();
        assertEquals(0, runWith(tone, false, "--system", sys.toString(), "--cache", cache(), wav.toString()), err());
        assertEquals("மா நீ\n", out());
        assertTrue(err().contains("building the decoding graph of tiny-words"), err());
        // second run: the graph comes from the cache
        assertEquals(0, runWith(tone, false, "--system", sys.toString(), "--cache", cache(), "--format", "json",
                wav.toString()), err());
        assertFalse(err().contains("building"), err());
        JsonNode j = JSON.readTree(out());
        assertEquals("ma-ni", j.get("id").asText());
        assertEquals("மா நீ", j.get("text").asText());
        assertEquals(2, j.get("words").size());
        assertEquals("மா", j.get("words").get(0).get("word").asText());
        // m starts at 0.20 s; 20 ms frames and the 25 ms window blur the edge by at most two frames
        assertEquals(0.20, j.get("words").get(0).get("start").asDouble(), 0.045);
        // word graphs place a word's label where the word becomes unambiguous (here its second phone), so
        // later word boundaries are not checked here (docs/transcribe.md); the words are in order in the audio
        double s0 = j.get("words").get(0).get("start").asDouble();
        double e0 = j.get("words").get(0).get("end").asDouble();
        double s1 = j.get("words").get(1).get("start").asDouble();
        double e1 = j.get("words").get(1).get("end").asDouble();
        assertTrue(s0 < e0 && e0 <= s1 && s1 < e1 && e1 <= 1.13, j.toString());
        assertEquals(1.13, j.get("duration").asDouble(), 1e-9);
    }

    @Test
    void manifestResultsComeInManifestOrderOnStandardOutput() throws Exception {
        Path sys = AsrFixtures.wordSystem(dir.resolve("sys"));
        TamilToneModel tone = new TamilToneModel();
        Wavs.mono16k(dir.resolve("a.wav"), Wavs.script(MA_NI, 2));
        Wavs.mono16k(dir.resolve("b.wav"), Wavs.script(MI_NA_MA, 3));
        Files.writeString(dir.resolve("bad.wav"), "not audio at all");
        Path manifest = dir.resolve("test.jsonl");
        Files.writeString(manifest, """
                {"id": "u2", "audio_filepath": "b.wav", "duration": 1.6, "text": "மீ நா மா", "speaker": "s"}
                {"id": "u1", "audio_filepath": "a.wav", "duration": 1.1, "text": "மா நீ", "speaker": "s"}
                {"id": "u3", "audio_filepath": "bad.wav", "duration": 1.0, "text": "மா", "speaker": "s"}
                {"id": "u4", "audio_filepath": "a.wav", "duration": 1.1, "text": "மா நீ!", "speaker": "s"}
                """);
        assertEquals(1, runWith(tone, false, "--system", sys.toString(), "--cache", cache(), "--threads", "2",
                manifest.toString()));
        assertEquals("மீ நா மா\nமா நீ\n\nமா நீ\n", out());
        assertTrue(err().contains("vaak transcribe: " + dir.resolve("bad.wav") + ": "), err());
        assertEquals(1, runWith(tone, false, "--system", sys.toString(), "--cache", cache(), "--format", "json",
                manifest.toString()));
        List<String> lines = out().lines().toList();
        assertEquals(4, lines.size());
        assertEquals(List.of("u2", "u1", "u3", "u4"), lines.stream().map(l -> read(l).get("id").asText()).toList());
        assertEquals("மீ நா மா", read(lines.get(0)).get("text").asText());
        assertTrue(read(lines.get(2)).get("error").asText().startsWith(dir.resolve("bad.wav").toString()));

        // eval-asr on the same manifest: u3 fails, the others are exact except u4's punctuation (dropped)
        Path report = dir.resolve("report.json");
        assertEquals(1, runWith(tone, true, "--manifest", manifest.toString(), "--system", sys.toString(), "--cache",
                cache(), "--report", report.toString(), "-q"));
        JsonNode r = JSON.readTree(report.toFile());
        assertEquals(3, r.get("utterances").asInt());
        assertEquals(1, r.get("failed").asInt());
        assertEquals(7, r.get("words").asInt());
        assertEquals(0.0, r.get("wer").asDouble());
        assertEquals(0.0, r.get("cer").asDouble());
        assertEquals(0.0, r.get("oov_rate").asDouble());
        assertTrue(r.get("rtf_cpu").asDouble() > 0);
        assertTrue(out().contains("WER 0.00% (0 sub, 0 del, 0 ins)"), out());
    }

    @Test
    void evalCountsErrorsAndOutOfVocabularyWords() throws Exception {
        Path sys = AsrFixtures.wordSystem(dir.resolve("sys"));
        Wavs.mono16k(dir.resolve("a.wav"), Wavs.script(MA_NI, 4));
        Path manifest = dir.resolve("t.jsonl");
        // reference "மா வீ நீ": வீ is not in the LM, so one deletion of 3 words and one OOV word
        Files.writeString(manifest, "{\"audio_filepath\": \"a.wav\", \"duration\": 1.0, \"text\": \"மா வீ நீ\"}\n");
        Path report = dir.resolve("r.json");
        assertEquals(0, runWith(new TamilToneModel(), true, "--manifest", manifest.toString(), "--system",
                sys.toString(), "--cache", cache(), "--report", report.toString(), "-q"), err());
        JsonNode r = JSON.readTree(report.toFile());
        assertEquals(1.0 / 3, r.get("wer").asDouble(), 1e-12);
        assertEquals(1, r.get("word_deletions").asInt());
        assertEquals(1.0 / 3, r.get("oov_rate").asDouble(), 1e-12);
        // characters with spaces: "மா வீ நீ" (8) vs "மா நீ" (5): 3 deletions
        assertEquals(3.0 / 8, r.get("cer").asDouble(), 1e-12);
        assertEquals("மா நீ", r.get("per_utterance").get(0).get("hypothesis").asText());
    }

    @Test
    void randomModelBatchIsDeterministicAndEqualOnOneAndTwoThreads() throws Exception {
        Path sys = AsrFixtures.wordSystem(dir.resolve("sys"));
        Path audio = Files.createDirectories(dir.resolve("audio"));
        for (int i = 0; i < 4; i++) {
            Wavs.mono16k(audio.resolve("f" + i + ".wav"), Wavs.script(i % 2 == 0 ? MA_NI : MI_NA_MA, 10 + i));
        }
        // stereo 44.1 kHz: mixed and resampled
        float[] st = new float[44100 * 2];
        for (int i = 0; i < 44100; i++) {
            st[2 * i] = (float) (0.2 * Math.sin(2 * Math.PI * 700 * i / 44100.0));
            st[2 * i + 1] = (float) (0.1 * Math.sin(2 * Math.PI * 300 * i / 44100.0));
        }
        Wavs.write(audio.resolve("g-stereo.wav"), st, 44100, 2);
        Wavs.mono16k(audio.resolve("h-silent.wav"), new float[16000]);
        Files.writeString(audio.resolve("c-text.wav"), "hello");
        Files.write(audio.resolve("d-empty.flac"), new byte[0]);
        Files.writeString(audio.resolve("notes.txt"), "not scanned");
        List<String> runs = new ArrayList<>();
        for (String threads : new String[] {"1", "2", "2"}) {
            Path o = dir.resolve("out" + runs.size());
            assertEquals(1, run("transcribe", "--system", sys.toString(), "--cache", cache(), "--threads", threads,
                    "--format", "json", "-o", o.toString(), audio.toString()));
            assertTrue(err().contains(audio.resolve("c-text.wav") + ": "), err());
            assertTrue(err().contains(audio.resolve("d-empty.flac") + ": empty file"), err());
            assertTrue(err().contains("2 of 8 inputs failed"), err());
            List<String> names;
            try (Stream<Path> s = Files.list(o)) {
                names = s.map(p -> p.getFileName().toString()).sorted().toList();
            }
            assertEquals(List.of("f0.json", "f1.json", "f2.json", "f3.json", "g-stereo.json", "h-silent.json"), names);
            StringBuilder all = new StringBuilder();
            for (String n : names) {
                all.append(Files.readString(o.resolve(n)));
            }
            runs.add(all.toString());
            JsonNode g = JSON.readTree(o.resolve("g-stereo.json").toFile());
            assertEquals(1.0, g.get("duration").asDouble(), 0.001);
            assertEquals("h-silent", JSON.readTree(o.resolve("h-silent.json").toFile()).get("id").asText());
        }
        assertEquals(runs.get(0), runs.get(1));
        assertEquals(runs.get(1), runs.get(2));
    }

    @Test
    void outputFormatsForOneFile() throws Exception {
        Path sys = AsrFixtures.wordSystem(dir.resolve("sys"));
        Path wav = Wavs.mono16k(dir.resolve("x.wav"), Wavs.script(MA_NI, 5));
        TamilToneModel tone = new TamilToneModel();
        String[] expectedStart = {"1\n00:00:00,", "WEBVTT\n\n", "x 1 0."};
        String[] formats = {"srt", "vtt", "ctm"};
        for (int i = 0; i < formats.length; i++) {
            Path o = dir.resolve("x." + formats[i]);
            assertEquals(0, runWith(tone, false, "--system", sys.toString(), "--cache", cache(), "--format",
                    formats[i], "-o", o.toString(), wav.toString()), err());
            String s = Files.readString(o);
            assertTrue(s.startsWith(expectedStart[i]), formats[i] + ": " + s);
            assertTrue(s.contains("மா") && s.contains("நீ"), s);
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void missingDefaultModelUnknownLanguageAndBadSystemsGetClearMessages() throws Exception {
        Path wav = Wavs.mono16k(dir.resolve("x.wav"), Wavs.script(MA_NI, 6));
        Path models = Files.createDirectories(dir.resolve("models"));
        assertEquals(1, run("transcribe", "--models", models.toString(), wav.toString()));
        assertEquals("vaak transcribe: no acoustic model for ta in " + models + ": " + models.resolve("ta/system.json")
                + " does not exist (give a system with --system DIR, or a models folder with --models DIR or "
                + "VAAK_MODELS)\n", err());
        assertEquals(1, run("transcribe", "--lang", "xx", "--models", models.toString(), wav.toString()));
        assertEquals("vaak transcribe: unknown language 'xx': expected ta (Tamil) or kn (Kannada)\n", err());

        Path sys = AsrFixtures.wordSystem(dir.resolve("sys"));
        assertEquals(1, run("transcribe", "--system", sys.toString(), "--lang", "kn", "--cache", cache(),
                wav.toString()));
        assertTrue(err().contains("a Tamil system, but --lang kn was given"), err());
        assertEquals(1, run("transcribe", "--system", sys.toString(), "--beam", "-1", "--cache", cache(),
                wav.toString()));
        assertEquals("vaak transcribe: beam must be positive, got -1.0\n", err());
        assertEquals(1, run("transcribe", "--system", sys.toString(), "--insertion-penalty", "NaN", "--cache", cache(),
                wav.toString()));
        assertEquals("vaak transcribe: insertion penalty must be finite, got NaN\n", err());

        Path am = sys.resolve("am.safetensors");
        byte[] b = Files.readAllBytes(am);
        Files.write(am, java.util.Arrays.copyOf(b, b.length / 2));
        assertEquals(1, run("transcribe", "--system", sys.toString(), "--cache", cache(), wav.toString()));
        assertTrue(err().startsWith("vaak transcribe: " + am), err());

        String json = Files.readString(sys.resolve("system.json"));
        Files.writeString(sys.resolve("system.json"), json.replace("\"units\"", "\"beam_size\": 3, \"units\""));
        assertEquals(1, run("transcribe", "--system", sys.toString(), "--cache", cache(), wav.toString()));
        assertEquals("vaak transcribe: " + sys.resolve("system.json").toAbsolutePath().normalize()
                .toString().replace(sys.toAbsolutePath().normalize().toString(), sys.toString())
                + ": unknown key 'beam_size'\n", err());
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
