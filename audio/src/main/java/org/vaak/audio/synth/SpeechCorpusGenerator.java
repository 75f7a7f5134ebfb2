package org.vaak.audio.synth;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.vaak.audio.Resampler;
import org.vaak.audio.corpus.CorpusException;
import org.vaak.audio.corpus.Manifest;
import org.vaak.audio.corpus.PcmWavWriter;
import org.vaak.audio.corpus.Utterance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Speaks a {@link CorpusPlan} into a corpus folder: {@code wav/SPLIT/ID.wav} (16-bit PCM mono at the
 * target rate) and one JSON-lines manifest per split ({@code train.jsonl}, {@code dev.jsonl},
 * {@code test.jsonl}, {@code test-seen-voices.jsonl}). Besides the standard fields each line has
 * {@code voice}, {@code wpm}, {@code pitch}, {@code range}, {@code source} ({@code text} or {@code words}),
 * {@code augment} (what augmentation did) and, when phone events are on, {@code phones}: a list of
 * {@code [phone, start, end]} in espeak-ng's phoneme mnemonics and seconds.
 *
 * <p>Resumable: every finished utterance (its WAV moved into place first) is appended to
 * {@code .progress/SPLIT.jsonl}; a rerun skips the utterances found there whose WAV exists. The training
 * split grows in blocks (16 utterances, doubling up to 256) until its audio reaches the requested hours; a
 * rerun with more hours continues it.
 * The manifests are rewritten atomically at the end of each split.
 */
