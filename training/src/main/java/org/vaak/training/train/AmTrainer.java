package org.vaak.training.train;

import org.vaak.asr.am.GreedyCtcDecoder;
import org.vaak.asr.eval.EditAlignment;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaak.audio.FeatureConfig;
import org.vaak.lexicons.Language;
import org.vaak.training.am.AmConfig;
import org.vaak.training.am.AmExporter;
import org.vaak.training.am.ConformerCtc;
import org.vaak.training.am.DjlAcousticModel;
import org.vaak.training.ctc.CtcLoss;
import org.vaak.training.data.AmDataset;
import org.vaak.training.data.CtcFeasibility;
import org.vaak.training.data.FeatureCache;
import org.vaak.training.data.FeatureStats;
import org.vaak.training.data.LengthBatcher;
import org.vaak.training.data.PhoneLabels;
import org.vaak.training.data.SpecAugment;

/**
 * Trains the conformer-CTC acoustic model with DJL: CTC over phones (loss and occupancies from
 * {@link CtcLoss} on the CPU, injected into autograd through the surrogate {@code sum(G * logits)} with
 * {@code G = (softmax - gamma) / phones}), AdamW, warm-up + cosine schedule, gradient clipping by global
 * norm, SpecAugment, length-bucketed batches. Progress goes to the log and to {@code OUT/progress.tsv};
 * {@code OUT/checkpoint.safetensors} is written every few minutes and when the run ends or is asked to stop
 * (SIGTERM), and a run resumes from it. The model file {@code OUT/am-<lang>.safetensors} and its cross-check
 * {@code OUT/am-<lang>.reference.safetensors} are written at every evaluation.
 */
