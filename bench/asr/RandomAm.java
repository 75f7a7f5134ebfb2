import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        Map<String, float[]> w = ConformerTensors.random(c, 2024);
        ConformerCtcWriter.write(Path.of(args[1]), c, FeatureConfig.DEFAULT, w, "f32",
                "{\"note\":\"random weights, seed 2024, for speed measurements only\"}");
    }
}
