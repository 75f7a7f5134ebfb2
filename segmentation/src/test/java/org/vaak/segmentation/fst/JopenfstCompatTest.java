package org.vaak.segmentation.fst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.steveash.jopenfst.MutableFst;
import com.github.steveash.jopenfst.io.Convert;
import com.github.steveash.jopenfst.operations.ArcSort;
import com.github.steveash.jopenfst.operations.NShortestPaths;
import com.github.steveash.jopenfst.operations.Project;
import com.github.steveash.jopenfst.operations.ProjectType;
import com.github.steveash.jopenfst.operations.RemoveEpsilon;
import com.github.steveash.jopenfst.semiring.TropicalSemiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jopenfst 0.3.0's operations run against the guava and commons-lang3 versions pinned in the parent
 * POM, and agree with vaak's own algorithms on seeded random FSTs.
 */
class JopenfstCompatTest {
    @TempDir
    Path dir;

    static final String[] SYMS = {"<eps>", "1", "2", "3"};

    @Test
    void operationsAgreeWithVaak() {
        Random r = new Random(20);
        for (int i = 0; i < 50; i++) {
            CompactFst a = RandomFst.acyclic(r, 2 + r.nextInt(6), 3, 2, 0.0, false).withSymbols(SYMS, SYMS);
            CompactFst b = RandomFst.acyclic(r, 2 + r.nextInt(6), 3, 2, 0.0, false).withSymbols(SYMS, SYMS);
            MutableFst ja = a.toMutableFst();
            MutableFst jb = b.toMutableFst();
            ArcSort.sortByOutput(ja);
            ArcSort.sortByInput(jb);
            MutableFst jc = com.github.steveash.jopenfst.operations.Compose.compose(ja, jb, TropicalSemiring.INSTANCE);
            PathMap.assertEquivalent(PathMap.of(Compose.apply(a, b)), PathMap.of(CompactFst.from(jc)), "compose " + i);

            CompactFst acc = RandomFst.acyclic(r, 2 + r.nextInt(8), 3, 3, 0.0, true);
            MutableFst jd = com.github.steveash.jopenfst.operations.Determinize.apply(acc.toMutableFst());
            PathMap.assertEquivalent(PathMap.of(Determinize.apply(acc)), PathMap.of(CompactFst.from(jd)), "determinize " + i);
            assertEquals(Determinize.apply(acc).numStates(), jd.getStateCount(), "determinize states " + i);

            MutableFst js = NShortestPaths.apply(acc.toMutableFst(), 1);
            assertEquals(ShortestDistance.total(acc), ShortestDistance.total(CompactFst.from(js)), 1e-4f, "shortest path " + i);

            CompactFst eps = RandomFst.acyclic(r, 2 + r.nextInt(8), 3, 3, 0.3, true);
            MutableFst je = RemoveEpsilon.remove(eps.toMutableFst());
            PathMap.assertEquivalent(PathMap.of(eps), PathMap.of(CompactFst.from(je)), "rmepsilon " + i);

            MutableFst jp = a.toMutableFst();
            Project.apply(jp, ProjectType.INPUT);
            assertEquals(true, CompactFst.from(jp).isAcceptor());
        }
    }

    @Test
    void convertWritesTextThatFstcompileReadsButWithItsOwnFileNames() throws Exception {
        MutableFst small = FstTextTest.small().toMutableFst();
        Convert.export(small, dir.resolve("conv").toString());
        // jopenfst names the tables .input.syms/.output.syms and writes a final line for every state
        assertEquals(List.of("0\tInfinity", "1\t0.0", "2\t1.25", "0\t1\ta\tab\t0.5", "0\t2\tப\tபா\t2.0", "1\t2\tb\t<eps>\t0.0"),
                Files.readAllLines(dir.resolve("conv.fst.txt")));
        MutableFst back = Convert.importFst(dir.resolve("conv.fst.txt").toFile());
        assertEquals(PathMap.of(FstTextTest.small()), PathMap.of(CompactFst.from(back)));
        OpenFst.assumeAvailable();
        OpenFst.run(dir, "fstcompile", "--isymbols=conv.input.syms", "--osymbols=conv.output.syms",
                "conv.fst.txt", "conv.fst");
        assertEquals(PathMap.of(FstTextTest.small()), PathMap.of(OpenFst.load(dir, "conv.fst")));
    }

    @Test
    void convertTurnsNumericLabelsIntoNewSymbols() throws Exception {
        // fstprint without symbol tables writes numbers; jopenfst reads them as symbol names and numbers
        // them in order of appearance, so label 7 becomes id 1: FstText.read keeps the numbers
        Files.writeString(dir.resolve("num.fst.txt"), "0\t1\t7\t9\t0.5\n1\n");
        MutableFst j = Convert.importFst(dir.resolve("num.fst.txt").toFile());
        assertEquals(1, j.getStartState().getArc(0).getIlabel());
        CompactFst ours = FstText.read(dir.resolve("num.fst.txt"), null, null, false);
        assertEquals(7, ours.ilabel(0));
        assertEquals(9, ours.olabel(0));
    }
}
