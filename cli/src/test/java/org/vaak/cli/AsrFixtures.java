package org.vaak.cli;

import java.io.IOException;
import java.nio.file.Files;
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

/** A tiny real recognition system written in a test folder: a random-weight conformer and a word bigram. */
final class AsrFixtures {
    /** Words whose pronunciations use only {@link TamilToneModel#TONED}: மா m a:, நீ n_d i:, மீ m i:, நா n_d a:. */
    static final String LM_TEXT = "மா நீ\nமீ நா\nநா மா\nநீ மீ\nமா மீ\nநா நீ\n";

    private AsrFixtures() {
    }

    /** A small conformer (d 16, one block) over the Tamil phones with seeded random weights. */
    static Path randomModel(Path file, long seed) throws IOException {
        List<String> phones = PhoneSet.of(Language.TAMIL).phones().stream().map(Phone::name).toList();
        ConformerConfig c = new ConformerConfig("ta", 16, 2, 32, 1, 3, 4, 2, 2, 80, phones);
        Map<String, float[]> w = ConformerTensors.random(c, seed);
        ConformerCtcWriter.write(file, c, FeatureConfig.DEFAULT, w, "f32", "{\"note\":\"random weights\"}");
        return file;
    }

    /** A word system in {@code dir}: am.safetensors (random), lm.arpa (bigram by train-lm), system.json. */
    static Path wordSystem(Path dir) throws IOException {
        Files.createDirectories(dir);
        randomModel(dir.resolve("am.safetensors"), 11);
        Path text = dir.resolve("lm.txt");
        Files.writeString(text, LM_TEXT);
        int rc = Vaak.execute("train-lm", "--order", "2", "-q", "-o", dir.resolve("lm.arpa").toString(), text.toString());
        if (rc != 0) {
            throw new IllegalStateException("train-lm failed: " + rc);
        }
        Files.writeString(dir.resolve("system.json"), """
                {"format": "vaak-asr-system", "version": 1, "language": "ta", "name": "tiny-words",
                 "description": "test system", "acoustic_model": "am.safetensors", "precision": "fp32",
                 "units": "words", "lm": "lm.arpa", "graph": {"topology": "shortcut"},
                 "decoder": {"beam": 16.0, "max_active": 7000, "acoustic_scale": 1.0}}
                """);
        return dir;
    }
}
