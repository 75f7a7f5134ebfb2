package org.vaak.asr.recognizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.asr.decoder.CtcGraphs;
import org.vaak.asr.decoder.DecodeResult;
import org.vaak.asr.decoder.DecoderConfig;
import org.vaak.asr.transcript.Transcript;
import org.vaak.asr.transcript.Word;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.fst.CompactFst;

class RecognizerTest {
    static final String SCRIPT = "_:200 a:120 b:120 _:150 c:120 a:120 _:300 b:140 _:220";
    static final ToneModel MODEL = new ToneModel();

    /** Subword units: ab@@ (a b), ca (c a), b (b). */
    static CompactFst graph() {
        Map<String, List<String>> lex = new LinkedHashMap<>();
        lex.put("ab@@", List.of("a", "b"));
        lex.put("ca", List.of("c", "a"));
        lex.put("b", List.of("b"));
        return CtcGraphs.wordLoop(List.of(ToneModel.PHONES), lex, true, 1.0f);
    }

    @Test
    void offlineRecognitionJoinsSubwordsWithTimes() {
        Recognizer r = new Recognizer(MODEL, graph(), DecoderConfig.DEFAULT, Language.TAMIL);
        Transcript t = r.recognize(Signals.script(SCRIPT, 1));
        assertEquals("abca b", t.text());
        assertTrue(t.complete());
        Word abca = t.words().get(0);
        assertEquals(2, abca.subwords().size());
        // tones start at 0.20 s (a), 0.59 s (c), 1.13 s (b); ends at 0.44, 0.83, 1.27 s; 20 ms frames and
        // a 25 ms window blur each edge by at most two frames
        assertEquals(0.20, abca.start(), 0.045);
        assertEquals(0.59, abca.subwords().get(1).start(), 0.045);
        assertEquals(0.83, abca.end(), 0.045);
        assertEquals(1.13, t.words().get(1).start(), 0.045);
        assertEquals(1.27, t.words().get(1).end(), 0.045);
        assertEquals(1.49, t.duration(), 1e-9);
        assertTrue(abca.confidence() > 0.5 && abca.confidence() <= 1.0);
    }

    @Test
    void streamingEqualsOfflineForEveryChunkAndBlockSize() {
        float[] x = Signals.script(SCRIPT, 2);
        Recognizer offline = new Recognizer(MODEL, graph(), DecoderConfig.DEFAULT, Language.TAMIL);
        DecodeResult ref = offline.decode(x);
        Transcript refT = offline.recognize(x);
        assertEquals("abca b", refT.text());
        for (int block : new int[] {1, 7, 50}) {
            StreamingRecognizer s = new StreamingRecognizer(MODEL, graph(), DecoderConfig.DEFAULT, Language.TAMIL,
                    block);
            for (int chunk : new int[] {1, 160, 999, 4096, x.length}) {
                s.reset();
                boolean sawPartial = false;
                for (int off = 0; off < x.length; off += chunk) {
                    s.accept(x, off, Math.min(chunk, x.length - off));
                    Transcript p = s.partial();
                    assertFalse(p.complete());
                    sawPartial |= p.text().startsWith("abca");
                }
                DecodeResult got = s.finishDecode();
                assertEquals(ref, got, "block " + block + ", chunk " + chunk);
                assertEquals(refT, s.finish(), "block " + block + ", chunk " + chunk);
                assertTrue(sawPartial || chunk == x.length, "no partial result before the end, chunk " + chunk);
            }
        }
    }

    @Test
    void longStreamKeepsFeatureBufferBounded() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sb.append("_:200 a:120 b:120 _:150 c:120 a:120 _:300 b:140 ");
        }
        float[] x = Signals.script(sb.toString(), 3); // 77 s
        StreamingRecognizer s = new StreamingRecognizer(MODEL, graph(), DecoderConfig.DEFAULT, Language.TAMIL, 20);
        for (int off = 0; off < x.length; off += 1600) {
            s.accept(x, off, Math.min(1600, x.length - off));
        }
        Transcript t = s.finish();
        assertEquals(120, t.words().size());
        assertEquals("abca b", t.words().get(118).text() + " " + t.words().get(119).text());
        // one block (20 output frames = 40 features) plus context plus one chunk (10 features), never the audio
        int bound = 20 * ToneModel.SUB + ToneModel.LEFT + ToneModel.RIGHT + 2 * ToneModel.SUB + 10;
        assertTrue(s.maxBufferedFrames() <= bound, "buffered " + s.maxBufferedFrames() + " > " + bound);
    }

    @Test
    void silenceAndTooShortInputGiveEmptyTranscripts() {
        Recognizer r = new Recognizer(MODEL, graph(), DecoderConfig.DEFAULT, Language.TAMIL);
        assertEquals("", r.recognize(new float[0]).text());
        assertEquals("", r.recognize(new float[100]).text());
        assertEquals("", r.recognize(Signals.script("_:500", 4)).text());
        StreamingRecognizer s = new StreamingRecognizer(MODEL, graph(), DecoderConfig.DEFAULT, Language.TAMIL, 5);
        assertEquals("", s.finish().text());
        assertThrows(IllegalStateException.class, () -> s.accept(new float[1], 0, 1));
    }

    @Test
    void mismatchedGraphSymbolsAreRejected() {
        CompactFst g = graph().withSymbols(CtcGraphs.inputSymbols("a", "x", "c"), graph().outputSymbols());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Recognizer(MODEL, g, DecoderConfig.DEFAULT, Language.TAMIL, "g.fst"));
        assertEquals("g.fst: input symbol 3 of the decoding graph is 'x' but the acoustic model expects 'b'",
                e.getMessage());
        CompactFst none = graph().withSymbols(null, null);
        assertThrows(IllegalArgumentException.class,
                () -> new StreamingRecognizer(MODEL, none, DecoderConfig.DEFAULT, Language.TAMIL, 5));
    }

    @Test
    void filesAtOtherRatesAreResampled(@TempDir Path dir) throws IOException {
        float[] x = Signals.script(SCRIPT, 5);
        Path wav = dir.resolve("a.wav");
        writeWav16(wav, x, 16000);
        Recognizer r = new Recognizer(MODEL, graph(), DecoderConfig.DEFAULT, Language.TAMIL);
        assertEquals("abca b", r.transcribe(wav).text());
        StreamingRecognizer s = new StreamingRecognizer(MODEL, graph(), DecoderConfig.DEFAULT, Language.TAMIL, 16);
        assertEquals(r.transcribe(wav), s.transcribe(wav));
        Path wav8 = dir.resolve("b.wav");
        float[] y = org.vaak.audio.Resampler.resample(x, 16000, 8000);
        writeWav16(wav8, y, 8000);
        assertEquals("abca b", s.transcribe(wav8).text());
    }

    static void writeWav16(Path p, float[] x, int rate) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * x.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * x.length).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(2 * x.length);
        for (float v : x) {
            b.putShort((short) Math.round(Math.max(-1, Math.min(1, v)) * 32767));
        }
        Files.write(p, b.array());
    }
}
