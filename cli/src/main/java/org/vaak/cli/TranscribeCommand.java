package org.vaak.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vaak.asr.AcousticModel;
import org.vaak.asr.system.AsrSystem;
import org.vaak.asr.transcript.TranscriptFormat;
import org.vaak.asr.transcript.TranscriptWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaak transcribe}: audio files, folders of them and manifests to transcripts. Without {@code -o} the
 * results go to standard output in input order; with {@code -o DIR} each input gets its own file, written
 * atomically. Files that fail are reported on standard error and the exit code is 1; the others are still
 * transcribed.
 */
@Command(name = "transcribe", mixinStandardHelpOptions = true,
        description = "Transcribe audio files (wav, flac, mp3, ogg, m4a), folders of them, or JSON-lines manifests.")
final class TranscribeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|MANIFEST.jsonl", description = "what to transcribe")
    List<Path> inputs;

    @Mixin
    SystemOptions systemOptions = new SystemOptions();

    @Option(names = "--format", defaultValue = "txt", description = "txt, json, srt, vtt or ctm (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "output file (one input) or folder (one file per input); default: standard output")
    Path output;

    @Option(names = "--threads", description = "recognisers working in parallel (default: the processors, at most the files)")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    private final AcousticModel modelOverride;

    TranscribeCommand() {
        this(null);
    }

    /** A command that uses {@code model} instead of the acoustic model file of the system. */
    TranscribeCommand(AcousticModel model) {
        this.modelOverride = model;
    }

    @Override
    public Integer call() throws IOException {
        TranscriptFormat fmt = TranscriptFormat.of(format);
        List<AudioInputs.Item> items = AudioInputs.expand(inputs);
        boolean toDir = output != null && (items.size() > 1 || Files.isDirectory(output)
                || output.toString().endsWith("/"));
        if (toDir && Files.exists(output) && !Files.isDirectory(output)) {
            throw new Errors.UserError(output + ": is a file; with several inputs -o names a folder");
        }
        AsrSystem system = systemOptions.load(modelOverride);
        int n = threads != null ? threads : BatchTranscriber.defaultThreads(items.size());
        TranscriptWriter writer = fmt.writer();
        int[] failed = {0};
        Set<String> names = new HashSet<>();
        try (ProgressBar bar = new ProgressBar(quiet || items.size() < 2);
             Outputs.Atomic stdout = toDir || output != null ? null : Outputs.open(null)) {
            Writer out = stdout == null ? null : stdout.writer;
            new BatchTranscriber(system, n).run(items, bar, r -> {
                if (!r.ok()) {
                    failed[0]++;
                    System.err.println("vaak transcribe: " + r.error());
                    if (out != null && r.item().fromManifest()) {
                        writeFailure(out, fmt, r);
                    }
                    return;
                }
                String id = r.item().id();
                if (out != null) {
                    writer.write(r.transcript(), id, out);
                    out.flush();
                } else if (toDir) {
                    fmt.write(output.resolve(outputName(r.item(), fmt, names)), r.transcript(), id);
                } else {
                    fmt.write(output, r.transcript(), id);
                }
            });
            if (stdout != null) {
                stdout.commit();
            }
        }
        if (failed[0] > 0) {
            System.err.println("vaak transcribe: " + failed[0] + " of " + items.size() + " inputs failed");
            return 1;
        }
        return 0;
    }

    /** Keeps manifest output aligned with the manifest: an empty line (txt) or an object with the error (json). */
    private static void writeFailure(Writer out, TranscriptFormat fmt, BatchTranscriber.Result r) throws IOException {
        if (fmt == TranscriptFormat.TXT) {
            out.write('\n');
        } else if (fmt == TranscriptFormat.JSON) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", r.item().id());
            o.put("error", r.error());
            out.write(o.toString());
            out.write('\n');
        }
        out.flush();
    }

    /** {@code <id>.<ext>}; the audio file's full name is kept when two inputs would share one. */
    private static String outputName(AudioInputs.Item it, TranscriptFormat fmt, Set<String> used) {
        String name = it.id().replace('/', '_') + "." + fmt.extension();
        if (!used.add(name)) {
            name = it.audio().getFileName() + "." + fmt.extension();
            used.add(name);
        }
        return name;
    }
}