public final class AmTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(AmTrainer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TrainOptions o;
    private volatile boolean stopRequested;
    private int nonFinite;
    private final long[] timers = new long[3]; // network (forward + backward), CTC on the CPU, optimiser
    private final CountDownLatch finished = new CountDownLatch(1);

    public AmTrainer(TrainOptions options) {
        this.o = options;
    }

    /** What a finished run reached. */
    public record Summary(long steps, int epoch, double trainLoss, double devLoss, double devPer, int subsampling) {
    }

    /** Asks a running {@link #run} to checkpoint and return after its current step; waits up to 2 minutes. */
    public void stopAndWait() {
        stopRequested = true;
        try {
            finished.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public Summary run() throws IOException {
        try {
            return train();
        } finally {
            finished.countDown();
        }
    }

    private Summary train() throws IOException {
        long sessionStart = System.nanoTime();
        Language lang = Language.fromCode(o.language());
        PhoneLabels phones = new PhoneLabels(lang);
        FeatureConfig fc = FeatureConfig.DEFAULT;
        Files.createDirectories(o.out());
        FeatureCache.Features trainF = FeatureCache.load(o.train(), o.cacheDir().resolve(cacheName(o.train())), fc,
                o.threads());
        FeatureCache.Features devF = FeatureCache.load(o.dev(), o.cacheDir().resolve(cacheName(o.dev())), fc,
                o.threads());
        Path ckpt = o.out().resolve("checkpoint.safetensors");
        AmConfig cfg;
        if (Checkpoint.exists(ckpt)) {
            cfg = Checkpoint.config(ckpt);
            LOG.info("resuming from {} (network {})", ckpt, cfg.toJson());
        } else {
            int sub = chooseSubsampling(trainF, phones);
            cfg = new AmConfig(o.language(), o.d(), o.heads(), o.ffn(), o.blocks(), o.convKernel(), o.attnLeft(),
                    o.attnRight(), sub, fc.melBins(), phones.phones());
        }
        AmDataset train = AmDataset.of(trainF, phones, cfg::outputFrames);
        AmDataset dev = AmDataset.of(devF, phones, cfg::outputFrames);
        LOG.info("train: {} utterances, {} h; left out {}", train.size(),
                String.format("%.2f", train.totalFrames() / 360000.0), train.skipped());
        LOG.info("dev: {} utterances, {} h; left out {}", dev.size(),
                String.format("%.2f", dev.totalFrames() / 360000.0), dev.skipped());
        if (train.size() == 0 || dev.size() == 0) {
            throw new IllegalArgumentException("no usable utterances in " + (train.size() == 0 ? o.train() : o.dev()));
        }
        FeatureStats stats = FeatureStats.of(trainF, train.featureIndices());
        int[] trainFrames = IntStream.range(0, train.size()).map(train::frames).toArray();
        int[] devFrames = IntStream.range(0, dev.size()).map(dev::frames).toArray();
        LengthBatcher batcher = new LengthBatcher(o.batchFrames(), o.maxUtterances());
        int perEpoch = batcher.epoch(trainFrames, o.seed(), 0).size();
        LrSchedule schedule = new LrSchedule(o.lr(), o.warmup(), Math.max(o.warmup() + 1L, (long) o.epochs() * perEpoch),
                0.02);
        Engine engine = Engine.getEngine("PyTorch");
        try (NDManager root = NDManager.newBaseManager()) {
            ConformerCtc net = new ConformerCtc(cfg, o.seed(), o.dropout());
            net.initialize(root);
            Map<String, Parameter> params = net.namedParameters();
            long numParams = params.values().stream().mapToLong(p -> p.getArray().size()).sum();
            AdamW opt = new AdamW(0.9f, 0.98f, 1e-8f, o.weightDecay());
            Checkpoint.State st = Checkpoint.exists(ckpt) ? Checkpoint.load(ckpt, net, opt)
                    : new Checkpoint.State(0, 0, 0, o.seed(), 0, Double.NaN, Double.NaN);
            LOG.info("network: {} parameters, {} tokens, subsampling {}, receptive field {}+{} frames; {} batches "
                    + "per epoch, schedule {}", numParams, cfg.numTokens(), cfg.subsampling(), cfg.leftContext(),
                    cfg.rightContext(), perEpoch, schedule);
            DjlAcousticModel am = new DjlAcousticModel(net, stats, fc, root);
            BufferedWriter progress = progress(o.out().resolve("progress.tsv"));
            long lastCkpt = System.nanoTime();
            double trainedBefore = st.trainedSeconds();
            long intervalStart = System.nanoTime();
            long intervalFrames = 0;
            double intervalLoss = 0;
            long intervalPhones = 0;
            double lastTrainLoss = Double.NaN;
            double gradNorm = 0;
            boolean done = false;
            while (!done) {
                List<int[]> batches = batcher.epoch(trainFrames, o.seed(), st.epoch());
                int b = st.batchInEpoch();
                for (; b < batches.size() && !done; b++) {
                    long step = st.step() + 1;
                    engine.setRandomSeed((int) (o.seed() * 1_000_003L + step));
                    SplittableRandom aug = new SplittableRandom(o.seed() * 0x9E3779B97F4A7C15L + step);
                    AmDataset.Batch batch = train.batch(batches.get(b), stats, SpecAugment.DEFAULT, aug);
                    float lr = (float) schedule.at(step);
                    double[] res = step(net, params, opt, root, batch, cfg, lr, step);
                    gradNorm = res[2];
                    intervalLoss += res[0];
                    intervalPhones += (long) res[1];
                    intervalFrames += batch.realFrames();
                    double elapsed = (System.nanoTime() - sessionStart) / 1e9;
                    st = new Checkpoint.State(step, st.epoch(), b + 1, o.seed(), trainedBefore + elapsed,
                            st.lastDevLoss(), st.lastDevPer());
                    if (step % o.logEvery() == 0) {
                        double secs = (System.nanoTime() - intervalStart) / 1e9;
                        lastTrainLoss = intervalLoss / Math.max(1, intervalPhones);
                        LOG.info(String.format("step %d epoch %d (%d/%d) loss %.4f lr %.2e frames/s %.0f steps/s %.3f "
                                + "grad %.2f rss %d MB (network %.0f %%, ctc %.0f %%, update %.0f %%)", step, st.epoch(),
                                b + 1, batches.size(), lastTrainLoss, lr, intervalFrames / secs, o.logEvery() / secs,
                                gradNorm, rssMb(), timers[0] / secs / 1e7, timers[1] / secs / 1e7,
                                timers[2] / secs / 1e7));
                        java.util.Arrays.fill(timers, 0);
                        progress.write(String.format("%d\t%d\t%.4f\t%.3e\t%.0f\t%.3f\t%d\t\t%n", step, st.epoch(),
                                lastTrainLoss, lr, intervalFrames / secs, gradNorm, rssMb()));
                        progress.flush();
                        intervalStart = System.nanoTime();
                        intervalFrames = 0;
                        intervalLoss = 0;
                        intervalPhones = 0;
                    }
                    if (o.maxRssMb() > 0 && step % o.logEvery() == 0 && rssMb() > o.maxRssMb()) {
                        // native memory of the engine grows in long runs: a fresh process continues from here
                        Checkpoint.save(ckpt, net, opt, st);
                        throw new IllegalStateException("resident memory " + rssMb() + " MB above --max-rss-mb "
                                + o.maxRssMb() + ": checkpoint at step " + step + " written, restart to continue");
                    }
                    boolean outOfTime = o.maxMinutes() > 0 && elapsed > o.maxMinutes() * 60;
                    done = stopRequested || outOfTime || (o.maxSteps() > 0 && step >= o.maxSteps());
                    if (!stopRequested && (step % o.evalEvery() == 0 || done)) {
                        double[] ev = evaluate(net, dev, devFrames, stats, batcher, cfg, root);
                        st = new Checkpoint.State(st.step(), st.epoch(), st.batchInEpoch(), o.seed(),
                                st.trainedSeconds(), ev[0], ev[1]);
                        LOG.info(String.format("step %d dev loss %.4f PER %.2f %% (%d utterances)", step, ev[0],
                                100 * ev[1], dev.size()));
                        progress.write(String.format("%d\t%d\t\t\t\t\t\t%.4f\t%.4f%n", step, st.epoch(), ev[0], ev[1]));
                        progress.flush();
                        if (!stopRequested) {
                            export(net, am, stats, fc, st, lastTrainLoss, trainF, devF);
                        }
                    }
                    if (stopRequested) {
                        // asked to stop (SIGTERM): write the checkpoint before the JVM's exit hooks give up
                        Checkpoint.save(ckpt, net, opt, st);
                        LOG.info("stop requested: checkpoint at step {} -> {}", step, ckpt);
                        break;
                    }
                    if (done || (System.nanoTime() - lastCkpt) / 60e9 >= o.checkpointMinutes()) {
                        Checkpoint.save(ckpt, net, opt, st);
                        lastCkpt = System.nanoTime();
                        LOG.info("checkpoint at step {} -> {}", step, ckpt);
                    }
                }
                if (b >= batches.size()) {
                    st = new Checkpoint.State(st.step(), st.epoch() + 1, 0, o.seed(), st.trainedSeconds(),
                            st.lastDevLoss(), st.lastDevPer());
                }
            }
            progress.close();
            return new Summary(st.step(), st.epoch(), lastTrainLoss, st.lastDevLoss(), st.lastDevPer(),
                    cfg.subsampling());
        }
    }

    /** One update; returns {summed loss, phones, gradient norm}. */
    private double[] step(ConformerCtc net, Map<String, Parameter> params, AdamW opt, NDManager root,
            AmDataset.Batch batch, AmConfig cfg, float lr, long step) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray x = root.create(batch.features(), new Shape(batch.size(), batch.maxFrames(), batch.bins()));
            double[] lossAndPhones;
            long t0 = System.nanoTime();
            long ctcTime;
            try (GradientCollector gc = Engine.getEngine("PyTorch").newGradientCollector()) {
                NDArray logits = net.logits(x, batch.lengths(), true);
                lossAndPhones = new double[3];
                long c0 = System.nanoTime();
                NDArray g = ctcGradient(root, logits, net.outputLengths(batch.lengths()), batch.labels(),
                        lossAndPhones);
                ctcTime = System.nanoTime() - c0;
                gc.backward(logits.mul(g).sum());
            }
            long t1 = System.nanoTime();
            timers[0] += t1 - t0 - ctcTime;
            timers[1] += ctcTime;
            List<float[]> grads = new ArrayList<>(params.size());
            double sq = 0;
            String firstBad = null;
            String lastBad = null;
            int badCount = 0;
            for (Map.Entry<String, Parameter> pe : params.entrySet()) {
                Parameter p = pe.getValue();
                NDArray grad = p.getArray().getGradient();
                float[] g = grad.toFloatArray();
                // in place by engine ops: set(Buffer) on this temporary wrapper would leave the gradient
                // tensor pointing into a buffer the GC later frees
                org.vaak.training.am.Weights.zeroGradient(grad);
                double psq = 0;
                for (float gi : g) {
                    psq += (double) gi * gi;
                }
                if (!Double.isFinite(psq)) {
                    badCount++;
                    lastBad = pe.getKey();
                    if (firstBad == null) {
                        firstBad = pe.getKey();
                    }
                }
                sq += psq;
                grads.add(g);
            }
            double norm = Math.sqrt(sq);
            if (Double.isFinite(norm) && Double.isFinite(lossAndPhones[0])) {
                float scale = norm > o.clip() ? (float) (o.clip() / norm) : 1f;
                int i = 0;
                for (Map.Entry<String, Parameter> e : params.entrySet()) {
                    NDArray w = e.getValue().getArray();
                    float[] values = w.toFloatArray();
                    opt.update(e.getKey(), values, grads.get(i++), scale, lr, step, w.getShape().dimension() >= 2);
                    org.vaak.training.am.Weights.assign(w, values);
                }
                nonFinite = 0;
            } else if (++nonFinite >= 3) {
                throw new IllegalStateException("step " + step + ": loss or gradient not finite three times in a "
                        + "row: training diverged; resume from the checkpoint with a lower --lr");
            } else {
                LOG.warn("step {}: non-finite loss {} or gradient norm {} ({} of {} parameters, first {}, last {}; "
                        + "batch of {} x {} frames, non-finite log-probabilities: {}), update skipped", step,
                        lossAndPhones[0], norm, badCount, params.size(), firstBad, lastBad, batch.size(),
                        batch.maxFrames(), lossAndPhones[2]);
            }
            timers[2] += System.nanoTime() - t1;
            return new double[] {lossAndPhones[0], lossAndPhones[1], norm};
        }
    }

    /**
     * CTC on the CPU for each utterance of the batch (in parallel): the array {@code (softmax - gamma) / phones}
     * over real frames (0 on padding), and the summed loss and phone count in {@code lossAndPhones}.
     */
    static NDArray ctcGradient(NDManager m, NDArray logits, int[] outLengths, int[][] labels, double[] lossAndPhones) {
        Shape s = logits.getShape();
        int tOut = (int) s.get(1);
        int v = (int) s.get(2);
        float[] lp;
        try (NDArray l = logits.logSoftmax(-1)) {
            lp = l.toFloatArray();
        }
        long phones = 0;
        for (int[] l : labels) {
            phones += l.length;
        }
        float norm = (float) Math.max(1, phones);
        float[] grad = new float[lp.length];
        double[] losses = new double[labels.length];
        if (lossAndPhones.length > 2) {
            int bad = 0;
            for (float x : lp) {
                bad += Float.isFinite(x) ? 0 : 1;
            }
            lossAndPhones[2] = bad;
        }
        IntStream.range(0, labels.length).parallel().forEach(i -> {
            int off = i * tOut * v;
            int n = outLengths[i];
            float[] slice = java.util.Arrays.copyOfRange(lp, off, off + n * v);
            CtcLoss.Result r = CtcLoss.compute(slice, n, v, labels[i]);
            losses[i] = r.loss();
            if (r.feasible()) {
                float[] gamma = r.gamma();
                for (int j = 0; j < n * v; j++) {
                    grad[off + j] = ((float) Math.exp(slice[j]) - gamma[j]) / norm;
                }
            }
        });
        double sum = 0;
        for (double l : losses) {
            sum += l;
        }
        lossAndPhones[0] = sum;
        lossAndPhones[1] = phones;
        return m.create(grad, s);
    }

    /** Dev loss per phone and greedy phone error rate. */
    private double[] evaluate(ConformerCtc net, AmDataset dev, int[] devFrames, FeatureStats stats,
            LengthBatcher batcher, AmConfig cfg, NDManager root) {
        double loss = 0;
        long phones = 0;
        long errors = 0;
        for (int[] ex : batcher.inOrder(devFrames)) {
            if (stopRequested) {
                break;
            }
            AmDataset.Batch batch = dev.batch(ex, stats, null, null);
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                NDArray x = root.create(batch.features(), new Shape(batch.size(), batch.maxFrames(), batch.bins()));
                NDArray lp = net.logits(x, batch.lengths(), false).logSoftmax(-1);
                float[] all = lp.toFloatArray();
                int tOut = (int) lp.getShape().get(1);
                int v = cfg.numTokens();
                int[] outLen = net.outputLengths(batch.lengths());
                for (int i = 0; i < batch.size(); i++) {
                    float[] slice = java.util.Arrays.copyOfRange(all, i * tOut * v, (i * tOut + outLen[i]) * v);
                    int[] ref = batch.labels()[i];
                    CtcLoss.Result r = CtcLoss.compute(slice, outLen[i], v, ref);
                    if (r.feasible()) {
                        loss += r.loss();
                    }
                    errors += EditAlignment.align(boxed(ref), boxed(GreedyCtcDecoder.decode(slice, outLen[i], v))).errors();
                    phones += ref.length;
                }
            }
        }
        return new double[] {loss / Math.max(1, phones), errors / (double) Math.max(1, phones)};
    }

    private static java.util.List<Integer> boxed(int[] tokens) {
        return java.util.Arrays.stream(tokens).boxed().toList();
    }

    private void export(ConformerCtc net, DjlAcousticModel am, FeatureStats stats, FeatureConfig fc,
            Checkpoint.State st, double trainLoss, FeatureCache.Features trainF, FeatureCache.Features devF)
            throws IOException {
        ObjectNode t = JSON.createObjectNode();
        t.put("corpus", o.train().getFileName().toString());
        t.put("corpus_sha256", trainF.manifestHash());
        t.put("dev", o.dev().getFileName().toString());
        t.put("dev_sha256", devF.manifestHash());
        t.put("epochs", st.epoch());
        t.put("steps", st.step());
        t.put("seed", o.seed());
        t.put("trained_seconds", Math.round(st.trainedSeconds()));
        t.put("train_loss", trainLoss);
        t.put("dev_loss", st.lastDevLoss());
        t.put("dev_per", st.lastDevPer());
        Path model = o.out().resolve("am-" + o.language() + ".safetensors");
        AmExporter.write(model, net, stats, fc, t.toString());
        int frames = devF.frames(0);
        float[][] raw = new float[frames][devF.melBins()];
        for (int f = 0; f < frames; f++) {
            for (int k = 0; k < devF.melBins(); k++) {
                raw[f][k] = devF.get(0, f, k);
            }
        }
        AmExporter.writeReference(o.out().resolve("am-" + o.language() + ".reference.safetensors"), am, raw,
                "dev utterance " + devF.utterances().get(0).id());
    }

    private int chooseSubsampling(FeatureCache.Features f, PhoneLabels phones) throws IOException {
        List<Integer> frames = new ArrayList<>();
        List<int[]> labels = new ArrayList<>();
        for (int i = 0; i < f.utterances().size(); i++) {
            try {
                int[] t = phones.tokens(f.utterances().get(i).text());
                if (t.length > 0) {
                    labels.add(t);
                    frames.add(f.frames(i));
                }
            } catch (IllegalArgumentException e) {
                // counted when the dataset is built
            }
        }
        int[] fr = frames.stream().mapToInt(Integer::intValue).toArray();
        CtcFeasibility two = CtcFeasibility.of(2, fr, labels);
        CtcFeasibility four = CtcFeasibility.of(4, fr, labels);
        String report = "CTC feasibility on " + o.train() + "\n" + two + "\n" + four + "\n";
        int sub;
        if (o.subsampling().equals("auto")) {
            // 4 only when (almost) every utterance keeps a comfortable margin at 25 output frames per second
            sub = four.infeasible() <= four.utterances() / 1000 && four.p1Ratio() >= 1.25 ? 4 : 2;
            report += "chosen: subsampling " + sub + " (auto: 4 needs <= 0.1 % infeasible and a 1st-percentile "
                    + "ratio >= 1.25)\n";
        } else {
            sub = Integer.parseInt(o.subsampling());
            report += "chosen: subsampling " + sub + " (--subsampling)\n";
        }
        LOG.info(report.strip());
        Files.writeString(o.out().resolve("feasibility.txt"), report, StandardCharsets.UTF_8);
        return sub;
    }

    private static String cacheName(Path manifest) {
        String n = manifest.getFileName().toString();
        return (n.endsWith(".jsonl") ? n.substring(0, n.length() - 6) : n) + ".features.safetensors";
    }

    private static BufferedWriter progress(Path file) throws IOException {
        boolean fresh = !Files.exists(file);
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (fresh) {
            w.write("step\tepoch\ttrain_loss\tlr\tframes_per_s\tgrad_norm\trss_mb\tdev_loss\tdev_per\n");
        }
        return w;
    }

    /** Resident memory of this process in MB (Linux), -1 elsewhere. */
    static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
