package org.vaak.training.train;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vaak.audio.FeatureConfig;
import org.vaak.lexicons.Language;
import org.vaak.training.am.AmConfig;
import org.vaak.training.am.AmExporter;
import org.vaak.training.am.DjlAcousticModel;
import org.vaak.training.ctc.GreedyCtc;
import org.vaak.training.data.AmDataset;
import org.vaak.training.data.FeatureCache;
import org.vaak.training.data.PhoneLabels;

/**
 * Greedy-CTC phone error rate of a model file on manifests, with the DJL network:
 * {@code EvalAm --model am-ta.safetensors --cache DIR MANIFEST...}. Prints one line per manifest:
 * utterances, hours, phones, errors, PER.
 */
public final class EvalAm {
    private EvalAm() {
    }

    /** Phone errors and reference phones of {@code model} on {@code manifest}. */
    public static long[] errors(DjlAcousticModel model, AmConfig cfg, Path manifest, Path cacheDir) throws Exception {
        PhoneLabels phones = new PhoneLabels(Language.fromCode(cfg.language()));
        String name = manifest.getFileName().toString().replaceAll("\\.jsonl$", "");
        FeatureCache.Features f = FeatureCache.load(manifest, cacheDir.resolve(name + ".features.safetensors"),
                FeatureConfig.DEFAULT, 2);
        AmDataset data = AmDataset.of(f, phones, n -> Integer.MAX_VALUE);
        long errors = 0;
        long ref = 0;
        long frames = 0;
        int[] idx = data.featureIndices();
        for (int i = 0; i < data.size(); i++) {
            int u = idx[i];
            float[][] raw = new float[f.frames(u)][f.melBins()];
            for (int t = 0; t < raw.length; t++) {
                for (int k = 0; k < f.melBins(); k++) {
                    raw[t][k] = f.get(u, t, k);
                }
            }
            float[][] lp = model.logPosteriors(raw);
            float[] flat = new float[lp.length * model.numTokens()];
            for (int t = 0; t < lp.length; t++) {
                System.arraycopy(lp[t], 0, flat, t * model.numTokens(), model.numTokens());
            }
            errors += GreedyCtc.editDistance(GreedyCtc.decode(flat, lp.length, model.numTokens()), data.labels(i));
            ref += data.labels(i).length;
            frames += raw.length;
        }
        return new long[] {errors, ref, data.size(), frames};
    }

    public static void main(String[] args) throws Exception {
        Path model = null;
        Path cache = Path.of("build/am-eval-cache");
        List<Path> manifests = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--model" -> model = Path.of(args[++i]);
                case "--cache" -> cache = Path.of(args[++i]);
                default -> manifests.add(Path.of(args[i]));
            }
        }
        if (model == null || manifests.isEmpty()) {
            System.err.println("usage: EvalAm --model am-LANG.safetensors [--cache DIR] MANIFEST.jsonl...");
            System.exit(2);
        }
        try (NDManager m = NDManager.newBaseManager()) {
            AmExporter.Loaded loaded = AmExporter.read(model, m);
            DjlAcousticModel am = loaded.model(m);
            for (Path manifest : manifests) {
                long[] r = errors(am, loaded.net().config(), manifest, cache);
                System.out.printf("%s: %d utterances, %.2f h, %d phones, %d errors, PER %.2f %%%n", manifest, r[2],
                        r[3] / 360000.0, r[1], r[0], 100.0 * r[0] / Math.max(1, r[1]));
            }
        }
    }
}
