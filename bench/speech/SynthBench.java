import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vaak.audio.Resampler;
import org.vaak.audio.corpus.PcmWavWriter;
import org.vaak.audio.synth.EspeakSynthesizer;
import org.vaak.audio.synth.Speech;
import org.vaak.audio.synth.Voice;

/**
 * In-process espeak-ng speed on given sentences (lines: voice TAB wpm TAB pitch TAB text), one thread,
 * after a warm-up: synthesis alone, and synthesis + resampling to 16 kHz + WAV writing.
 * Run: java -cp CLASSPATH bench/speech/SynthBench.java sentences.tsv outdir
 */
public class SynthBench {
    public static void main(String[] args) throws Exception {
        List<String[]> rows = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
                .map(l -> l.split("\t", 4)).toList();
        Path out = Path.of(args[1]);
        try (EspeakSynthesizer s = EspeakSynthesizer.open(true)) {
            for (int i = 0; i < Math.min(10, rows.size()); i++) {
                speak(s, rows.get(i));
            }
            double audio = 0;
            long t0 = System.nanoTime();
            for (String[] r : rows) {
                audio += speak(s, r).seconds();
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            System.out.printf("in-process synthesis only: %d utterances, %.1f s of audio in %.2f s (%.1fx real time)%n",
                    rows.size(), audio, wall, audio / wall);
            t0 = System.nanoTime();
            int i = 0;
            for (String[] r : rows) {
                Speech sp = speak(s, r);
                float[] x = Resampler.resample(sp.samples(), sp.sampleRate(), 16000);
                PcmWavWriter.write(out.resolve("b" + i++ + ".wav"), x, 16000);
            }
            wall = (System.nanoTime() - t0) / 1e9;
            System.out.printf("in-process synthesis + 16 kHz + WAV: %.1f s of audio in %.2f s (%.1fx real time)%n",
                    audio, wall, audio / wall);
        }
    }

    private static Speech speak(EspeakSynthesizer s, String[] r) throws Exception {
        String[] v = r[0].split("\\+");
        return s.speak(r[3], new Voice(v[0], v.length > 1 ? v[1] : "", Integer.parseInt(r[1]), Integer.parseInt(r[2]), 50));
    }
}
