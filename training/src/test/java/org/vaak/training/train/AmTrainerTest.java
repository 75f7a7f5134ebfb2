package org.vaak.training.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.runtime.SafeTensors;
import org.vaak.training.data.TinyCorpus;

class AmTrainerTest {

    static TrainOptions options(Path corpus, Path out, long maxSteps) {
        return TrainOptions.parse("--lang", "ta", "--train", corpus.resolve("train.jsonl").toString(), "--dev",
                corpus.resolve("dev.jsonl").toString(), "--out", out.toString(), "--cache",
                corpus.resolve("cache").toString(), "--d", "16", "--heads", "2", "--ffn", "32", "--blocks", "1",
                "--conv-kernel", "5", "--attn-left", "4", "--attn-right", "2", "--batch-frames", "400",
                "--warmup", "2", "--epochs", "3", "--eval-every", "3", "--log-every", "1", "--max-steps",
                Long.toString(maxSteps), "--threads", "1", "--dropout", "0.1");
    }

    /** Six steps in one go and three + three with a restart from the checkpoint end with the same weights. */
    @Test
    void resumedRunEqualsUninterruptedRun(@TempDir Path dir) throws Exception {
        TinyCorpus.write(dir.resolve("corpus"), 10, 3);
        AmTrainer.Summary whole = new AmTrainer(options(dir.resolve("corpus"), dir.resolve("a"), 6)).run();
        assertEquals(6, whole.steps());
        AmTrainer.Summary first = new AmTrainer(options(dir.resolve("corpus"), dir.resolve("b"), 3)).run();
        assertEquals(3, first.steps());
        AmTrainer.Summary resumed = new AmTrainer(options(dir.resolve("corpus"), dir.resolve("b"), 6)).run();
        assertEquals(6, resumed.steps());
        assertEquals(whole.epoch(), resumed.epoch());
        SafeTensors a = SafeTensors.open(dir.resolve("a/checkpoint.safetensors"));
        SafeTensors b = SafeTensors.open(dir.resolve("b/checkpoint.safetensors"));
        assertEquals(a.tensors().keySet(), b.tensors().keySet());
        assertTrue(a.has("adam_m.head.weight"));
        for (String name : a.tensors().keySet()) {
            assertArrayEquals(a.get(name).toFloats(), b.get(name).toFloats(), 1e-6f, name);
        }
        assertEquals(whole.devPer(), resumed.devPer(), 1e-9);
        // the model file, its cross-check, the progress log and the feasibility report are there
        SafeTensors model = SafeTensors.open(dir.resolve("b/am-ta.safetensors"));
        assertEquals("acoustic-model", model.metadata().get("vaak.kind"));
        assertTrue(model.metadata().get("vaak.training").contains("\"steps\":6"));
        assertTrue(Files.exists(dir.resolve("b/am-ta.reference.safetensors")));
        List<String> progress = Files.readAllLines(dir.resolve("b/progress.tsv"));
        assertEquals("step", progress.get(0).split("\t")[0]);
        assertEquals(1 + 6 + 2, progress.size()); // header, 6 step lines, 2 evaluations
        assertTrue(Files.readString(dir.resolve("a/feasibility.txt")).contains("subsampling 4"));
    }
}
