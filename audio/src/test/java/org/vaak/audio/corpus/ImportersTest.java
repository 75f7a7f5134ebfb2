package org.vaak.audio.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.audio.AudioFiles;

class ImportersTest {
    @TempDir
    Path dir;

    /** A WAV file of {@code n} samples of a ramp at {@code rate}. */
    private Path wav(Path file, int n, int rate) throws Exception {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i % 100) / 200f;
        }
        PcmWavWriter.write(file, x, rate);
        return file;
    }

    private static void write(Path f, String text) throws Exception {
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    @Test
    void openSlrLineIndex() throws Exception {
        Path f = dir.resolve("ta_in_female");
        wav(f.resolve("taf_02345_00348037167.wav"), 8000, 16000);
        wav(f.resolve("taf_02345_00348037168.wav"), 24000, 48000);
        write(f.resolve("line_index.tsv"), "taf_02345_00348037167\tவணக்கம் நண்பரே\n\ntaf_02345_00348037168\t  கோப்பை சேமி \n");
        List<Utterance> u = OpenSlrImporter.read(dir);
        assertEquals(2, u.size());
        assertEquals(new Utterance("taf_02345_00348037167", f.resolve("taf_02345_00348037167.wav").toAbsolutePath(), 0.5,
                "வணக்கம் நண்பரே", "taf_02345"), u.get(0));
        assertEquals(0.5, u.get(1).duration(), 1e-9);
        assertEquals("கோப்பை சேமி", u.get(1).text());

        write(f.resolve("line_index.tsv"), "taf_02345_00348037167\tவணக்கம்\ntaf_02345_00000000009\tஇல்லை\n");
        CorpusException e = assertThrows(CorpusException.class, () -> OpenSlrImporter.read(dir));
        assertTrue(e.getMessage().contains("line_index.tsv:2") && e.getMessage().contains("missing"), e.getMessage());
        write(f.resolve("line_index.tsv"), "no tab here\n");
        e = assertThrows(CorpusException.class, () -> OpenSlrImporter.read(dir));
        assertTrue(e.getMessage().contains("line_index.tsv:1: expected fileid<TAB>transcript"), e.getMessage());
    }

    @Test
    void mileFolders() throws Exception {
        Path train = dir.resolve("mile_tamil/train");
        wav(train.resolve("audio_files/MILE_03_SP_2496_UTT_0116.wav"), 16000, 16000);
        wav(train.resolve("audio_files/MILE_03_SP_2497_UTT_0001.wav"), 4000, 16000);
        write(train.resolve("trans_files/MILE_03_SP_2496_UTT_0116.txt"), "  வணக்கம்\n நண்பரே \n");
        write(train.resolve("trans_files/MILE_03_SP_2497_UTT_0001.txt"), "உதவி");
        List<Utterance> u = MileImporter.read(dir);
        assertEquals(List.of("MILE_03_SP_2496_UTT_0116", "MILE_03_SP_2497_UTT_0001"), u.stream().map(Utterance::id).toList());
        assertEquals("வணக்கம் நண்பரே", u.get(0).text());
        assertEquals("MILE_03_SP_2496", u.get(0).speaker());
        assertEquals(1.0, u.get(0).duration(), 1e-9);
        assertEquals(0.25, u.get(1).duration(), 1e-9);
        Files.delete(train.resolve("trans_files/MILE_03_SP_2497_UTT_0001.txt"));
        CorpusException e = assertThrows(CorpusException.class, () -> MileImporter.read(dir));
        assertTrue(e.getMessage().contains("MILE_03_SP_2497_UTT_0001.txt is missing"), e.getMessage());
    }

    @Test
    void commonVoiceWithClipDurations() throws Exception {
        Path cv = dir.resolve("cv/ta");
        write(cv.resolve("clips/common_voice_ta_1.mp3"), "not really mp3");
        write(cv.resolve("clips/common_voice_ta_2.mp3"), "not really mp3");
        write(cv.resolve("clip_durations.tsv"), "clip\tduration[ms]\ncommon_voice_ta_1.mp3\t2520\ncommon_voice_ta_2.mp3\t1000\n");
        write(cv.resolve("validated.tsv"), "client_id\tpath\tsentence_id\tsentence\tup_votes\n"
                + "abc123\tcommon_voice_ta_1.mp3\tx\tவணக்கம் நண்பரே\t2\n"
                + "def456\tcommon_voice_ta_2.mp3\ty\tஉதவி பெறு\t3\n");
        List<Utterance> u = CommonVoiceImporter.read(cv);
        assertEquals(2, u.size());
        assertEquals(new Utterance("common_voice_ta_1", cv.resolve("clips/common_voice_ta_1.mp3").toAbsolutePath(), 2.52,
                "வணக்கம் நண்பரே", "abc123"), u.get(0));
        assertEquals("def456", u.get(1).speaker());

        write(cv.resolve("train.tsv"), "client_id\tpath\n");
        CorpusException e = assertThrows(CorpusException.class, () -> CommonVoiceImporter.read(cv.resolve("train.tsv")));
        assertTrue(e.getMessage().contains("train.tsv:1: no 'sentence' column"), e.getMessage());
        write(cv.resolve("test.tsv"), "client_id\tpath\tsentence\nabc\tcommon_voice_ta_9.mp3\tஇல்லை\n");
        e = assertThrows(CorpusException.class, () -> CommonVoiceImporter.read(cv.resolve("test.tsv")));
        assertTrue(e.getMessage().contains("test.tsv:2: clip") && e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void commonVoiceWithoutDurationsAsksFfprobe() throws Exception {
        Path cv = dir.resolve("cv2");
        write(cv.resolve("clips/a.mp3"), "garbage");
        write(cv.resolve("dev.tsv"), "client_id\tpath\tsentence\nabc\ta.mp3\tவணக்கம்\n");
        CorpusException e = assertThrows(CorpusException.class, () -> CommonVoiceImporter.read(cv.resolve("dev.tsv")));
        assertTrue(e.getMessage().startsWith(cv.resolve("dev.tsv") + ":2: "), e.getMessage());
        assertTrue(e.getMessage().contains("ffprobe"), e.getMessage());
    }

    @Test
    void kaldiRoundTrip() throws Exception {
        Path a = wav(dir.resolve("audio/a.wav"), 8000, 16000);
        Path b = wav(dir.resolve("audio/b.wav"), 16000, 16000);
        List<Utterance> in = List.of(
                new Utterance("u2", b, 1.0, "கோப்பை  சேமி", "spk1"),
                new Utterance("spk2-u1", a, 0.5, "வணக்கம்", "spk2"),
                new Utterance("u1", a, 0.5, "உதவி", "spk1"));
        Path data = dir.resolve("data/train");
        KaldiDataDir.write(data, in);
        assertEquals(List.of("spk1-u1 " + a.toAbsolutePath(), "spk1-u2 " + b.toAbsolutePath(), "spk2-u1 " + a.toAbsolutePath()),
                Files.readAllLines(data.resolve("wav.scp")));
        assertEquals(List.of("spk1-u1 உதவி", "spk1-u2 கோப்பை சேமி", "spk2-u1 வணக்கம்"), Files.readAllLines(data.resolve("text")));
        assertEquals(List.of("spk1-u1 spk1", "spk1-u2 spk1", "spk2-u1 spk2"), Files.readAllLines(data.resolve("utt2spk")));
        assertEquals(List.of("spk1 spk1-u1 spk1-u2", "spk2 spk2-u1"), Files.readAllLines(data.resolve("spk2utt")));

        List<Utterance> back = KaldiDataDir.read(data, dir.resolve("segs"));
        assertEquals(List.of(new Utterance("spk1-u1", a.toAbsolutePath(), 0.5, "உதவி", "spk1"),
                new Utterance("spk1-u2", b.toAbsolutePath(), 1.0, "கோப்பை சேமி", "spk1"),
                new Utterance("spk2-u1", a.toAbsolutePath(), 0.5, "வணக்கம்", "spk2")), back);
    }

    @Test
    void kaldiSegmentsAreCutIntoFiles() throws Exception {
        Path rec = wav(dir.resolve("rec.wav"), 32000, 16000);
        Path data = dir.resolve("kaldi");
        write(data.resolve("wav.scp"), "rec1 " + rec + "\n");
        write(data.resolve("segments"), "s-1 rec1 0.00 0.50\ns-2 rec1 1.25 2.00\n");
        write(data.resolve("text"), "s-1 ஒன்று\ns-2 இரண்டு மூன்று\n");
        write(data.resolve("utt2spk"), "s-1 s\ns-2 s\n");
        List<Utterance> u = KaldiDataDir.read(data, dir.resolve("cut"));
        assertEquals(2, u.size());
        assertEquals(0.5, u.get(0).duration(), 1e-9);
        assertEquals(0.75, u.get(1).duration(), 1e-9);
        float[] whole = AudioFiles.read(rec).samples();
        float[] second = AudioFiles.read(u.get(1).audio()).samples();
        assertEquals(12000, second.length);
        for (int i = 0; i < second.length; i++) {
            assertEquals(whole[20000 + i], second[i], 0f);
        }
        write(data.resolve("segments"), "s-1 rec1 0.00 0.50\ns-2 rec9 1.25 2.00\n");
        CorpusException e = assertThrows(CorpusException.class, () -> KaldiDataDir.read(data, dir.resolve("cut")));
        assertTrue(e.getMessage().endsWith("segments:2: recording rec9 is not in wav.scp"), e.getMessage());
    }

    @Test
    void kaldiPipesAreRefused() throws Exception {
        Path data = dir.resolve("piped");
        write(data.resolve("wav.scp"), "r1 sox /data/r1.flac -t wav -r 16000 - |\n");
        write(data.resolve("text"), "r1 ஒன்று\n");
        write(data.resolve("utt2spk"), "r1 s\n");
        CorpusException e = assertThrows(CorpusException.class, () -> KaldiDataDir.read(data, dir));
        assertTrue(e.getMessage().startsWith(data.resolve("wav.scp") + ":1: command pipes"), e.getMessage());
        Files.delete(data.resolve("utt2spk"));
        write(data.resolve("wav.scp"), "r1 " + wav(dir.resolve("r1.wav"), 10, 16000) + "\n");
        e = assertThrows(CorpusException.class, () -> KaldiDataDir.read(data, dir));
        assertTrue(e.getMessage().contains("utt2spk: missing"), e.getMessage());
    }

    @Test
    void ffprobeReadsDurationsWhenInstalled() throws Exception {
        assumeTrue(AudioDurations.ffprobe().isPresent(), "ffprobe is not installed");
        Path w = wav(dir.resolve("x.wav"), 16000, 16000);
        Path copy = dir.resolve("x.bin");
        Files.copy(w, copy);
        assertEquals(1.0, AudioDurations.of(copy), 1e-3);
    }
}
