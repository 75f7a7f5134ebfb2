package org.vaak.segmentation.unigram;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.DictionaryIO;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.Progress;

/**
 * A small command-line entry for the benchmark script {@code bench/segmentation/unigram-vs-spm.sh}
 * (the user-facing command is {@code vaak train-dict}).
 *
 * <pre>
 * words    LANG CORPUS.txt OUT          word counts of running text:
 *                                      OUT.counts (count word) and OUT.tsv (word TAB count)
 * train    LANG METHOD SIZE THREADS WORDS.counts OUT.json [SEED_SIZE]
 * eval     LANG DICT.json TEST.counts   subwords per word and log-likelihood of the test words
 * eval-spm LANG MODEL.vocab TEST.counts the same for a SentencePiece unigram vocabulary
 *                                      (pieces over code points)
 * </pre>
 */
public final class UnigramTool {
    private UnigramTool() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            usage();
            return;
        }
        switch (args[0]) {
            case "words" -> words(Language.fromCode(args[1]), Path.of(args[2]), args[3]);
            case "train" -> train(args);
            case "eval" -> eval(Language.fromCode(args[1]), Path.of(args[2]), Path.of(args[3]));
            case "eval-spm" -> evalSpm(Language.fromCode(args[1]), Path.of(args[2]), Path.of(args[3]));
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: UnigramTool words|train|eval|eval-spm ... (see the class documentation)");
    }

    private static void words(Language lang, Path corpus, String out) throws IOException {
        WordCounts wc = WordCounts.fromText(corpus, lang);
        try (BufferedWriter c = Files.newBufferedWriter(Path.of(out + ".counts"), StandardCharsets.UTF_8);
                BufferedWriter t = Files.newBufferedWriter(Path.of(out + ".tsv"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < wc.size(); i++) {
                c.write(wc.count(i) + " " + wc.word(i) + "\n");
                t.write(wc.word(i) + "\t" + wc.count(i) + "\n");
            }
        }
        System.out.printf(Locale.ROOT, "types=%d tokens=%d%n", wc.size(), wc.tokens());
    }

    private static void train(String[] a) throws IOException {
        Language lang = Language.fromCode(a[1]);
        UnigramConfig.Estimation e = UnigramConfig.Estimation.fromMethod(a[2]);
        int size = Integer.parseInt(a[3]);
        int threads = Integer.parseInt(a[4]);
        long t0 = System.nanoTime();
        WordCounts wc = WordCounts.fromCounts(Path.of(a[5]), lang);
        UnigramConfig config = UnigramConfig.defaults(e).withThreads(threads);
        if (a.length > 7) {
            config = config.withSeedSize(Integer.parseInt(a[7]));
        }
        SubwordDictionary d = new UnigramTrainer(config).train(wc, size, Progress.NONE);
        DictionaryIO.write(d, Path.of(a[6]));
        System.out.printf(Locale.ROOT, "method=%s size=%d threads=%d seconds=%.2f train_seconds=%.2f seed_units=%s"
                + " rounds=%s train_loglik_per_token=%.4f%n", d.method(), d.size(), threads,
                (System.nanoTime() - t0) / 1e9, ((Number) d.stats().get("seconds")).doubleValue(),
                d.stats().get("seedUnits"), d.stats().get("pruningRounds"),
                ((Number) d.stats().get("logLikelihoodPerToken")).doubleValue());
    }

    private static void eval(Language lang, Path dict, Path test) throws IOException {
        UnigramSegmenter seg = new UnigramSegmenter(DictionaryIO.read(dict));
        WordCounts wc = WordCounts.fromCounts(test, lang);
        org.vaak.segmentation.Joiner joiner = new org.vaak.segmentation.Joiner(lang);
        double pieces = 0;
        double ll = 0;
        int joinErrors = 0;
        for (int i = 0; i < wc.size(); i++) {
            List<String> p = seg.segment(wc.word(i)).pieces();
            if (!joiner.join(p).equals(wc.word(i))) {
                joinErrors++;
            }
            pieces += (double) wc.count(i) * p.size();
            ll += wc.count(i) * seg.logLikelihood(wc.word(i));
        }
        System.out.print("join_errors=" + joinErrors + " ");
        report(wc, pieces, ll);
    }

    /**
     * Scores test words with a SentencePiece vocabulary the way its unigram model does: each word is
     * {@code ▁word}, segmented over code points; scores are renormalised to sum to one over the normal
     * pieces; a code point no piece covers is a piece of its own at the lowest score minus 10.
     */
    private static void evalSpm(Language lang, Path vocab, Path test) throws IOException {
        Map<String, Double> score = new HashMap<>();
        int maxLen = 1;
        for (String line : Files.readAllLines(vocab, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            String piece = line.substring(0, tab);
            if (piece.equals("<unk>") || piece.equals("<s>") || piece.equals("</s>")) {
                continue;
            }
            score.put(piece, Double.parseDouble(line.substring(tab + 1)));
            maxLen = Math.max(maxLen, piece.codePointCount(0, piece.length()));
        }
        double max = score.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double z = Math.log(score.values().stream().mapToDouble(v -> Math.exp(v - max)).sum()) + max;
        double min = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, Double> en : score.entrySet()) {
            en.setValue(en.getValue() - z);
            min = Math.min(min, en.getValue());
        }
        double unk = min - 10;
        WordCounts wc = WordCounts.fromCounts(test, lang);
        double pieces = 0;
        double ll = 0;
        for (int i = 0; i < wc.size(); i++) {
            String w = "\u2581" + wc.word(i);
            List<String> cps = new ArrayList<>();
            w.codePoints().forEach(cp -> cps.add(new String(Character.toChars(cp))));
            int n = cps.size();
            double[] alpha = new double[n + 1];
            double[] best = new double[n + 1];
            int[] len = new int[n + 1];
            java.util.Arrays.fill(alpha, Double.NEGATIVE_INFINITY);
            java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
            alpha[0] = 0;
            best[0] = 0;
            for (int s = 0; s < n; s++) {
                StringBuilder sb = new StringBuilder();
                for (int j = s; j < Math.min(n, s + maxLen); j++) {
                    sb.append(cps.get(j));
                    Double lp = score.get(sb.toString());
                    if (lp == null && j == s) {
                        lp = unk;
                    }
                    if (lp != null) {
                        double t = alpha[s] + lp;
                        double m = Math.max(alpha[j + 1], t);
                        alpha[j + 1] = m == Double.NEGATIVE_INFINITY ? m
                                : m + Math.log(Math.exp(alpha[j + 1] - m) + Math.exp(t - m));
                        if (best[s] + lp > best[j + 1]) {
                            best[j + 1] = best[s] + lp;
                            len[j + 1] = j + 1 - s;
                        }
                    }
                }
            }
            int k = 0;
            for (int j = n; j > 0; j -= len[j]) {
                k++;
            }
            pieces += (double) wc.count(i) * k;
            ll += wc.count(i) * alpha[n];
        }
        report(wc, pieces, ll);
    }

    private static void report(WordCounts wc, double pieces, double ll) {
        System.out.printf(Locale.ROOT, "test_types=%d test_tokens=%d subwords_per_word=%.4f loglik=%.1f"
                + " loglik_per_word=%.4f%n", wc.size(), wc.tokens(), pieces / wc.tokens(), ll, ll / wc.tokens());
    }
}
