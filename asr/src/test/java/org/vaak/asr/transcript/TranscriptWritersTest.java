package org.vaak.asr.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.asr.decoder.DecodeResult;
import org.vaak.asr.decoder.DecodedUnit;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Joiner;

class TranscriptWritersTest {
    /** படி@@ த்த்@@ ஆன் then, after a 1.2 s pause, மரம்; 40 ms frames. */
    static Transcript sample() {
        DecodeResult r = new DecodeResult(List.of(
                new DecodedUnit(1, "படி@@", 5, 9, 0.9),
                new DecodedUnit(2, "த்த்@@", 10, 14, 0.8),
                new DecodedUnit(3, "ஆன்", 15, 19, 0.95),
                new DecodedUnit(4, "மரம்", 50, 60, 0.7)), 12.5, true, 75);
        return new WordAssembler(new Joiner(Language.TAMIL), 0.04).assemble(r, 3.0, true);
    }

    @Test
    void subwordsJoinIntoWordsWithTimesAndMinimumConfidence() {
        Transcript t = sample();
        assertEquals("படித்தான் மரம்", t.text());
        Word w = t.words().get(0);
        assertEquals(0.2, w.start(), 1e-9);
        assertEquals(0.8, w.end(), 1e-9);
        assertEquals(0.8, w.confidence(), 1e-12);
        assertEquals(List.of("படி", "த்த்", "ஆன்"), w.subwords().stream().map(Subword::text).toList());
        assertEquals(0.6, w.subwords().get(2).start(), 1e-9);
        assertEquals(1, t.words().get(1).subwords().size());
    }

    @Test
    void danglingContinuationClosesTheLastWord() {
        DecodeResult r = new DecodeResult(List.of(new DecodedUnit(1, "ab@@", 0, 1, 0.5),
                new DecodedUnit(2, "@@", 2, 2, 0.9), new DecodedUnit(3, "cd@@", 3, 4, 0.6)), 0, false, 5);
        Transcript t = new WordAssembler(new Joiner(Language.KANNADA), 0.01).assemble(r, 0.05, false);
        // "@@" alone is not a marked piece: it ends the word, as in SubwordText.joinLine
        assertEquals("ab@@ cd", t.text());
    }

    @Test
    void plainText() {
        assertEquals("படித்தான் மரம்\n", new PlainTextWriter().toString(sample(), "utt1"));
    }

    @Test
    void json() {
        assertEquals("{\"id\":\"utt1\",\"text\":\"படித்தான் மரம்\",\"duration\":3.0,\"words\":["
                + "{\"word\":\"படித்தான்\",\"start\":0.2,\"end\":0.8,\"confidence\":0.8,\"subwords\":["
                + "{\"text\":\"படி\",\"start\":0.2,\"end\":0.4,\"confidence\":0.9},"
                + "{\"text\":\"த்த்\",\"start\":0.4,\"end\":0.6,\"confidence\":0.8},"
                + "{\"text\":\"ஆன்\",\"start\":0.6,\"end\":0.8,\"confidence\":0.95}]},"
                + "{\"word\":\"மரம்\",\"start\":2.0,\"end\":2.44,\"confidence\":0.7,\"subwords\":["
                + "{\"text\":\"மரம்\",\"start\":2.0,\"end\":2.44,\"confidence\":0.7}]}]}\n",
                new JsonWriter().toString(sample(), "utt1"));
    }

    @Test
    void partialResultsHaveNullConfidenceInJson() {
        DecodeResult r = new DecodeResult(List.of(new DecodedUnit(1, "ab@@", 0, 1, Double.NaN),
                new DecodedUnit(2, "cd", 2, 3, Double.NaN)), 1, false, 4);
        Transcript t = new WordAssembler(new Joiner(Language.TAMIL), 0.5).assemble(r, 2.0, false);
        assertEquals("{\"text\":\"abcd\",\"duration\":2.0,\"words\":[{\"word\":\"abcd\",\"start\":0.0,"
                + "\"end\":2.0,\"confidence\":null,\"subwords\":[{\"text\":\"ab\",\"start\":0.0,\"end\":1.0,"
                + "\"confidence\":null},{\"text\":\"cd\",\"start\":1.0,\"end\":2.0,\"confidence\":null}]}]}\n",
                new JsonWriter().toString(t, null));
    }

    @Test
    void srt() {
        assertEquals("1\n00:00:00,200 --> 00:00:00,800\nபடித்தான்\n\n2\n00:00:02,000 --> 00:00:02,440\nமரம்\n\n",
                new SrtWriter().toString(sample(), null));
    }

    @Test
    void vtt() {
        assertEquals("WEBVTT\n\n00:00:00.200 --> 00:00:00.800\nபடித்தான்\n\n00:00:02.000 --> 00:00:02.440\nமரம்\n\n",
                new VttWriter().toString(sample(), null));
    }

    @Test
    void ctm() {
        assertEquals("utt1 1 0.200 0.600 படித்தான் 0.800\nutt1 1 2.000 0.440 மரம் 0.700\n",
                new CtmWriter().toString(sample(), "utt1"));
        assertThrows(IllegalArgumentException.class, () -> new CtmWriter().toString(sample(), "a b"));
    }

    @Test
    void timestampsAndCueLimits() {
        assertEquals("01:02:05,046", Cues.timestamp(3725.0456, ','));
        assertEquals("00:00:00.000", Cues.timestamp(-0.1, '.'));
        List<Word> words = List.of(w("one", 0, 0.5), w("two", 0.6, 1.0), w("three", 1.1, 1.5), w("four", 1.6, 2.0));
        Transcript t = new Transcript(words, 2.0, true);
        assertEquals(List.of("one two", "three", "four"),
                new Cues(0.8, 10, 9).group(t).stream().map(Cues.Cue::text).toList());
        assertEquals(List.of("one two three", "four"),
                new Cues(0.8, 1.6, 42).group(t).stream().map(Cues.Cue::text).toList());
        assertEquals("WEBVTT\n\n00:00:00.000 --> 00:00:00.500\na&lt;b &amp; c\n\n",
                new VttWriter().toString(new Transcript(List.of(w("a<b & c", 0, 0.5)), 1, true), null));
    }

    @Test
    void formatsByNameAndAtomicFile(@TempDir Path dir) throws Exception {
        assertEquals(TranscriptFormat.VTT, TranscriptFormat.of("VTT"));
        assertThrows(IllegalArgumentException.class, () -> TranscriptFormat.of("doc"));
        Path f = dir.resolve("out/a.srt");
        TranscriptFormat.SRT.write(f, sample(), "a");
        assertEquals(new SrtWriter().toString(sample(), "a"), Files.readString(f, StandardCharsets.UTF_8));
        try (var s = Files.list(f.getParent())) {
            assertEquals(1, s.count());
        }
    }

    static Word w(String text, double start, double end) {
        return new Word(text, start, end, 1.0, List.of(new Subword(text, start, end, 1.0)));
    }
}
