package org.vaak.audio.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.audio.Audio;
import org.vaak.audio.AudioFiles;
import org.vaak.audio.corpus.Manifest;
import org.vaak.audio.corpus.Utterance;

class SpeechCorpusGeneratorTest {
    @TempDir
    Path dir;

    private static final List<String> TRAIN = List.of("வணக்கம் நண்பரே", "கோப்பை சேமி", "சிறிது நேரம் கழித்து",
            "மீண்டும் முயற்சி செய்யவும்", "உதவி பெறு", "பக்கம் நீக்கப்பட்டது");
    private static final List<String> TEST = List.of("கோப்பை திறக்க முடியவில்லை", "புதிய சாளரம்", "கடவுச்சொல் தவறு");

    private static CorpusPlan plan() {
        CorpusText text = CorpusText.build(TRAIN, TEST, s -> s, s -> true, 2);
        CorpusPlan.Settings d = CorpusPlan.Settings.defaults("ta", 3);
        return new CorpusPlan(text, new CorpusPlan.Settings("ta", 3, d.trainVariants(), d.heldOutVariants(), 2, 1,
                0.25, 130, 210, 35, 65, 30, 70));
    }

    @Test
    void generatesReadableSplitsAndResumes() throws Exception {
        try {
            EspeakSynthesizer.libraryFile();
        } catch (SynthException e) {
            assumeTrue(false, "libespeak-ng is not installed: " + e.getMessage());
        }
        SpeechCorpusGenerator.Config config = new SpeechCorpusGenerator.Config(16000, 2, Augmentation.DEFAULT, 8 / 3600.0, true);
        SpeechCorpusGenerator.Report first = new SpeechCorpusGenerator(plan(), config, dir).run();
        assertTrue(first.seconds().get("train") >= 8, "at least 8 s of training audio: " + first.seconds());
        assertEquals(2, first.utterances().get("test"));
        assertEquals(1, first.utterances().get("dev"));
        assertEquals(2, first.utterances().get("test-seen-voices"));

        List<Utterance> train = Manifest.read(dir.resolve("train.jsonl"));
        List<Utterance> test = Manifest.read(dir.resolve("test.jsonl"));
        List<Utterance> seen = Manifest.read(dir.resolve("test-seen-voices.jsonl"));
        Set<String> trainSpeakers = new HashSet<>();
        double total = 0;
        for (Utterance u : train) {
            trainSpeakers.add(u.speaker());
            Audio a = AudioFiles.read(u.audio());
            assertEquals(16000, a.sampleRate());
            assertEquals(u.duration(), a.seconds(), 1e-3);
            total += u.duration();
        }
        // The training split stops at the first utterance that reaches the requested hours.
        assertTrue(total >= 8 && total - train.get(train.size() - 1).duration() < 8);
        for (int i = 0; i < test.size(); i++) {
            assertFalse(trainSpeakers.contains(test.get(i).speaker()), "held-out speaker " + test.get(i).speaker());
            assertEquals(test.get(i).text(), seen.get(i).text());
            assertFalse(TRAIN.contains(test.get(i).text()));
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode line = json.readTree(Files.readAllLines(dir.resolve("train.jsonl"), StandardCharsets.UTF_8).get(0));
        assertTrue(line.get("phones").size() > 3);
        assertTrue(line.get("voice").asText().startsWith("ta+"));

        // A rerun finds everything done and writes the same manifests.
        List<String> before = Files.readAllLines(dir.resolve("train.jsonl"));
        SpeechCorpusGenerator.Report again = new SpeechCorpusGenerator(plan(), config, dir).run();
        assertEquals(0, again.synthesizedSeconds());
        assertEquals(before, Files.readAllLines(dir.resolve("train.jsonl")));

        // An interrupted run: a lost WAV and a cut-off progress line are made again, the rest kept.
        Path lost = train.get(0).audio();
        Files.delete(lost);
        Files.writeString(dir.resolve(".progress/train.jsonl"), "{\"id\":\"ta-tr", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        SpeechCorpusGenerator.Report resumed = new SpeechCorpusGenerator(plan(), config, dir).run();
        assertTrue(Files.exists(lost));
        assertEquals(train.get(0).duration(), resumed.synthesizedSeconds(), 0.05);
        List<Utterance> after = Manifest.read(dir.resolve("train.jsonl"));
        assertEquals(train.size(), after.size());
        assertEquals(train.get(0).text(), after.get(0).text());
    }
}
