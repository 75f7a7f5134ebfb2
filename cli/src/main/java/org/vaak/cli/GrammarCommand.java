package org.vaak.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Segmenters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "grammar", mixinStandardHelpOptions = true,
        description = "The knowledge-driven subword grammar (SG-WFST).",
        subcommands = GrammarCommand.Export.class)
final class GrammarCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: export");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the SG-WFST in OpenFst's text format with its symbol tables:",
                "DIR/LANG.fst.txt, DIR/LANG.isyms, DIR/LANG.osyms (compile with fstcompile --isymbols=... --osymbols=...)."})
    static final class Export implements Callable<Integer> {
        @Option(names = "--lang", required = true, description = "ta or kn")
        String lang;

        @Option(names = {"-o", "--output"}, required = true, description = "folder to write into")
        Path output;

        @Override
        public Integer call() throws Exception {
            Language language = Language.fromCode(lang);
            Path written = Segmenters.exportGrammar(language, output);
            System.err.println("vaak grammar export: wrote " + written);
            return 0;
        }
    }
}
