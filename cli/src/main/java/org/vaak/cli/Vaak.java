package org.vaak.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vaak} command. */
@Command(name = "vaak", mixinStandardHelpOptions = true, versionProvider = Vaak.Version.class,
        description = "Speech recognition, synthesis and subword segmentation for Tamil and Kannada.",
        subcommands = {
            TrainDictCommand.class,
            SegmentCommand.class,
            JoinCommand.class,
            GrammarCommand.class,
            GraphCommand.class,
            DictEvalCommand.class,
            TrainLmCommand.class,
            SpeechCorpusCommand.class,
            TranscribeCommand.class,
            EvalAsrCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Vaak implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see vaak --help)");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (0 success, 1 bad input or failure, 2 usage). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Vaak());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler(new Errors());
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Vaak.class.getPackage().getImplementationVersion();
            return new String[] {"vaak " + (v == null ? "(development build)" : v)};
        }
    }
}
