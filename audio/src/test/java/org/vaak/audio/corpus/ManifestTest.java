package org.vaak.audio.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir
    Path dir;

    @Test
    void roundTripKeepsRelativePathsAndText() throws IOException {
        Path m = dir.resolve("sub/train.jsonl");
        List<Utterance> utts = List.of(
                new Utterance("u1", dir.resolve("sub/wav/u1.wav"), 1.25, "வணக்கம் நண்பரே", "m3"),
                new Utterance("u2", Path.of("/elsewhere/u2.wav"), 0.5, "ಮರಗಳನ್ನು", "f1"));
        Manifest.write(m, utts);
        List<String> lines = Files.readAllLines(m, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("\"audio_filepath\":\"wav/u1.wav\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"audio_filepath\":\"/elsewhere/u2.wav\""), lines.get(1));
        assertEquals(utts, Manifest.read(m));
    }

    @Test
    void idDefaultsToFileNameAndSpeakerToUnknown() throws IOException {
        Path m = dir.resolve("m.jsonl");
        Files.writeString(m, "{\"audio_filepath\":\"a/x.wav\",\"duration\":2,\"text\":\"அ\"}\n\n");
        Utterance u = Manifest.read(m).get(0);
        assertEquals("x", u.id());
        assertEquals("unknown", u.speaker());
        assertEquals(dir.resolve("a/x.wav"), u.audio());
        assertEquals(2.0, u.duration());
    }

    @Test
    void textIsNormalisedToNfc() throws IOException {
        Path m = dir.resolve("m.jsonl");
        // ொ written as its two parts (U+0BC6 U+0BBE) becomes the single code point U+0BCA.
        Files.writeString(m, "{\"audio_filepath\":\"x.wav\",\"duration\":1,\"text\":\"கெ\u0bbe\"}\n");
        assertEquals("கொ", Manifest.read(m).get(0).text());
    }

    @Test
    void errorsNameFileAndLine() throws IOException {
        Path m = dir.resolve("bad.jsonl");
        Files.writeString(m, "{\"audio_filepath\":\"x.wav\",\"duration\":1,\"text\":\"a\"}\n{\"audio_filepath\":\"y.wav\",\"text\":\"b\"}\n");
        CorpusException e = assertThrows(CorpusException.class, () -> Manifest.read(m));
        assertTrue(e.getMessage().startsWith(m + ":2: "), e.getMessage());
        assertTrue(e.getMessage().contains("duration"), e.getMessage());

        Files.writeString(m, "not json\n");
        e = assertThrows(CorpusException.class, () -> Manifest.read(m));
        assertTrue(e.getMessage().startsWith(m + ":1: not a JSON object"), e.getMessage());

        Files.writeString(m, "{\"audio_filepath\":\"x.wav\",\"duration\":1,\"text\":\"a\"}\n{\"audio_filepath\":\"d/x.wav\",\"duration\":1,\"text\":\"b\"}\n");
        e = assertThrows(CorpusException.class, () -> Manifest.read(m));
        assertTrue(e.getMessage().contains(":2: duplicate utterance id 'x'"), e.getMessage());

        e = assertThrows(CorpusException.class, () -> Manifest.read(dir.resolve("missing.jsonl")));
        assertTrue(e.getMessage().contains("missing.jsonl: no such manifest file"), e.getMessage());
    }

    @Test
    void failedWriteKeepsTheOldFile() throws IOException {
        Path m = dir.resolve("keep.jsonl");
        Files.writeString(m, "old\n");
        List<Utterance> bad = new java.util.ArrayList<>();
        bad.add(new Utterance("a", dir.resolve("a.wav"), 1, "x", "s"));
        bad.add(null);
        assertThrows(NullPointerException.class, () -> Manifest.write(m, bad));
        assertEquals("old\n", Files.readString(m));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }
}
