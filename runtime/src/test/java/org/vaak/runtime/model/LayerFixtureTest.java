package org.vaak.runtime.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vaak.runtime.Rand;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.Tensor;

/** Layer outputs against PyTorch (fixtures written by src/test/python/make_fixtures.py). */
class LayerFixtureTest {

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(LayerFixtureTest.class.getResource("/fixtures").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".safetensors")).sorted();
    }

    @Test
    void allFixturesArePresent() throws Exception {
        assertEquals(28, fixtures().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void matchesPyTorch(Path file) throws IOException {
        SafeTensors st = SafeTensors.open(file);
        Model model = Model.of(st, List.of("fixture."));
        Tensor x = st.get("fixture.input").toTensor();
        Tensor want = st.get("fixture.expected").toTensor();
        Tensor got = model.forward(x);
        assertArrayEquals(want.shape(), got.shape(), file.getFileName().toString());
        double tol = 2e-5 * Math.max(1, Rand.maxAbs(want.data()));
        double err = Rand.maxAbsDiff(got.data(), want.data());
        assertTrue(err <= tol, file.getFileName() + ": max abs error " + err + " > " + tol);
    }
}
