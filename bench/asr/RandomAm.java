import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.vaak.asr.am.ConformerConfig;
import org.vaak.asr.am.ConformerCtcWriter;
import org.vaak.asr.am.ConformerTensors;
import org.vaak.audio.FeatureConfig;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.Phone;
import org.vaak.lexicons.g2p.PhoneSet;

/**
 * Writes the spec's default-size conformer (d 144, 6 blocks, subsampling 2) for a language with seeded random
 * weights: the same arithmetic as a trained model, so the same speed. Usage: RandomAm LANG OUT.safetensors
 */
public class RandomAm {
    public static void main(String[] args) throws Exception {
        Language lang = Language.fromCode(args[0]);
        List<String> phones = PhoneSet.of(lang).phones().stream().map(Phone::name).toList();
        ConformerConfig c = ConformerConfig.defaults(lang.code(), phones);
        SplittableRandom r = new SplittableRandom(2024);
        Map<String, float[]> w = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : ConformerTensors.shapes(c).entrySet()) {
            int[] s = e.getValue();
            int n = Arrays.stream(s).reduce(1, (a, b) -> a * b);
            float[] v = new float[n];
            String name = e.getKey();
            int fanIn = n / s[0];
            for (int i = 0; i < n; i++) {
                double g = r.nextGaussian();
                v[i] = (float) (name.equals("norm.mean") ? -8 + 2 * g : name.equals("norm.istd") ? 0.4
                        : name.endsWith("ln.weight") ? 1 + 0.1 * g : name.endsWith(".bias") ? 0.1 * g : g / Math.sqrt(fanIn));
            }
            w.put(name, v);
        }
        ConformerCtcWriter.write(Path.of(args[1]), c, FeatureConfig.DEFAULT, w, "f32",
                "{\"note\":\"random weights, seed 2024, for speed measurements only\"}");
    }
}
