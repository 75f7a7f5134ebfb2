package org.vaak.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaak.audio.corpus.CommonVoiceImporter;
import org.vaak.audio.corpus.KaldiDataDir;
import org.vaak.audio.corpus.Manifest;
import org.vaak.audio.corpus.MileImporter;
import org.vaak.audio.corpus.OpenSlrImporter;
import org.vaak.audio.corpus.Utterance;
import org.vaak.audio.synth.Augmentation;
import org.vaak.audio.synth.CorpusPlan;
import org.vaak.audio.synth.CorpusText;
import org.vaak.audio.synth.SpeechCorpusGenerator;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.Transcripts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "speech-corpus", mixinStandardHelpOptions = true,
        description = "Speech corpora: synthesise one from text with espeak-ng, import other layouts, "
                + "export Kaldi data directories.",
        subcommands = {SpeechCorpusCommand.Synth.class, SpeechCorpusCommand.Import.class, SpeechCorpusCommand.ExportKaldi.class})
final class SpeechCorpusCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: synth, import or export-kaldi");
    }

    @Command(name = "synth", mixinStandardHelpOptions = true,
            description = {"Speak a text corpus with espeak-ng voice variants into DIR: wav/ and train/dev/test/"
                    + "test-seen-voices.jsonl manifests (held-out speakers and sentences). Resumable: rerun the same",
                "command to finish an interrupted run, or with more --hours to grow the training split."})
    static final class Synth implements Callable<Integer> {
        @Option(names = "--lang", required = true, description = "ta or kn")
        String lang;

        @Option(names = "--train-text", required = true, description = "training text, one sentence a line")
        Path trainText;

        @Option(names = "--test-text", required = true, description = "test text (held-out sentences)")
        Path testText;

        @Option(names = {"-o", "--output"}, required = true, description = "corpus folder")
        Path output;

        @Option(names = "--hours", required = true, description = "hours of training audio")
        double hours;

        @Option(names = "--seed", defaultValue = "1", description = "corpus seed (default ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--threads", defaultValue = "2", description = "worker threads (default ${DEFAULT-VALUE})")
        int threads;

        @Option(names = "--test-size", defaultValue = "1000", description = "test utterances (default ${DEFAULT-VALUE})")
        int testSize;

        @Option(names = "--dev-size", defaultValue = "500", description = "dev utterances (default ${DEFAULT-VALUE})")
        int devSize;

        @Option(names = "--word-list-share", defaultValue = "0.25",
                description = "share of training utterances that are 3-8 random training words (default ${DEFAULT-VALUE})")
        double wordListShare;

        @Option(names = "--min-words", defaultValue = "2",
                description = "fewest words of a text sentence (default ${DEFAULT-VALUE})")
        int minWords;

        @Option(names = "--augment-share", defaultValue = "0.5",
                description = "share of utterances with noise/reverberation/gain (default ${DEFAULT-VALUE})")
        double augmentShare;

        @Option(names = "--no-phones", description = "do not store espeak-ng's phone timings in the manifests")
        boolean noPhones;

        @Override
        public Integer call() throws Exception {
            return clearErrors(this::body);
        }

        private Integer body() throws Exception {
            Language language = Language.fromCode(lang);
            List<String> train = lines(trainText);
            List<String> test = lines(testText);
            CorpusText text = CorpusText.build(train, test, Transcripts::normalize,
                    line -> Transcripts.isSpeakable(line, language), minWords);
            if (text.train().isEmpty()) {
                throw new Errors.UserError(trainText + ": no usable " + language.displayName() + " sentence");
            }
            if (text.test().isEmpty()) {
                throw new Errors.UserError(testText + ": no usable " + language.displayName()
                        + " sentence that is not also in " + trainText);
            }
            CorpusPlan.Settings d = CorpusPlan.Settings.defaults(language.code(), seed);
            CorpusPlan plan = new CorpusPlan(text, new CorpusPlan.Settings(d.language(), seed, d.trainVariants(),
                    d.heldOutVariants(), testSize, devSize, wordListShare, d.wpmMin(), d.wpmMax(), d.pitchMin(),
                    d.pitchMax(), d.rangeMin(), d.rangeMax()));
            Augmentation a = Augmentation.DEFAULT;
            Augmentation aug = new Augmentation(augmentShare, a.reverbShare(), a.rt60Min(), a.rt60Max(), a.noiseShare(),
                    a.snrMinDb(), a.snrMaxDb(), a.gainMinDb(), a.gainMaxDb());
            System.err.printf(Locale.ROOT, "vaak speech-corpus synth: %d training sentences, %d training words, "
                    + "%d held-out test sentences (test OOV rate %.2f%%)%n", text.train().size(), text.trainWords().size(),
                    text.test().size(), 100 * text.oovRate(plan.testSentences()));
            SpeechCorpusGenerator.Report r = new SpeechCorpusGenerator(plan,
                    new SpeechCorpusGenerator.Config(16000, threads, aug, hours, !noPhones), output).run();
            for (Map.Entry<String, Integer> e : r.utterances().entrySet()) {
                System.err.printf(Locale.ROOT, "  %-17s %6d utterances %7.2f h%n", e.getKey(), e.getValue(),
                        r.seconds().get(e.getKey()) / 3600);
            }
            System.err.printf(Locale.ROOT, "vaak speech-corpus synth: made %.1f s of audio in %.1f s (%.1fx real time)%n",
                    r.synthesizedSeconds(), r.wallSeconds(), r.realTimeFactor());
            return 0;
        }
    }

    /** Runs {@code body}; corpus and synthesis errors already name the file and problem: shown as they are. */
    static Integer clearErrors(Callable<Integer> body) throws Exception {
        try {
            return body.call();
        } catch (org.vaak.audio.corpus.CorpusException | org.vaak.audio.synth.SynthException e) {
            throw new Errors.UserError(e.getMessage());
        }
    }

    static List<String> lines(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Errors.UserError(file + ": no such text file");
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new Errors.UserError(file + ": not UTF-8 text");
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a speech corpus into a JSON-lines manifest (audio paths absolute, or relative "
                    + "when below the manifest's folder).",
                "openslr: folders with line_index.tsv (OpenSLR 65/79); mile: SPLIT/audio_files + SPLIT/trans_files "
                    + "(OpenSLR 126/127); commonvoice: a TSV file or a release folder (validated.tsv); kaldi: a data "
                    + "directory (segments are cut into WAV files in MANIFEST's folder, under segments/)."})
    static final class Import implements Callable<Integer> {
        @Option(names = "--format", required = true, description = "openslr, mile, commonvoice or kaldi")
        String format;

        @Parameters(index = "0", description = "source folder (or Common Voice TSV file)")
        Path source;

        @Option(names = {"-o", "--output"}, required = true, description = "manifest to write")
        Path output;

        @Option(names = "--keep-text", description = "keep transcripts as they are (default: vaak's transcript normalisation)")
        boolean keepText;

        @Override
        public Integer call() throws Exception {
            return clearErrors(this::body);
        }

        private Integer body() throws Exception {
            List<Utterance> in = switch (format.toLowerCase(Locale.ROOT)) {
                case "openslr" -> OpenSlrImporter.read(source);
                case "mile" -> MileImporter.read(source);
                case "commonvoice", "common-voice", "cv" -> CommonVoiceImporter.read(source);
                case "kaldi" -> KaldiDataDir.read(source, output.toAbsolutePath().getParent().resolve("segments"));
                default -> throw new Errors.UserError("unknown format '" + format
                        + "': expected openslr, mile, commonvoice or kaldi");
            };
            List<Utterance> out = new ArrayList<>(in.size());
            int dropped = 0;
            for (Utterance u : in) {
                String text = keepText ? u.text() : Transcripts.normalize(u.text());
                if (text.isEmpty()) {
                    dropped++;
                    continue;
                }
                out.add(new Utterance(u.id(), u.audio(), u.duration(), text, u.speaker()));
            }
            Manifest.write(output, out);
            double hours = out.stream().mapToDouble(Utterance::duration).sum() / 3600;
            System.err.printf(Locale.ROOT, "vaak speech-corpus import: %d utterances, %.2f h, %d speakers -> %s%s%n",
                    out.size(), hours, out.stream().map(Utterance::speaker).distinct().count(), output,
                    dropped == 0 ? "" : " (" + dropped + " with an empty transcript after normalisation left out)");
            return 0;
        }
    }

    @Command(name = "export-kaldi", mixinStandardHelpOptions = true,
            description = "Write a manifest as a Kaldi data directory: wav.scp, text, utt2spk, spk2utt.")
    static final class ExportKaldi implements Callable<Integer> {
        @Parameters(index = "0", description = "manifest")
        Path manifest;

        @Parameters(index = "1", description = "Kaldi data directory to write")
        Path dir;

        @Override
        public Integer call() throws Exception {
            return clearErrors(this::body);
        }

        private Integer body() throws Exception {
            List<Utterance> u = Manifest.read(manifest);
            KaldiDataDir.write(dir, u);
            System.err.println("vaak speech-corpus export-kaldi: " + u.size() + " utterances -> " + dir);
            return 0;
        }
    }
}
