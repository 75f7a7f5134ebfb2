package org.vaak.segmentation.fst;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs OpenFst's command-line tools (libfst-tools) for tests; tests skip when they are missing. */
final class OpenFst {
    private OpenFst() {
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/fstcompile")) || onPath("fstcompile");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    static void assumeAvailable() {
        assumeTrue(available(), "OpenFst tools (libfst-tools: fstcompile, fstprint, ...) are not installed");
    }

    /** Runs a tool; returns its standard output; fails with its standard error on a non-zero exit. */
    static String run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        int rc = p.waitFor();
        String stderr = Files.readString(err);
        Files.delete(err);
        if (rc != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + rc + "): " + stderr);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Writes {@code fst} as text and compiles it to {@code dir/name.fst}, keeping our state numbering. */
    static Path compile(CompactFst fst, Path dir, String name) throws IOException, InterruptedException {
        Path base = dir.resolve(name);
        FstText.write(fst, base);
        List<String> cmd = new ArrayList<>(List.of("fstcompile", "--keep_state_numbering"));
        if (fst.inputSymbols() != null) {
            cmd.add("--isymbols=" + name + ".isyms");
            cmd.add("--keep_isymbols");
        }
        if (fst.outputSymbols() != null) {
            cmd.add("--osymbols=" + name + ".osyms");
            cmd.add("--keep_osymbols");
        }
        cmd.add(name + ".fst.txt");
        cmd.add(name + ".fst");
        run(dir, cmd.toArray(new String[0]));
        return dir.resolve(name + ".fst");
    }

    /** Prints a binary FST with numeric labels and reads it back. */
    static CompactFst load(Path dir, String binaryName) throws IOException, InterruptedException {
        String text = run(dir, "fstprint", binaryName);
        Path txt = dir.resolve(binaryName + ".printed.txt");
        Files.writeString(txt, text);
        return FstText.read(txt, null, null, false);
    }

    /** Runs {@code tool args... in out} and loads the result. */
    static CompactFst apply(Path dir, String tool, String in, String out, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(tool);
        cmd.addAll(List.of(args));
        cmd.add(in);
        cmd.add(out);
        run(dir, cmd.toArray(new String[0]));
        return load(dir, out);
    }
}
