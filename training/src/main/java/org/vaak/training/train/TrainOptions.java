package org.vaak.training.train;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of an acoustic-model training run, from {@code --name value} arguments. Defaults: the spec's
 * network (d 144, 4 heads, ffn 576, 6 blocks, kernel 15, window 32/8), subsampling chosen from the corpus
 * ({@code auto}), AdamW (peak lr 1.5e-3, weight decay 0.01, clip 5), warm-up 300 steps, cosine over 40
 * epochs, batches of up to 12000 input frames, dropout 0.1, seed 1.
 */
public record TrainOptions(String language, Path train, Path dev, Path out, Path cacheDir, long seed, int d,
        int heads, int ffn, int blocks, int convKernel, int attnLeft, int attnRight, String subsampling,
        float dropout, int batchFrames, int maxUtterances, double lr, int warmup, int epochs, float weightDecay,
        float clip, int evalEvery, int logEvery, double checkpointMinutes, double maxMinutes, long maxSteps,
        int threads, long maxRssMb) {

    static final String USAGE = """
            usage: TrainAm --lang ta|kn --train train.jsonl --dev dev.jsonl --out DIR [options]
              --cache DIR (default OUT/cache)  --seed N (1)  --d 144 --heads 4 --ffn 576 --blocks 6
              --conv-kernel 15 --attn-left 32 --attn-right 8 --subsampling auto|2|4 (auto)
              --dropout 0.1 --batch-frames 12000 --max-utterances 64 --lr 0.0015 --warmup 300
              --epochs 40 (cosine horizon) --weight-decay 0.01 --clip 5 --eval-every 200 --log-every 10
              --checkpoint-minutes 10 --max-minutes 0 (no limit) --max-steps 0 (no limit) --threads 2
              --max-rss-mb 8000 (above it: checkpoint and exit with status 3, a fresh process continues)
            A run resumes from OUT/checkpoint.safetensors when it exists.""";

    public static TrainOptions parse(String... args) {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got '" + args[i] + "'\n" + USAGE);
            }
            a.put(args[i].substring(2), args[++i]);
        }
        for (String req : new String[] {"lang", "train", "dev", "out"}) {
            if (!a.containsKey(req)) {
                throw new IllegalArgumentException("missing --" + req + "\n" + USAGE);
            }
        }
        Path out = Path.of(a.remove("out"));
        try {
            TrainOptions o = new TrainOptions(a.remove("lang"), Path.of(a.remove("train")), Path.of(a.remove("dev")),
                    out, Path.of(a.getOrDefault("cache", out.resolve("cache").toString())),
                    Long.parseLong(a.getOrDefault("seed", "1")), i(a, "d", 144), i(a, "heads", 4), i(a, "ffn", 576),
                    i(a, "blocks", 6), i(a, "conv-kernel", 15), i(a, "attn-left", 32), i(a, "attn-right", 8),
                    a.getOrDefault("subsampling", "auto"), (float) f(a, "dropout", 0.1),
                    i(a, "batch-frames", 12000), i(a, "max-utterances", 64), f(a, "lr", 1.5e-3),
                    i(a, "warmup", 300), i(a, "epochs", 40), (float) f(a, "weight-decay", 0.01),
                    (float) f(a, "clip", 5), i(a, "eval-every", 200), i(a, "log-every", 10),
                    f(a, "checkpoint-minutes", 10), f(a, "max-minutes", 0),
                    Long.parseLong(a.getOrDefault("max-steps", "0")), i(a, "threads", 2),
                    Long.parseLong(a.getOrDefault("max-rss-mb", "8000")));
            a.remove("cache");
            for (String k : new String[] {"seed", "d", "heads", "ffn", "blocks", "conv-kernel", "attn-left",
                    "attn-right", "subsampling", "dropout", "batch-frames", "max-utterances", "lr", "warmup", "epochs",
                    "weight-decay", "clip", "eval-every", "log-every", "checkpoint-minutes", "max-minutes",
                    "max-steps", "threads", "max-rss-mb"}) {
                a.remove(k);
            }
            if (!a.isEmpty()) {
                throw new IllegalArgumentException("unknown option --" + a.keySet().iterator().next() + "\n" + USAGE);
            }
            if (!o.subsampling.equals("auto") && !o.subsampling.equals("2") && !o.subsampling.equals("4")) {
                throw new IllegalArgumentException("--subsampling must be auto, 2 or 4, got " + o.subsampling);
            }
            return o;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage() + "\n" + USAGE);
        }
    }

    private static int i(Map<String, String> a, String k, int def) {
        return a.containsKey(k) ? Integer.parseInt(a.get(k)) : def;
    }

    private static double f(Map<String, String> a, String k, double def) {
        return a.containsKey(k) ? Double.parseDouble(a.get(k)) : def;
    }
}
