package org.vaak.cli;

import java.io.BufferedReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Joiner;
import org.vaak.segmentation.SubwordText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "join", mixinStandardHelpOptions = true,
        description = "Join segmented text (subwords marked with @@) back into words: the inverse of segment.")
final class JoinCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, description = "ta or kn (the joining rule depends on the script)")
    String lang;

    @Parameters(arity = "0..1", defaultValue = "-", description = "input file, or - for standard input (default)")
    Path input;

    @Option(names = {"-o", "--output"}, description = "output file (default: standard output)")
    Path output;

    @Override
    public Integer call() throws Exception {
        Joiner joiner = new Joiner(Language.fromCode(lang));
        boolean interactive = input == null || input.toString().equals("-");
        try (BufferedReader in = Inputs.open(input); Outputs.Atomic out = Outputs.open(output)) {
            String line;
            while (true) {
                try {
                    line = in.readLine();
                } catch (CharacterCodingException e) {
                    throw new Errors.UserError(Inputs.name(input) + ": not valid UTF-8 text");
                }
                if (line == null) {
                    break;
                }
                out.writer.write(SubwordText.joinLine(line, joiner));
                out.writer.write('\n');
                if (interactive && output == null) {
                    out.writer.flush();
                }
            }
            out.commit();
        }
        return 0;
    }
}
