package org.vaak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TrainLmCommandTest extends CommandTest {
    @Test
    void trainsWritesArpaAndGrammarAndEvaluates() throws Exception {
        Path corpus = dir.resolve("c.txt");
        Files.writeString(corpus, "a b\na c\n");
        Path test = dir.resolve("t.txt");
        Files.writeString(test, "a b\nzz\n");
        Path arpa = dir.resolve("m.arpa");
        assertEquals(0, run("train-lm", "--order", "2", "--method", "kn", "-o", arpa.toString(),
                "--fst", dir.resolve("g.fst.txt").toString(), "--eval", test.toString(), corpus.toString()), err.toString());
        String text = Files.readString(arpa);
        assertTrue(text.contains("ngram 1=6\nngram 2=5\n"), text);
        assertTrue(text.contains("-99\t<s>\t-0.30103\n") && text.contains("-0.22184876\t<s> a\n"), text); // bow 0.5, log10 0.6
        assertTrue(Files.exists(dir.resolve("g.fst.txt")) && Files.exists(dir.resolve("g.isyms")));
        // a b </s>: 0.6*0.35*0.65; zz </s>: 0.05*0.3 with 1 OOV; 5 tokens
        double lp = Math.log10(0.6 * 0.35 * 0.65) + Math.log10(0.05 * 0.3);
        String expected = String.format(java.util.Locale.ROOT, "perplexity %.2f", Math.pow(10, -lp / 5));
        assertTrue(out.toString().contains("2 sentences, 5 tokens (</s> included), 1 OOV (33.33% of words), " + expected), out.toString());
        // the ARPA file read back gives the same evaluation
        String first = out.toString().substring(out.toString().indexOf(':'));
        assertEquals(0, run("train-lm", "--arpa", arpa.toString(), "--eval", test.toString()));
        assertEquals(first, out.toString().substring(out.toString().indexOf(':')));
    }

    @Test
    void clearErrors() throws Exception {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "\n\n");
        Path arpa = dir.resolve("m.arpa");
        assertEquals(1, run("train-lm", "-o", arpa.toString(), empty.toString()));
        assertTrue(err.toString().contains(empty + ": the corpus has no tokens"), err.toString());
        assertFalse(Files.exists(arpa));
        assertEquals(1, run("train-lm", "-o", arpa.toString(), dir.resolve("missing.txt").toString()));
        assertTrue(err.toString().contains("missing.txt: no such file"), err.toString());
        assertEquals(1, run("train-lm", "--method", "xx", "-o", arpa.toString(), empty.toString()));
        assertTrue(err.toString().contains("unknown smoothing 'xx'"), err.toString());
        Path bad = dir.resolve("bad.arpa");
        Files.writeString(bad, "\\data\\\nngram 1=1\n\\1-grams:\n-1\n\\end\\\n");
        assertEquals(1, run("train-lm", "--arpa", bad.toString(), "--eval", empty.toString()));
        assertTrue(err.toString().contains(bad + ":4: expected log10 probability"), err.toString());
    }
}
