package org.vaak.segmentation.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrammarToolTest {
    @TempDir
    Path dir;
    Path grammar;

    @BeforeEach
    void tinyGrammar() throws Exception {
        grammar = Files.createDirectories(dir.resolve("g"));
        Files.writeString(grammar.resolve("affixes.tsv"), "case\tஐ\tஐ\tacc\nplural\tக்அள்\tகள்\tpl\n");
        Files.writeString(grammar.resolve("stems.tsv"), "noun_stem\tம்அர்அம்\tமரம்\ttree\n");
        Files.writeString(grammar.resolve("morphotactics.tsv"), String.join("\n", "arc\tnoun\tstart\tnoun_stem\tN",
                "arc\tnoun\tN\tplural\tP", "arc\tnoun\tN\tcase\tC", "arc\tnoun\tP\tcase\tC", "final\tnoun\tN",
                "final\tnoun\tP", "final\tnoun\tC", ""));
        Files.writeString(dir.resolve("train.txt"), "மரம் கலன் கலனை கலனை கலன்களை கலனில்\n");
        Files.writeString(dir.resolve("test.txt"), "மரம் மரம்கள் கலனை ஸ்கேனர்\n");
    }

    private String run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, GrammarTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8)));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportWritesTheThreeFiles() throws Exception {
        String out = run("export", "--lang", "ta", "--grammar", grammar.toString(), "--out", dir.resolve("x").toString());
        assertTrue(out.contains("sg-wfst-ta.fst.txt"), out);
        String fst = Files.readString(dir.resolve("x/sg-wfst-ta.fst.txt"));
        assertTrue(fst.startsWith("0\t"), fst);
        assertEquals("<eps>\t0\nnoun/noun_stem/ம்அர்அம்\t1\nnoun/plural/க்அள்\t2\nnoun/case/ஐ\t3\n",
                Files.readString(dir.resolve("x/sg-wfst-ta.osyms")));
    }

    @Test
    void coverageReportsTheGrammarShare() throws Exception {
        String out = run("coverage", "--lang", "ta", "--grammar", grammar.toString(), "--test",
                dir.resolve("test.txt").toString());
        assertTrue(out.contains("grammar parses 50.0% of 4 tokens, 50.0% of 4 types"), out);
    }

    @Test
    void mineStemsWritesAFileWithTheCommand() throws Exception {
        Path mined = dir.resolve("stems-mined.tsv");
        run("mine-stems", "--lang", "ta", "--grammar", grammar.toString(), "--train", dir.resolve("train.txt").toString(),
                "--k", "2", "--out", mined.toString());
        String text = Files.readString(mined);
        assertTrue(text.contains("# command: GrammarTool mine-stems --lang ta"), text);
        assertTrue(text.contains("noun_stem\tக்அல்அன்\tகலன்\t"), text);
    }

    @Test
    void badArgumentsGetAClearMessage() {
        var e = assertThrows(IllegalArgumentException.class, () -> run("frobnicate", "--lang", "ta"));
        assertTrue(e.getMessage().contains("unknown subcommand 'frobnicate'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> run("export", "--out", "x"));
        assertTrue(e.getMessage().contains("missing --lang"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> run("export", "--lang", "xx", "--out", "x"));
        assertTrue(e.getMessage().contains("unknown language 'xx'"), e.getMessage());
    }
}
