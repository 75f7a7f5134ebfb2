package org.vaak.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vaak.asr.AcousticModel;
import org.vaak.asr.eval.EditAlignment;
import org.vaak.asr.eval.ErrorRate;
import org.vaak.asr.system.AsrSystem;
import org.vaak.lexicons.Transcripts;
import org.vaak.segmentation.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vaak eval-asr}: transcribes a manifest and scores it. WER over words and CER over characters
 * (spaces included) of the normalised texts ({@link Transcripts#normalize}); OOV rate: reference word tokens not in
 * the system's vocabulary ({@link AsrSystem#vocabulary()}); RTF: CPU time of recognition (reading, features,
 * acoustic model, search) over audio duration, and the wall-clock RTF with the threads used.
 */
@Command(name = "eval-asr", mixinStandardHelpOptions = true,
        description = "Word and character error rates, OOV rate and real-time factor of a system on a manifest.")
final class EvalAsrCommand implements Callable<Integer> {
    @Option(names = "--manifest", required = true, paramLabel = "TEST.jsonl", description = "the test manifest")
    Path manifest;

    @Mixin
    SystemOptions systemOptions = new SystemOptions();

    @Option(names = "--threads", description = "recognisers working in parallel (default: the processors)")
    Integer threads;

    @Option(names = "--report", paramLabel = "OUT.json", description = "write the scores and per-utterance errors as JSON")
    Path report;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    private final AcousticModel modelOverride;

    EvalAsrCommand() {
        this(null);
    }

    /** A command that uses {@code model} instead of the acoustic model file of the system. */
    EvalAsrCommand(AcousticModel model) {
        this.modelOverride = model;
    }

    @Override
    public Integer call() throws IOException {
        if (!manifest.getFileName().toString().endsWith(".jsonl")) {
            throw new Errors.UserError(manifest + ": a manifest must be a .jsonl file");
        }
        List<AudioInputs.Item> items = AudioInputs.expand(List.of(manifest));
        if (items.isEmpty()) {
            throw new Errors.UserError(manifest + ": no utterances");
        }
        AsrSystem system = systemOptions.load(modelOverride);
        Set<String> vocabulary = system.vocabulary();
        int n = threads != null ? threads : BatchTranscriber.defaultThreads(items.size());
        ErrorRate wer = new ErrorRate();
        ErrorRate cer = new ErrorRate();
        long[] counts = new long[4]; // oov words, failed, cpu nanos
        double[] audio = {0};
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        ArrayNode utts = json.createArrayNode();
        long wall0 = System.nanoTime();
        try (ProgressBar bar = new ProgressBar(quiet)) {
            new BatchTranscriber(system, n).run(items, bar, r -> {
                ObjectNode u = utts.addObject();
                u.put("id", r.item().id());
                String ref = Transcripts.normalize(r.item().reference());
                u.put("reference", ref);
                if (!r.ok()) {
                    counts[1]++;
                    System.err.println("vaak eval-asr: " + r.error());
                    u.put("error", r.error());
                    return;
                }
                String hyp = Transcripts.normalize(r.transcript().text());
                EditAlignment w = wer.add(Transcripts.tokens(ref), Transcripts.tokens(hyp));
                cer.addCharacters(ref, hyp);
                for (String word : Transcripts.tokens(ref)) {
                    if (!vocabulary.contains(word)) {
                        counts[0]++;
                    }
                }
                counts[2] += r.cpuNanos();
                audio[0] += r.transcript().duration();
                u.put("hypothesis", hyp);
                u.put("word_errors", w.errors());
                u.put("words", w.referenceLength());
            });
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        if (counts[1] == items.size()) {
            throw new Errors.UserError(manifest + ": no utterance could be transcribed");
        }
        double rtfCpu = counts[2] / 1e9 / audio[0];
        double rtfWall = wall / audio[0];
        double oov = wer.referenceLength() == 0 ? 0 : counts[0] / (double) wer.referenceLength();
        var c = system.config();
        System.out.printf(Locale.ROOT, "system %s (%s, %s)%n", c.displayName(), c.language().code(),
                c.units().name().toLowerCase(Locale.ROOT));
        System.out.printf(Locale.ROOT, "utterances %d (%d failed), words %d, audio %.1f s%n", wer.utterances(),
                counts[1], wer.referenceLength(), audio[0]);
        System.out.printf(Locale.ROOT, "WER %.2f%% (%d sub, %d del, %d ins)%n", 100 * wer.rate(), wer.substitutions(),
                wer.deletions(), wer.insertions());
        System.out.printf(Locale.ROOT, "CER %.2f%% (characters of the normalised text, spaces included)%n",
                100 * cer.rate());
        System.out.printf(Locale.ROOT, "OOV %.2f%% (%d of %d reference words not in the %s)%n", 100 * oov, counts[0],
                wer.referenceLength(), c.vocabulary() != null ? "vocabulary file" : "graph's whole-word units");
        System.out.printf(Locale.ROOT, "RTF %.4f (CPU time / audio), wall %.4f with %d thread(s)%n", rtfCpu, rtfWall,
                Math.min(n, items.size()));
        System.out.flush();
        if (report != null) {
            root.put("system", c.displayName());
            root.put("system_file", c.file().toString());
            root.put("language", c.language().code());
            root.put("units", c.units().name().toLowerCase(Locale.ROOT));
            root.put("manifest", manifest.toString());
            root.put("utterances", wer.utterances());
            root.put("failed", counts[1]);
            root.put("words", wer.referenceLength());
            root.put("characters", cer.referenceLength());
            root.put("audio_seconds", audio[0]);
            root.put("wer", wer.rate());
            root.put("word_substitutions", wer.substitutions());
            root.put("word_deletions", wer.deletions());
            root.put("word_insertions", wer.insertions());
            root.put("cer", cer.rate());
            root.put("cer_units", "characters of the normalised text, spaces included");
            root.put("oov_rate", oov);
            root.put("oov_words", counts[0]);
            root.put("oov_vocabulary", c.vocabulary() != null ? c.vocabulary().toString() : "graph whole-word units");
            root.put("rtf_cpu", rtfCpu);
            root.put("rtf_wall", rtfWall);
            root.put("threads", Math.min(n, items.size()));
            root.set("per_utterance", utts);
            AtomicFiles.writeString(report, json.writeValueAsString(root) + "\n");
        }
        return counts[1] > 0 ? 1 : 0;
    }
}
