package org.vaak.bench.fst;

import com.github.steveash.jopenfst.MutableFst;
import com.github.steveash.jopenfst.operations.ArcSort;
import com.github.steveash.jopenfst.operations.NShortestPaths;
import com.github.steveash.jopenfst.semiring.TropicalSemiring;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.Compose;
import org.vaak.segmentation.fst.Determinize;
import org.vaak.segmentation.fst.FstText;
import org.vaak.segmentation.fst.Minimize;
import org.vaak.segmentation.fst.ShortestDistance;
import org.vaak.segmentation.fst.ShortestPath;

/**
 * The WFST benchmark, Java side. {@code prepare DIR [--expand N] words...} writes L and G as text;
 * {@code run DIR [--repeat R] [--jopenfst]} times read, determinize, minimize, compose, shortest path
 * in one JVM (System.nanoTime around each stage: garbage collection included, JVM start excluded)
 * and writes the results as text for the equivalence checks. {@code noop} measures JVM start-up.
 */
public final class FstBench {
    private FstBench() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        if (args.length == 0) {
            usage();
        }
        switch (args[0]) {
            case "noop" -> System.out.println("noop");
            case "prepare" -> prepare(args);
            case "run" -> run(args);
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: FstBench prepare DIR [--expand N] WORDFILE...\n"
                + "       FstBench run DIR [--repeat R] [--jopenfst]\n       FstBench noop");
        System.exit(2);
    }

    private static void prepare(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        int expand = 0;
        List<Path> files = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--expand")) {
                expand = Integer.parseInt(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        LexiconData.write(LexiconData.read(files, expand, 42), dir);
    }

    private static void run(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        int repeat = 1;
        boolean jopenfst = false;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--repeat")) {
                repeat = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--jopenfst")) {
                jopenfst = true;
            }
        }
        for (int r = 1; r <= repeat; r++) {
            System.out.println("# iteration " + r);
            CompactFst l = time("read-L", () -> FstText.read(dir.resolve("L")));
            CompactFst g = time("read-G", () -> FstText.read(dir.resolve("G")));
            report("L", l);
            CompactFst ld = time("determinize", () -> Determinize.apply(l));
            report("Ld", ld);
            CompactFst lm = time("minimize", () -> Minimize.apply(ld));
            report("Lm", lm);
            CompactFst lg = time("compose", () -> Compose.apply(lm, g));
            report("LG", lg);
            CompactFst best = time("shortestpath", () -> ShortestPath.apply(lg));
            report("best", best);
            System.out.printf("best-weight %.4f%n", ShortestDistance.total(best));
            if (r == repeat) {
                FstText.write(ld, dir.resolve("java-Ld"));
                FstText.write(lm, dir.resolve("java-Lm"));
                FstText.write(lg, dir.resolve("java-LG"));
                FstText.write(best, dir.resolve("java-best"));
            }
            if (jopenfst && r == repeat) {
                jopenfst(l, lg, lm, g);
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        long gcMs = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMs += Math.max(0, gc.getCollectionTime());
        }
        System.out.printf("heap-peak-MB %.0f%ngc-ms %d%n", peak / 1048576.0, gcMs);
    }

    /** jopenfst's own operations on the same inputs; compose gets a time limit (it scans all arc pairs). */
    private static void jopenfst(CompactFst l, CompactFst lg, CompactFst lm, CompactFst g) throws Exception {
        MutableFst jl = time("jopenfst-convert-L", l::toMutableFst);
        MutableFst jld = time("jopenfst-determinize", () -> com.github.steveash.jopenfst.operations.Determinize.apply(jl));
        System.out.printf("count jopenfst-Ld states=%d%n", jld.getStateCount());
        MutableFst jlg = time("jopenfst-convert-LG", lg::toMutableFst);
        MutableFst jbest = time("jopenfst-shortestpath", () -> NShortestPaths.apply(jlg, 1));
        System.out.printf("jopenfst-best-weight %.4f%n", ShortestDistance.total(CompactFst.from(jbest)));
        MutableFst jlm = time("jopenfst-convert-Lm", lm::toMutableFst);
        MutableFst jg = time("jopenfst-convert-G", g::toMutableFst);
        ArcSort.sortByInput(jg);
        long limit = Long.getLong("jopenfst.compose.seconds", 180);
        long c0 = processCpuNanos();
        long t0 = System.nanoTime();
        Thread worker = new Thread(() -> {
            MutableFst c = com.github.steveash.jopenfst.operations.Compose.compose(jlm, jg, TropicalSemiring.INSTANCE);
            System.out.printf("count jopenfst-LG states=%d%n", c.getStateCount());
        });
        worker.setDaemon(true);
        worker.start();
        worker.join(limit * 1000);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - c0) / 1e9;
        if (worker.isAlive()) {
            System.out.printf("time %-22s did not finish: stopped after %.1f s wall %.1f s cpu%n", "jopenfst-compose", wall, cpu);
        } else {
            System.out.printf("time %-22s %9.3f s wall %9.3f s cpu%n", "jopenfst-compose", wall, cpu);
        }
    }

    private static <T> T time(String stage, Callable<T> body) throws Exception {
        long c0 = processCpuNanos();
        long t0 = System.nanoTime();
        T result = body.call();
        long t1 = System.nanoTime();
        long c1 = processCpuNanos();
        System.out.printf("time %-22s %9.3f s wall %9.3f s cpu%n", stage, (t1 - t0) / 1e9, (c1 - c0) / 1e9);
        return result;
    }

    /** CPU time of the whole JVM (all threads: compiler and garbage collector included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void report(String name, CompactFst f) {
        System.out.printf("count %-6s states=%d arcs=%d%n", name, f.numStates(), f.numArcs());
    }
}
