import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.vaak.asr.am.ConformerConfig;
import org.vaak.asr.am.ConformerCtcModel;
import org.vaak.asr.am.ConformerCtcWriter;
import org.vaak.asr.am.ConformerTensors;
import org.vaak.asr.am.Precision;
import org.vaak.audio.FeatureConfig;
import org.vaak.audio.FeatureExtractor;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.Phone;
import org.vaak.lexicons.g2p.PhoneSet;
import org.vaak.runtime.kernel.Parallel;

/**
 * Speed of log-mel features + the acoustic model (spec default size, seeded random weights) on one thread.
 *   java -cp CP bench/asr/AmSpeed.java PRECISION SECONDS REPEATS [MODEL]
 * Prints the real-time factor of features, of the model and of both (median of REPEATS runs after one
 * warm-up run; wall clock, and the model's CPU time on its thread, which a busy machine inflates less),
 * and the process's peak resident memory (VmHWM) and peak Java heap.
 */
public class AmSpeed {
    public static void main(String[] args) throws Exception {
        Precision precision = Precision.parse(args[0]);
        double seconds = Double.parseDouble(args[1]);
        int repeats = Integer.parseInt(args[2]);
        Parallel.setThreads(1);
        Path model = args.length > 3 ? Path.of(args[3]) : randomModel();
        ConformerCtcModel m = ConformerCtcModel.load(model, precision);
        float[] audio = audio((int) (seconds * 16000), 7);
        double[] feat = new double[repeats];
        double[] am = new double[repeats];
        double[] amCpu = new double[repeats];
        double[] featCpu = new double[repeats];
        var threads = ManagementFactory.getThreadMXBean();
        for (int r = -1; r < repeats; r++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            float[][] f = FeatureExtractor.compute(audio, FeatureConfig.DEFAULT);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            float[][] lp = m.logPosteriors(f);
            long c2 = threads.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            if (lp.length != (f.length + 1) / 2) {
                throw new IllegalStateException("unexpected output length " + lp.length);
            }
            if (r >= 0) {
                feat[r] = (t1 - t0) / 1e9;
                am[r] = (t2 - t1) / 1e9;
                amCpu[r] = (c2 - c1) / 1e9;
                featCpu[r] = (c1 - c0) / 1e9;
            }
        }
        Arrays.sort(feat);
        Arrays.sort(am);
        Arrays.sort(amCpu);
        Arrays.sort(featCpu);
        double fm = feat[repeats / 2];
        double amm = am[repeats / 2];
        long heap = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                heap += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf(java.util.Locale.ROOT,
                "%s d=%d blocks=%d: %.0f s audio, 1 thread: features %.3f s (RTF %.4f), model %.3f s (RTF %.4f), total RTF %.4f"
                        + " [model RTF min %.4f max %.4f]; CPU time on the thread: features RTF %.4f, model RTF %.4f, total RTF %.4f;"
                        + " peak RSS %d MiB, peak heap %d MiB%n",
                precision, m.config().d(), m.config().blocks(), seconds, fm, fm / seconds, amm, amm / seconds, (fm + amm) / seconds,
                am[0] / seconds, am[repeats - 1] / seconds, featCpu[repeats / 2] / seconds,
                amCpu[repeats / 2] / seconds, (featCpu[repeats / 2] + amCpu[repeats / 2]) / seconds, peakRssKb() / 1024, heap >> 20);
    }

    static long peakRssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** Seeded noise with a few tones, at speech-like levels. */
    static float[] audio(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (0.2 * Math.sin(2 * Math.PI * 220 * i / 16000.0) + 0.1 * Math.sin(2 * Math.PI * 1250 * i / 16000.0)
                    + 0.05 * r.nextGaussian());
        }
        return x;
    }

    /** The spec's default network for Tamil with seeded random weights, written to a temporary file. */
    static Path randomModel() throws Exception {
        List<String> phones = PhoneSet.of(Language.TAMIL).phones().stream().map(Phone::name).toList();
        ConformerConfig c = ConformerConfig.defaults("ta", phones);
        Map<String, float[]> w = ConformerTensors.random(c, 2024);
        Path dir = Files.createTempDirectory("am-speed");
        dir.toFile().deleteOnExit(); // registered first: deleted last, after the file
        Path p = dir.resolve("am-random-d144.safetensors");
        ConformerCtcWriter.write(p, c, FeatureConfig.DEFAULT, w, "f32", "{\"note\":\"random weights, seed 2024\"}");
        p.toFile().deleteOnExit();
        return p;
    }
}