public final class SpeechCorpusGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(SpeechCorpusGenerator.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FIRST_BLOCK = 16;
    private static final int MAX_BLOCK = 256;
    private static final int BABBLE_BANK = 48;
    private static final float PEAK = 0.98f;

    /** Generation settings: output rate, worker threads, augmentation, training hours, phone timings. */
    public record Config(int sampleRate, int threads, Augmentation augmentation, double trainHours, boolean phones) {
        public Config {
            if (sampleRate < 8000 || threads < 1 || !(trainHours >= 0)) {
                throw new IllegalArgumentException("bad generator settings: rate " + sampleRate + ", threads "
                        + threads + ", hours " + trainHours);
            }
        }
    }

    /** What a run produced: per split, utterances and seconds of audio; and the audio made per wall second. */
    public record Report(Map<String, Integer> utterances, Map<String, Double> seconds, double synthesizedSeconds,
            double wallSeconds) {
        public double realTimeFactor() {
            return wallSeconds == 0 ? 0 : synthesizedSeconds / wallSeconds;
        }
    }

    private final CorpusPlan plan;
    private final Config config;
    private final Path out;
    private final AtomicLong synthesizedSamples = new AtomicLong();
    private final ThreadLocal<EspeakSynthesizer> synths;
    private final List<EspeakSynthesizer> opened = new ArrayList<>();
    private Augmenter augmenter;

    public SpeechCorpusGenerator(CorpusPlan plan, Config config, Path out) {
        this.plan = plan;
        this.config = config;
        this.out = out.toAbsolutePath();
        this.synths = ThreadLocal.withInitial(() -> {
            try {
                EspeakSynthesizer s = EspeakSynthesizer.open(config.phones());
                synchronized (opened) {
                    opened.add(s);
                }
                return s;
            } catch (SynthException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Generates (or completes) every split. */
    public Report run() throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(out.resolve("wav"));
        checkVariants();
        augmenter = new Augmenter(config.augmentation(), config.sampleRate(), babbleBank());
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(config.threads());
        try {
            for (String split : CorpusPlan.SPLITS) {
                TreeMap<Integer, Done> done = loadProgress(split);
                List<Done> kept;
                if (split.equals(CorpusPlan.TRAIN)) {
                    kept = runTrain(pool, done);
                } else {
                    int n = plan.size(split);
                    runRange(pool, split, 0, n, done);
                    kept = new ArrayList<>(done.headMap(n).values());
                }
                writeManifest(split, kept);
                counts.put(split, kept.size());
                seconds.put(split, kept.stream().mapToDouble(d -> d.seconds).sum());
                LOG.info("{}: {} utterances, {} h", split, kept.size(), String.format("%.2f", seconds.get(split) / 3600));
            }
        } finally {
            pool.shutdownNow();
            synchronized (opened) {
                opened.forEach(EspeakSynthesizer::close);
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Report(counts, seconds, synthesizedSamples.get() / (double) config.sampleRate(), wall);
    }

    private void checkVariants() throws IOException {
        EspeakSynthesizer s = synthesizer();
        var known = s.variants();
        for (List<String> list : List.of(plan.settings().trainVariants(), plan.settings().heldOutVariants())) {
            for (String v : list) {
                if (!known.contains(v)) {
                    throw new SynthException("espeak-ng (" + s.dataPath() + ") has no voice variant '" + v
                            + "'; it would be ignored silently. Known: " + known);
                }
            }
        }
    }

    private EspeakSynthesizer synthesizer() throws SynthException {
        try {
            return synths.get();
        } catch (UncheckedIOException e) {
            throw (SynthException) e.getCause();
        }
    }

    /** Clean training-voice utterances to build babble noise from (the same for every run of a plan). */
    private List<float[]> babbleBank() throws IOException {
        List<float[]> bank = new ArrayList<>();
        if (config.augmentation().share() == 0 || config.augmentation().noiseShare() == 0) {
            return bank;
        }
        for (int i = 0; i < BABBLE_BANK; i++) {
            PlannedUtterance p = plan.get(CorpusPlan.TRAIN, 1_000_000_000 + i);
            Speech s = synthesizer().speak(p.text(), p.voice(), (int) p.seed());
            bank.add(Resampler.resample(s.samples(), s.sampleRate(), config.sampleRate()));
        }
        return bank;
    }

    private List<Done> runTrain(ExecutorService pool, TreeMap<Integer, Done> done) throws IOException {
        double target = config.trainHours() * 3600;
        int end = 0;
        int block = FIRST_BLOCK;
        while (true) {
            double total = 0;
            int reached = -1;
            for (int i = 0; i < end; i++) {
                Done d = done.get(i);
                total += d.seconds;
                if (total >= target) {
                    reached = i;
                    break;
                }
            }
            if (reached >= 0 || target == 0) {
                return new ArrayList<>(done.headMap(reached + 1).values());
            }
            runRange(pool, CorpusPlan.TRAIN, end, end + block, done);
            end += block;
            block = Math.min(MAX_BLOCK, 2 * block);
            LOG.info("train: {} utterances, {} h of {} h", end, String.format("%.2f", total / 3600),
                    String.format("%.2f", target / 3600));
        }
    }

    private void runRange(ExecutorService pool, String split, int from, int to, TreeMap<Integer, Done> done)
            throws IOException {
        List<Future<Done>> futures = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!done.containsKey(i)) {
                PlannedUtterance p = plan.get(split, i);
                futures.add(pool.submit(() -> make(p)));
            }
        }
        for (Future<Done> f : futures) {
            try {
                Done d = f.get();
                done.put(d.index, d);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof IOException io) {
                    throw io;
                }
                if (c instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                throw new IOException("generation failed: " + c, c);
            }
        }
    }

    private record Done(int index, double seconds, String line) {
    }

    private Done make(PlannedUtterance p) throws IOException {
        SplittableRandom rng = new SplittableRandom(p.seed());
        int espeakSeed = rng.nextInt();
        Speech speech = synthesizer().speak(p.text(), p.voice(), espeakSeed);
        float[] x = Resampler.resample(speech.samples(), speech.sampleRate(), config.sampleRate());
        Augmenter.Result aug = augmenter.apply(x, rng.split());
        float peak = Signals.peak(aug.samples());
        if (peak > PEAK) {
            Signals.scale(aug.samples(), PEAK / peak); // resampling can overshoot a full-scale input a little
        }
        Path wav = out.resolve("wav").resolve(p.split()).resolve(p.id() + ".wav");
        PcmWavWriter.write(wav, aug.samples(), config.sampleRate());
        synthesizedSamples.addAndGet(aug.samples().length);
        double seconds = aug.samples().length / (double) config.sampleRate();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("voice", p.voice().espeakName());
        extra.put("wpm", p.voice().wordsPerMinute());
        extra.put("pitch", p.voice().pitch());
        extra.put("range", p.voice().pitchRange());
        extra.put("source", p.source());
        extra.put("augment", aug.description());
        if (config.phones()) {
            List<List<Object>> phones = new ArrayList<>();
            for (PhoneTiming t : speech.phones()) {
                phones.add(List.of(t.phone(), round(t.start()), round(t.end())));
            }
            extra.put("phones", phones);
        }
        String line = Manifest.line(new Utterance(p.id(), wav, seconds, p.text(), p.speaker()), out, extra);
        appendProgress(p.split(), line);
        return new Done(p.index(), seconds, line);
    }

    private static double round(double s) {
        return Math.round(s * 1000) / 1000.0;
    }

    private synchronized void appendProgress(String split, String line) throws IOException {
        Path f = out.resolve(".progress").resolve(split + ".jsonl");
        Files.createDirectories(f.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            w.write(line);
            w.write('\n');
        }
    }

    /** Finished utterances of {@code split} from an earlier run: progress lines whose WAV exists. */
    private TreeMap<Integer, Done> loadProgress(String split) throws IOException {
        TreeMap<Integer, Done> done = new TreeMap<>();
        Path f = out.resolve(".progress").resolve(split + ".jsonl");
        if (!Files.exists(f)) {
            return done;
        }
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n;
                try {
                    n = JSON.readTree(line);
                } catch (IOException e) {
                    continue; // a line cut off by an interruption: that utterance is made again
                }
                if (n == null || !n.has("id") || !n.has("audio_filepath") || !n.has("duration")) {
                    continue;
                }
                String id = n.get("id").asText();
                int index;
                try {
                    index = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
                } catch (NumberFormatException e) {
                    throw new CorpusException(f + ": utterance id '" + id + "' does not end in an index");
                }
                if (index < 0 || !split.equals(CorpusPlan.TRAIN) && index >= plan.size(split)) {
                    continue; // beyond a smaller test or dev size: left out of the manifest
                }
                PlannedUtterance p = plan.get(split, index);
                if (!p.id().equals(id) || !p.text().equals(n.path("text").asText())) {
                    throw new CorpusException(f + ": utterance " + id + " was planned differently (another seed, "
                            + "text or settings?); use a new output folder");
                }
                if (Files.isRegularFile(out.resolve(n.get("audio_filepath").asText()))) {
                    done.put(index, new Done(index, n.get("duration").asDouble(), line));
                }
            }
        }
        return done;
    }

    private void writeManifest(String split, List<Done> lines) throws IOException {
        Path target = out.resolve(split + ".jsonl");
        Path tmp = Files.createTempFile(out, "." + split, ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (Done d : lines) {
                    w.write(d.line);
                    w.write('\n');
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
