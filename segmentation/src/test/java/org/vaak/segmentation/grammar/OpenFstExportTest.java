package org.vaak.segmentation.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.PhonemicForm;
import org.vaak.lexicons.grammar.GrammarLoader;

/** The exported text format is read by OpenFst, and OpenFst's shortest path agrees with ours. */
class OpenFstExportTest {
    @TempDir
    Path dir;

    static boolean haveOpenFst() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, "fstcompile")) && Files.isExecutable(Path.of(d, "fsttopsort"))) {
                return true;
            }
        }
        return false;
    }

    private String sh(String cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), cmd + "\n" + out);
        return out;
    }

    @Test
    void fstcompileAcceptsTheExportAndShortestPathsAgree() throws Exception {
        Assumptions.assumeTrue(haveOpenFst(), "OpenFst command-line tools (libfst-tools) not installed; skipped");
        SubwordGrammar g = SubwordGrammarCompiler.compile(GrammarLoader.load(Language.TAMIL, false),
                SubwordGrammarCompilerTest.taCorpus());
        SubwordGrammarCompiler.exportText(g, dir, "g");
        sh("fstcompile --isymbols=g.isyms --osymbols=g.osyms g.fst.txt | fstarcsort --sort_type=ilabel > g.fst");
        String info = sh("fstinfo g.fst");
        assertTrue(info.matches("(?s).*# of states\\s+" + g.network().stateCount() + "\\n.*"), info);
        assertTrue(info.matches("(?s).*# of arcs\\s+" + g.network().arcCount() + "\\n.*"), info);
        // deterministic once input:output pairs are encoded as single labels (what fstdeterminize of the
        // encoded machine would produce): OpenFst's own property check
        sh("fstencode --encode_labels g.fst codex g.enc.fst");
        String enc = sh("fstinfo g.enc.fst");
        assertTrue(enc.matches("(?s).*input deterministic\\s+y\\n.*"), enc);
        for (String w : SubwordGrammarCompilerTest.TA_WORDS) {
            StringBuilder txt = new StringBuilder();
            int[] cps = PhonemicForm.open(w, Language.TAMIL).codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                String c = new String(Character.toChars(cps[i]));
                txt.append(i).append('\t').append(i + 1).append('\t').append(c).append('\t').append(c).append('\n');
            }
            txt.append(cps.length).append('\n');
            Files.writeString(dir.resolve("w.txt"), txt.toString(), StandardCharsets.UTF_8);
            sh("fstcompile --isymbols=g.isyms --osymbols=g.isyms w.txt w.fst");
            String path = sh("fstcompose w.fst g.fst | fstshortestpath | fsttopsort | fstprint --isymbols=g.isyms --osymbols=g.osyms");
            List<String> out = new ArrayList<>();
            double cost = 0;
            for (String line : path.strip().split("\n")) {
                String[] f = line.split("\t");
                if (f.length >= 4) {
                    if (!f[3].equals("<eps>")) {
                        out.add(f[3]);
                    }
                    cost += f.length > 4 ? Double.parseDouble(f[4]) : 0;
                } else if (f.length == 2) {
                    cost += Double.parseDouble(f[1]);
                }
            }
            GrammarParse ours = g.parseWord(w);
            assertEquals(ours.choices().stream().map(Choice::symbol).toList(), out, w);
            assertEquals(ours.cost(), cost, 1e-3, w);
        }
    }
}
