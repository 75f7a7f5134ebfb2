package org.vaak.segmentation.lm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaak.segmentation.learn.Progress;

/**
 * Trains an interpolated back-off n-gram model (Kneser-Ney or Witten-Bell) and returns it in ARPA form.
 *
 * <p>Every order interpolates with the order below, the unigrams with the uniform distribution over the
 * vocabulary without {@code <s>}: P(w|h) = alpha(h,w) + gamma(h) P(w|h'), h' = h without its first word.
 * Kneser-Ney: alpha = (a - D(a)) / sum a, with a the raw count at the highest order and for n-grams that
 * start with {@code <s>}, otherwise the number of distinct words seen before the n-gram; D is one of three
 * discounts per order ({@link KneserNeyDiscounts}). Witten-Bell: alpha = c / (c(h) + T(h)), T(h) the
 * number of distinct words after h. gamma(h) is what the kept n-grams of h leave, 1 - sum alpha, which is
 * the back-off weight written to ARPA. N-grams below their count cut-off still count in all statistics
 * but get no entry of their own (their mass goes to gamma).
 */
public final class NgramTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(NgramTrainer.class);
    private final LmOptions options;

    public NgramTrainer(LmOptions options) {
        this.options = options;
    }

    /** Trains on a UTF-8 text file, one sentence per line. */
    public NgramModel train(Path corpus, Progress progress) throws IOException {
        if (!Files.isRegularFile(corpus)) {
            throw new NoSuchFileException(corpus.toString());
        }
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(corpus), dec), 1 << 16)) {
            return train(in, corpus.toString(), progress);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(corpus + ": not valid UTF-8 text", e);
        }
    }

    /** Trains on text from a reader; {@code name} names it in messages. */
    public NgramModel train(BufferedReader in, String name, Progress progress) throws IOException {
        TokenCorpus c = TokenCorpus.read(in, name);
        c.limitVocabulary(options.vocabLimit());
        LOG.info("{}: {} sentences, {} tokens, {} word types", name, c.sentences, c.numTokens, c.words.size() - 3);
        NgramCounts counts = NgramCounts.count(c, options.order(), progress);
        String[] words = c.words.toArray(new String[0]);
        c = null; // the token array is no longer needed
        return estimate(counts, words);
    }

    private NgramModel estimate(NgramCounts nc, String[] words) {
        int n = options.order();
        boolean kn = options.smoothing() == Smoothing.KNESER_NEY;
        int[][] suffix = suffixes(nc);
        for (int k = 2; k <= n; k++) {
            nc.levels[k].releaseLookup(); // from here on n-grams are reached by id only
        }
        int[][] adj = kn ? adjustedCounts(nc, suffix) : nc.counts;
        boolean[][] kept = kept(nc, suffix);
        double[][] disc = new double[n + 1][];
        if (kn) {
            for (int k = 1; k <= n; k++) {
                disc[k] = KneserNeyDiscounts.estimate(countOfCounts(adj[k], k == 1 ? TokenCorpus.BOS : -1));
                if (KneserNeyDiscounts.isFallback(disc[k])) {
                    LOG.warn("order {}: too few counts for Chen-Goodman discounts, using 0.5, 1, 1.5", k);
                }
                LOG.info("order {} discounts {} {} {}", k, disc[k][1], disc[k][2], disc[k][3]);
            }
        }
        double[][] gamma = new double[n + 1][];
        double[][] denom = new double[n + 1][];
        for (int k = 2; k <= n; k++) {
            historyStats(nc, k, adj[k], kept[k], disc[k], kn, gamma, denom);
        }
        double[][] prob = new double[n + 1][];
        prob[1] = unigrams(adj[1], disc[1], kn, words.length);
        for (int k = 2; k <= n; k++) {
            int size = nc.size(k);
            double[] p = new double[size];
            for (int g = 0; g < size; g++) {
                if (!kept[k][g]) {
                    continue;
                }
                int h = nc.prefix(k, g);
                long a = adj[k][g];
                double alpha = kn ? (a - Math.min(KneserNeyDiscounts.of(disc[k], a), a)) / denom[k - 1][h]
                        : a / denom[k - 1][h];
                p[g] = alpha + gamma[k - 1][h] * prob[k - 1][suffix[k][g]];
            }
            prob[k] = p;
        }
        return build(nc, words, kept, prob, gamma);
    }

    /** suffix[k][g] = id at order k-1 of n-gram g without its first word. */
    private static int[][] suffixes(NgramCounts nc) {
        int[][] suffix = new int[nc.order + 1][];
        for (int k = 2; k <= nc.order; k++) {
            int size = nc.size(k);
            int[] s = new int[size];
            for (int g = 0; g < size; g++) {
                int w = nc.word(k, g);
                s[g] = k == 2 ? w : nc.levels[k - 1].get(suffix[k - 1][nc.prefix(k, g)], w);
                if (s[g] < 0) {
                    throw new IllegalStateException("suffix of a counted " + k + "-gram was not counted");
                }
            }
            suffix[k] = s;
        }
        return suffix;
    }

    /** Kneser-Ney counts: distinct left extensions, except at the highest order and after {@code <s>}. */
    private static int[][] adjustedCounts(NgramCounts nc, int[][] suffix) {
        int n = nc.order;
        int[][] adj = new int[n + 1][];
        adj[n] = nc.counts[n];
        boolean[] startsBos = null;
        for (int k = 1; k < n; k++) {
            int size = nc.size(k);
            int[] a = new int[size];
            int[] s = suffix[k + 1];
            for (int g = 0; g < nc.size(k + 1); g++) {
                a[s[g]]++;
            }
            boolean[] sb = new boolean[size];
            for (int g = 0; g < size; g++) {
                sb[g] = k == 1 ? g == TokenCorpus.BOS : startsBos[nc.prefix(k, g)];
                if (sb[g]) {
                    a[g] = nc.counts[k][g];
                }
            }
            startsBos = sb;
            adj[k] = a;
        }
        return adj;
    }

    /** Which n-grams get an entry: count at the cut-off, or prefix or suffix of a kept longer n-gram. */
    private boolean[][] kept(NgramCounts nc, int[][] suffix) {
        int n = nc.order;
        boolean[][] kept = new boolean[n + 1][];
        kept[1] = new boolean[nc.vocabSize];
        Arrays.fill(kept[1], true);
        for (int k = 2; k <= n; k++) {
            kept[k] = new boolean[nc.size(k)];
        }
        for (int k = n; k >= 2; k--) {
            int cut = options.cutoff(k);
            int[] c = nc.counts[k];
            for (int g = 0; g < c.length; g++) {
                if (c[g] >= cut) {
                    kept[k][g] = true;
                }
                if (kept[k][g] && k > 2) {
                    kept[k - 1][nc.prefix(k, g)] = true;
                    kept[k - 1][suffix[k][g]] = true;
                }
            }
        }
        return kept;
    }

    private static long[] countOfCounts(int[] a, int skip) {
        long[] n = new long[5];
        for (int g = 0; g < a.length; g++) {
            if (g != skip && a[g] >= 1 && a[g] <= 4) {
                n[a[g]]++;
            }
        }
        return n;
    }

    /** For the histories (order k-1) of order-k n-grams: the denominator of alpha and gamma. */
    private static void historyStats(NgramCounts nc, int k, int[] a, boolean[] kept, double[] d, boolean kn,
            double[][] gamma, double[][] denom) {
        int hs = nc.size(k - 1);
        double[] total = new double[hs];
        double[] left = new double[hs];
        for (int g = 0; g < a.length; g++) {
            int h = nc.prefix(k, g);
            total[h] += a[g];
            if (kn) {
                left[h] += kept[g] ? Math.min(KneserNeyDiscounts.of(d, a[g]), a[g]) : a[g];
            } else {
                left[h] += kept[g] ? 1 : 1 + a[g]; // a distinct follower, plus the dropped count
                total[h] += 1;
            }
        }
        double[] gm = new double[hs];
        for (int h = 0; h < hs; h++) {
            gm[h] = total[h] == 0 ? 1.0 : left[h] / total[h];
        }
        gamma[k - 1] = gm;
        denom[k - 1] = total;
    }

    private static double[] unigrams(int[] a, double[] d, boolean kn, int vocab) {
        double total = 0;
        double left = 0;
        for (int w = 0; w < a.length; w++) {
            if (w == TokenCorpus.BOS || a[w] == 0) {
                continue;
            }
            total += a[w];
            left += kn ? Math.min(KneserNeyDiscounts.of(d, a[w]), a[w]) : 1;
        }
        if (!kn) {
            total += left; // N + T
        }
        double uniform = left / total / (vocab - 1);
        double[] p = new double[vocab];
        for (int w = 0; w < vocab; w++) {
            if (w == TokenCorpus.BOS) {
                continue;
            }
            double alpha = a[w] == 0 ? 0 : kn ? (a[w] - Math.min(KneserNeyDiscounts.of(d, a[w]), a[w])) / total : a[w] / total;
            p[w] = alpha + uniform;
        }
        return p;
    }

    private static NgramModel build(NgramCounts nc, String[] words, boolean[][] kept, double[][] prob, double[][] gamma) {
        int n = nc.order;
        NgramIndex[] levels = new NgramIndex[n + 1];
        float[][] lp = new float[n + 1][];
        float[][] lb = new float[n][];
        int[] prevIds = null;
        for (int k = 1; k <= n; k++) {
            int size = nc.size(k);
            int[] ids = new int[size];
            int m = 0;
            for (int g = 0; g < size; g++) {
                m += kept[k][g] ? 1 : 0;
            }
            lp[k] = new float[m];
            if (k < n) {
                lb[k] = new float[m];
            }
            NgramIndex level = k == 1 ? null : new NgramIndex(m);
            for (int g = 0; g < size; g++) {
                if (!kept[k][g]) {
                    ids[g] = -1;
                    continue;
                }
                int id = k == 1 ? g : level.getOrAdd(prevIds[nc.prefix(k, g)], nc.word(k, g));
                ids[g] = id;
                lp[k][id] = k == 1 && g == TokenCorpus.BOS ? NgramModel.LOG_ZERO : (float) Math.log10(prob[k][g]);
                if (k < n) {
                    lb[k][id] = (float) Math.log10(gamma[k][g]);
                }
            }
            if (level != null) {
                level.trim();
            }
            levels[k] = level;
            prevIds = ids;
        }
        return new NgramModel(words, levels, lp, lb);
    }
}
