import java.util.Random;
import org.vaak.audio.FeatureConfig;
import org.vaak.audio.FeatureExtractor;
import org.vaak.audio.Resampler;

/**
 * Times vaak's log-mel extraction and 44.1 kHz -> 16 kHz resampling on SECONDS of seeded noise (best of 5
 * runs after 2 warm-up runs) and prints seconds of audio processed per second of CPU time.
 *   java -cp audio/target/classes:... bench/audio/LogMelSpeed.java [SECONDS]
 */
public class LogMelSpeed {
    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Random rnd = new Random(1);
        float[] x = new float[seconds * 16000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.1 * rnd.nextGaussian());
        }
        float[] y = new float[seconds * 44100];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (0.1 * rnd.nextGaussian());
        }
        double[] sink = new double[1];
        double feat = best(() -> sink[0] += FeatureExtractor.compute(x, FeatureConfig.DEFAULT)[7][3]);
        double res = best(() -> sink[0] += Resampler.resample(y, 44100, 16000)[1000]);
        System.out.printf("vaak log-mel (80 bins, 25/10 ms): %.3f s for %d s of audio = %.0fx real time%n", feat,
                seconds, seconds / feat);
        System.out.printf("vaak resample 44.1k->16k: %.3f s for %d s of audio = %.0fx real time%n", res, seconds,
                seconds / res);
        System.out.println("(checksum " + sink[0] + ")");
    }

    static double best(Runnable r) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            r.run();
            double s = (System.nanoTime() - t) / 1e9;
            if (i >= 2) {
                best = Math.min(best, s);
            }
        }
        return best;
    }
}
