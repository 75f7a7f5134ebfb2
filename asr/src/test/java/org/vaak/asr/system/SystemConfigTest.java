package org.vaak.asr.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.asr.am.Precision;
import org.vaak.asr.graph.CtcTopology;
import org.vaak.asr.graph.GraphSpec;
import org.vaak.lexicons.Language;

class SystemConfigTest {
    @TempDir
    Path dir;

    private Path system(String json) throws Exception {
        Path sys = Files.createDirectories(dir.resolve("sys"));
        Files.writeString(dir.resolve("am-ta.safetensors"), "x");
        Files.writeString(sys.resolve("lm.arpa"), "x");
        Files.writeString(sys.resolve("dict.json"), "x");
        Files.writeString(sys.resolve("system.json"), json);
        return sys;
    }

    private static final String FULL = """
            {"format": "vaak-asr-system", "version": 1, "language": "ta", "name": "morfessor-3gram-kn",
             "description": "d", "acoustic_model": "../am-ta.safetensors", "precision": "int8",
             "units": "subwords", "dictionary": "dict.json", "lm": "lm.arpa", "pronunciation_text": null,
             "graph": {"topology": "compact", "fallback_cost": 1.5},
             "decoder": {"beam": 12.0, "max_active": 500, "acoustic_scale": 0.8, "insertion_penalty": -0.5, "word_penalty": 0.7,
                         "lattice_beam": 3}}
            """;

    @Test
    void readsTheSpecExampleAndResolvesPathsAgainstItsFolder() throws Exception {
        Path sys = system(FULL);
        SystemConfig c = SystemConfig.read(sys);
        assertEquals(Language.TAMIL, c.language());
        assertEquals("morfessor-3gram-kn", c.displayName());
        assertEquals(dir.resolve("am-ta.safetensors").toAbsolutePath().normalize(), c.acousticModel());
        assertEquals(sys.resolve("dict.json").toAbsolutePath(), c.dictionary());
        assertEquals(null, c.pronunciationText());
        assertEquals(Precision.INT8, c.precision());
        assertEquals(GraphSpec.Units.SUBWORDS, c.units());
        assertEquals(CtcTopology.Variant.COMPACT, c.graphOptions().topology());
        assertEquals(1.5f, c.graphOptions().fallbackCost());
        assertEquals(12.0, c.decoder().beam());
        assertEquals(500, c.decoder().maxActive());
        assertEquals(0.8, c.decoder().acousticScale());
        assertEquals(-0.5, c.decoder().insertionPenalty());
        assertEquals(3.0, c.decoder().latticeBeam());
        assertEquals(0.7, c.decoder().wordPenalty());
        assertEquals(2.0, c.withDecoder(c.decoder().withInsertionPenalty(2)).decoder().insertionPenalty());
        assertEquals(sys.resolve("lm.arpa").toAbsolutePath(), c.graphSpec().lm());
    }

    @Test
    void unknownKeysMissingFilesAndBadValuesNameTheFile() throws Exception {
        Path f = dir.resolve("sys/system.json").toAbsolutePath();
        assertEquals(f + ": unknown key 'decoder.lattice'", message(FULL.replace("\"beam\"", "\"lattice\": 1, \"beam\"")));
        assertEquals(f + ": unknown key 'extra'", message(FULL.replace("\"version\"", "\"extra\": 0, \"version\"")));
        assertEquals(f + ": lm " + dir.resolve("sys/nope.arpa").toAbsolutePath() + ": no such file",
                message(FULL.replace("\"lm.arpa\"", "\"nope.arpa\"")));
        assertEquals(f + ": unknown graph topology 'fancy' (standard, shortcut, compact)",
                message(FULL.replace("compact", "fancy")));
        assertEquals(f + ": format is 'other', expected 'vaak-asr-system'",
                message(FULL.replace("\"vaak-asr-system\"", "\"other\"")));
        assertEquals(f + ": missing key 'lm'", message(FULL.replace("\"lm\": \"lm.arpa\",", "")));
        assertEquals(f + ": decoder: beam must be positive, got -1.0", message(FULL.replace("12.0", "-1")));
        assertEquals(f + ": a word system takes no dictionary or pronunciation_text",
                message(FULL.replace("\"subwords\"", "\"words\"")));
        assertEquals("unknown language 'xx': expected ta (Tamil) or kn (Kannada)",
                message(FULL.replace("\"ta\"", "\"xx\"")));
        assertEquals(f + ": not valid JSON: Unexpected end-of-input within/between Object entries",
                message("{\"format\": 1,"));
    }

    private String message(String json) throws Exception {
        Path sys = system(json);
        return assertThrows(IllegalArgumentException.class, () -> SystemConfig.read(sys)).getMessage();
    }
}
