package org.vaak.segmentation.fst;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FstTextTest {
    @TempDir
    Path dir;

    static final String[] LETTERS = {"<eps>", "a", "b", "ப", "ಕ"};
    static final String[] WORDS = {"<eps>", "ab", "பா"};

    /** 0 -a:ab/0.5-> 1 -b:<eps>-> 2 (final 1.25); 0 -ப:பா/Infinity... no: 0 -ப:பா-> 2; state 1 final 0. */
    static CompactFst small() {
        FstBuilder b = new FstBuilder();
        int s0 = b.addState();
        int s1 = b.addState();
        int s2 = b.addState();
        b.setStart(s0);
        b.addArc(s0, 1, 1, 0.5f, s1);
        b.addArc(s1, 2, 0, 0f, s2);
        b.addArc(s0, 3, 2, 2f, s2);
        b.setFinal(s2, 1.25f);
        b.setFinal(s1, 0f);
        return b.build(LETTERS, WORDS);
    }

    @Test
    void writesStartFirstWithSymbolTables() throws IOException {
        FstText.write(small(), dir.resolve("lex"));
        assertEquals(List.of("0\t1\ta\tab\t0.5", "0\t2\tப\tபா\t2", "1\t2\tb\t<eps>", "1", "2\t1.25"),
                Files.readAllLines(dir.resolve("lex.fst.txt")));
        assertEquals(List.of("<eps>\t0", "a\t1", "b\t2", "ப\t3", "ಕ\t4"), Files.readAllLines(dir.resolve("lex.isyms")));
        assertEquals(List.of("<eps>\t0", "ab\t1", "பா\t2"), Files.readAllLines(dir.resolve("lex.osyms")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void startStateWithNoLinesOfItsOwnComesFirst() throws IOException {
        FstBuilder b = new FstBuilder();
        int s0 = b.addState();
        int s1 = b.addState();
        b.addArc(s0, 1, 1, 0f, s1);
        b.setFinal(s1, 0f);
        b.setStart(s1);
        FstText.write(b.build(null, null), dir.resolve("x"));
        assertEquals(List.of("1", "0\t1\t1\t1"), Files.readAllLines(dir.resolve("x.fst.txt")));
        CompactFst back = FstText.read(dir.resolve("x"));
        assertEquals(0, back.start());
        assertTrue(back.isFinal(0));
    }

    @Test
    void readBackGivesTheSameFst() throws IOException {
        CompactFst fst = small();
        FstText.write(fst, dir.resolve("lex"));
        CompactFst back = FstText.read(dir.resolve("lex"));
        assertTrue(fst.sameAs(back), back.toString());
        assertArrayEquals(LETTERS, back.inputSymbols());
    }

    @Test
    void readsSpacesInfinityAndNumericLabels() throws IOException {
        Path f = dir.resolve("n.fst.txt");
        Files.writeString(f, "0 1 3 4 0.25\n\n1  2   5 0\n2\n0 Infinity\n1\t-1.5\n");
        CompactFst fst = FstText.read(f, null, null, false);
        assertEquals(3, fst.numStates());
        assertEquals(Float.POSITIVE_INFINITY, fst.finalWeight(0));
        assertEquals(-1.5f, fst.finalWeight(1));
        assertEquals(0f, fst.finalWeight(2));
        assertEquals(3, fst.ilabel(0));
        assertEquals(4, fst.olabel(0));
        assertEquals(0.25f, fst.weight(0));
        assertEquals(0, fst.olabel(fst.arcStart(1)));
    }

    @Test
    void readsAcceptorLines() throws IOException {
        Path f = dir.resolve("a.fst.txt");
        Files.writeString(f, "0\t1\ta\t1.5\n1\n");
        Path syms = dir.resolve("a.syms");
        Files.writeString(syms, "<eps> 0\na 1\n");
        CompactFst fst = FstText.read(f, syms, null, true);
        assertEquals(1, fst.ilabel(0));
        assertEquals(1, fst.olabel(0));
        assertEquals(1.5f, fst.weight(0));
    }

    @Test
    void malformedLinesNameFileAndLine() throws IOException {
        Path f = dir.resolve("bad.fst.txt");
        Files.writeString(f, "0 1 1 1\n1 2 x 1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FstText.read(f, null, null, false));
        assertEquals(f + ":2: input label 'x' is not an integer", e.getMessage());

        Files.writeString(f, "0 1 1 1 0.5 7\n");
        e = assertThrows(IllegalArgumentException.class, () -> FstText.read(f, null, null, false));
        assertTrue(e.getMessage().startsWith(f + ":1: expected 'src dst in out [weight]'"), e.getMessage());

        Files.writeString(f, "0 1 1 1 heavy\n");
        e = assertThrows(IllegalArgumentException.class, () -> FstText.read(f, null, null, false));
        assertEquals(f + ":1: weight 'heavy' is not a number", e.getMessage());

        Files.writeString(f, "0 1 1 1 NaN\n");
        e = assertThrows(IllegalArgumentException.class, () -> FstText.read(f, null, null, false));
        assertEquals(f + ":1: weight 'NaN' is not a tropical weight", e.getMessage());

        Files.writeString(f, "0 -1 1 1\n");
        e = assertThrows(IllegalArgumentException.class, () -> FstText.read(f, null, null, false));
        assertEquals(f + ":1: negative state id -1", e.getMessage());

        Path syms = dir.resolve("s.syms");
        Files.writeString(syms, "<eps> 0\na 1\n");
        Files.writeString(f, "0 1 a b\n");
        e = assertThrows(IllegalArgumentException.class, () -> FstText.read(f, syms, syms, false));
        assertEquals(f + ":1: output symbol 'b' is not in the output symbol table", e.getMessage());

        Files.writeString(syms, "<eps> 0\na 1\nb 1\n");
        e = assertThrows(IllegalArgumentException.class, () -> FstText.read(f, syms, syms, false));
        assertEquals(syms + ":3: id 1 already names 'a'", e.getMessage());
    }

    @Test
    void symbolsWithSpacesAreRefused() {
        FstBuilder b = new FstBuilder();
        b.addState();
        b.setStart(0);
        b.addArc(0, 1, 1, 0f, 0);
        CompactFst fst = b.build(new String[] {"<eps>", "a b"}, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FstText.write(fst, dir.resolve("s")));
        assertTrue(e.getMessage().contains("white space"), e.getMessage());
    }

    @Test
    void emptyFstWritesEmptyFile() throws IOException {
        FstText.write(CompactFst.empty(), dir.resolve("e"));
        assertEquals("", Files.readString(dir.resolve("e.fst.txt")));
        assertEquals(-1, FstText.read(dir.resolve("e")).start());
    }

    @Test
    void openFstCompilesWhatWeWriteAndPrintsItBackIdentically() throws Exception {
        OpenFst.assumeAvailable();
        Random r = new Random(11);
        for (int i = 0; i < 5; i++) {
            CompactFst fst = RandomFst.cyclic(r, 6 + i, 3, 4);
            String[] syms = {"<eps>", "a", "b", "க", "ಕ"};
            fst = fst.withSymbols(syms, syms);
            OpenFst.compile(fst, dir, "r" + i);
            String printed = OpenFst.run(dir, "fstprint", "r" + i + ".fst");
            assertEquals(Files.readString(dir.resolve("r" + i + ".fst.txt")), printed, "fstprint of fstcompile of our text");
        }
        // the small transducer, compiled by fstcompile's default (renumbering) too
        OpenFst.compile(small(), dir, "lex");
        assertEquals(Files.readString(dir.resolve("lex.fst.txt")), OpenFst.run(dir, "fstprint", "lex.fst"));
    }

    @Test
    void weReadWhatFstprintWrites() throws Exception {
        OpenFst.assumeAvailable();
        Random r = new Random(12);
        for (int i = 0; i < 5; i++) {
            CompactFst fst = RandomFst.cyclic(r, 7, 3, 4);
            Path txt = dir.resolve("h" + i + ".txt");
            // a hand-written numbering that fstcompile renumbers by first appearance
            FstText.write(fst, dir.resolve("h" + i));
            OpenFst.run(dir, "fstcompile", "h" + i + ".fst.txt", "ref" + i + ".fst");
            String printed = OpenFst.run(dir, "fstprint", "ref" + i + ".fst");
            Files.writeString(txt, printed);
            // fstcompile numbers states by first appearance, and so does FstText.read
            OpenFst.run(dir, "fstcompile", txt.getFileName().toString(), "again" + i + ".fst");
            CompactFst ours = FstText.read(txt, null, null, false);
            OpenFst.compile(ours, dir, "ours" + i);
            // same numbering; a CompactFst keeps each state's arcs sorted, fstcompile keeps file order
            assertEquals(sortedLines(OpenFst.run(dir, "fstprint", "again" + i + ".fst")),
                    sortedLines(OpenFst.run(dir, "fstprint", "ours" + i + ".fst")));
        }
        // with symbol tables
        OpenFst.compile(small(), dir, "lex");
        Files.writeString(dir.resolve("p.fst.txt"), OpenFst.run(dir, "fstprint", "lex.fst"));
        Files.copy(dir.resolve("lex.isyms"), dir.resolve("p.isyms"));
        Files.copy(dir.resolve("lex.osyms"), dir.resolve("p.osyms"));
        assertTrue(small().sameAs(FstText.read(dir.resolve("p"))));
    }

    private static List<String> sortedLines(String text) {
        return text.lines().sorted().toList();
    }
}
