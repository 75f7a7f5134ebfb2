package org.vaak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.audio.corpus.Manifest;
import org.vaak.audio.corpus.PcmWavWriter;
import org.vaak.audio.corpus.Utterance;
import org.vaak.audio.synth.EspeakSynthesizer;
import org.vaak.audio.synth.SynthException;

/** {@code vaak speech-corpus}: import, export-kaldi and synth end to end, in-process. */
class SpeechCorpusCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(oldErr);
    }

    private int run(String... args) {
        err.reset();
        return Vaak.execute(args);
    }

    @Test
    void importNormalisesTranscriptsAndExportsKaldi() throws Exception {
        Path src = dir.resolve("slr65");
        PcmWavWriter.write(src.resolve("taf_00001_001.wav"), new float[16000], 16000);
        PcmWavWriter.write(src.resolve("taf_00001_002.wav"), new float[8000], 16000);
        Files.writeString(src.resolve("line_index.tsv"), "taf_00001_001\t\"வணக்கம்,  நண்பரே!\"\ntaf_00001_002\t...\n");
        Path manifest = dir.resolve("out/m.jsonl");
        assertEquals(0, run("speech-corpus", "import", "--format", "openslr", src.toString(), "-o", manifest.toString()));
        List<Utterance> u = Manifest.read(manifest);
        assertEquals(1, u.size(), "a transcript that normalises to nothing is left out");
        assertEquals("வணக்கம் நண்பரே", u.get(0).text());
        assertEquals("taf_00001", u.get(0).speaker());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 with an empty transcript"), err.toString(StandardCharsets.UTF_8));

        Path kaldi = dir.resolve("kaldi");
        assertEquals(0, run("speech-corpus", "export-kaldi", manifest.toString(), kaldi.toString()));
        assertEquals(List.of("taf_00001_001 வணக்கம் நண்பரே"), Files.readAllLines(kaldi.resolve("text")));
    }

    @Test
    void errorsNameTheFile() {
        assertEquals(1, run("speech-corpus", "import", "--format", "mile", dir.resolve("none").toString(), "-o",
                dir.resolve("m.jsonl").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(dir.resolve("none") + ": not a folder"));
        assertEquals(1, run("speech-corpus", "import", "--format", "wav2vec", dir.toString(), "-o", "m.jsonl"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown format 'wav2vec'"));
        assertEquals(1, run("speech-corpus", "synth", "--lang", "ta", "--train-text", dir.resolve("t.txt").toString(),
                "--test-text", dir.resolve("s.txt").toString(), "-o", dir.toString(), "--hours", "1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("t.txt: no such text file"));
    }

    @Test
    void synthesisesASmallCorpus() throws Exception {
        try {
            EspeakSynthesizer.libraryFile();
        } catch (SynthException e) {
            assumeTrue(false, "libespeak-ng is not installed");
        }
        Path train = dir.resolve("train.txt");
        Path test = dir.resolve("test.txt");
        Files.writeString(train, "வணக்கம் நண்பரே\nகோப்பை சேமி\nfile சேமி\n%s கோப்புகள் நீக்கப்பட்டன\nஉதவி\n");
        Files.writeString(test, "புதிய சாளரம் திற\nகோப்பை சேமி\n");
        Path out = dir.resolve("corpus");
        assertEquals(0, run("speech-corpus", "synth", "--lang", "ta", "--train-text", train.toString(), "--test-text",
                test.toString(), "-o", out.toString(), "--hours", "0.001", "--seed", "4", "--no-phones"));
        String msg = err.toString(StandardCharsets.UTF_8);
        // 3 usable training sentences of 2+ words (the Latin one is not), 1 test sentence not in the training text.
        assertTrue(msg.contains("3 training sentences") && msg.contains("1 held-out test sentences"), msg);
        List<Utterance> t = Manifest.read(out.resolve("test.jsonl"));
        assertEquals(1, t.size());
        assertEquals("புதிய சாளரம் திற", t.get(0).text());
        assertTrue(Manifest.read(out.resolve("train.jsonl")).stream().mapToDouble(Utterance::duration).sum() >= 3.6);
    }
}
