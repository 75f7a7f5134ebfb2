import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.vaak.asr.decoder.BeamDecoder;
import org.vaak.asr.decoder.DecodeResult;
import org.vaak.asr.decoder.DecodedUnit;
import org.vaak.asr.decoder.DecoderConfig;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.FstBuilder;

/**
 * Decoding speed of vaak's BeamDecoder in frames per second, on a seeded synthetic decoding graph of
 * realistic size and seeded CTC-like posteriors.
 *
 * <p>Graph: a word loop over a phone-prefix-tree lexicon of random words (40 phones, 3-9 phones a word,
 * Zipf unigram costs pushed along the tree as weight pushing would (each arc carries the increase of
 * the cheapest word cost below it), the output label on the epsilon arc that closes each word), with the CTC
 * topology (phone self-loops, a blank state after every phone, blank between equal phones), grown until
 * it has at least ARCS arcs. Posteriors: a seeded sequence of lexicon words; each phone peaks for 1-2
 * frames (0.85 on the phone, 0.1 on one confusable phone), 1-4 blank frames (0.97) between phones and
 * 3-8 between words; the rest of the mass spread evenly: peaky and mostly blank, like a CTC model with
 * 40 ms frames.
 *
 *   java -cp CLASSPATH bench/decoder/DecoderSpeed.java [ARCS] [FRAMES]   (default 1000000 30000)
 */
public class DecoderSpeed {
    static final int PHONES = 40;

    public static void main(String[] args) {
        int targetArcs = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
        Random rnd = new Random(42);
        List<int[]> words = new ArrayList<>();
        long t0 = System.nanoTime();
        CompactFst g = buildGraph(rnd, targetArcs, words);
        System.out.printf("graph: %d states, %d arcs, %d words (built in %.1f s)%n", g.numStates(), g.numArcs(),
                words.size(), (System.nanoTime() - t0) / 1e9);
        List<Integer> truth = new ArrayList<>();
        float[][] lp = posteriors(new Random(7), words, frames, truth);
        int blank = 0;
        for (float[] f : lp) {
            blank += f[0] > Math.log(0.5) ? 1 : 0;
        }
        System.out.printf("posteriors: %d frames (%.0f%% blank-dominated), %d words%n", lp.length,
                100.0 * blank / lp.length, truth.size());
        DecoderConfig[] configs = {
            DecoderConfig.DEFAULT,
            DecoderConfig.DEFAULT.withBeam(10).withMaxActive(2000),
            DecoderConfig.DEFAULT.withBlankSkip(0.95),
            DecoderConfig.DEFAULT.withBeam(10).withMaxActive(2000).withBlankSkip(0.95),
        };
        String[] names = {"beam 16, max-active 7000", "beam 10, max-active 2000", "beam 16, 7000, blank-skip 0.95",
            "beam 10, 2000, blank-skip 0.95"};
        List<Integer> first = null;
        List<Integer> firstFast = null;
        for (int c = 0; c < configs.length; c++) {
            BeamDecoder d = new BeamDecoder(g, PHONES + 1, configs[c]);
            d.decode(Arrays.copyOf(lp, Math.min(lp.length, 3000))); // warm-up
            double best = Double.POSITIVE_INFINITY;
            DecodeResult r = null;
            for (int rep = 0; rep < 3; rep++) {
                long s = System.nanoTime();
                r = d.decode(lp);
                best = Math.min(best, (System.nanoTime() - s) / 1e9);
            }
            d.reset();
            long active = 0;
            for (float[] f : lp) {
                d.advance(f);
                active += d.activeTokens();
            }
            List<Integer> hyp = new ArrayList<>();
            for (DecodedUnit u : r.units()) {
                hyp.add(u.label());
            }
            int errs = editDistance(truth, hyp);
            String same = "";
            if (c == 0) {
                first = hyp;
            } else if (c == 1) {
                firstFast = hyp;
            } else {
                List<Integer> ref = c == 2 ? first : firstFast;
                same = String.format(", differs from the same search without skipping in %d words", editDistance(ref, hyp));
            }
            System.out.printf("%-34s %8.0f frames/s (%.2f s, best of 3), %.0f active tokens/frame, skipped %d frames,"
                    + " WER vs script %.2f%%%s%n", names[c], lp.length / best, best, (double) active / lp.length,
                    d.skippedFrames(), 100.0 * errs / truth.size(), same);
        }
        confidenceReport(g, words);
    }

    /**
     * Confidence against correctness: posteriors where a quarter of the phone frames are damaged (blank
     * 0.55, a wrong phone 0.3, the true phone 0.1), decoded with the default settings; the hypothesis
     * is aligned to the script (edit distance) and the mean confidence of correct and wrong words printed.
     */
    static void confidenceReport(CompactFst g, List<int[]> words) {
        List<Integer> truth = new ArrayList<>();
        Random rnd = new Random(11);
        float[][] lp = posteriors(rnd, words, 30_000, truth);
        for (int t = 0; t < lp.length; t++) {
            int peak = 0;
            for (int k = 1; k < lp[t].length; k++) {
                if (lp[t][k] > lp[t][peak]) {
                    peak = k;
                }
            }
            if (peak != 0 && rnd.nextInt(4) == 0) {
                int conf = 1 + rnd.nextInt(PHONES);
                if (conf == peak) {
                    conf = 1 + conf % PHONES;
                }
                float[] f = new float[lp[t].length];
                Arrays.fill(f, (float) Math.log(0.05 / (f.length - 3)));
                f[0] = (float) Math.log(0.55);
                f[conf] = (float) Math.log(0.3);
                f[peak] = (float) Math.log(0.1);
                lp[t] = f;
            }
        }
        DecodeResult r = new BeamDecoder(g, PHONES + 1, DecoderConfig.DEFAULT).decode(lp);
        List<Integer> hyp = new ArrayList<>();
        for (DecodedUnit u : r.units()) {
            hyp.add(u.label());
        }
        boolean[] correct = alignCorrect(truth, hyp);
        double sumOk = 0;
        double sumBad = 0;
        int ok = 0;
        int bad = 0;
        for (int i = 0; i < hyp.size(); i++) {
            double c = r.units().get(i).confidence();
            if (correct[i]) {
                sumOk += c;
                ok++;
            } else {
                sumBad += c;
                bad++;
            }
        }
        System.out.printf("noisy posteriors, default settings: WER %.2f%%; %d correct words, mean confidence %.3f;"
                + " %d wrong words, mean confidence %.3f%n", 100.0 * editDistance(truth, hyp) / truth.size(), ok,
                sumOk / Math.max(1, ok), bad, sumBad / Math.max(1, bad));
    }

    /** Which hypothesis words are matched (not substituted or inserted) in a minimum edit alignment. */
    static boolean[] alignCorrect(List<Integer> ref, List<Integer> hyp) {
        int n = ref.size();
        int m = hyp.size();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int sub = d[i - 1][j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
                d[i][j] = Math.min(sub, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        boolean[] ok = new boolean[m];
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            boolean same = ref.get(i - 1).equals(hyp.get(j - 1));
            if (d[i][j] == d[i - 1][j - 1] + (same ? 0 : 1)) {
                ok[j - 1] = same;
                i--;
                j--;
            } else if (d[i][j] == d[i - 1][j] + 1) {
                i--;
            } else {
                j--;
            }
        }
        return ok;
    }

    static CompactFst buildGraph(Random rnd, int targetArcs, List<int[]> words) {
        // 1. words into a phone prefix tree, until the graph would have targetArcs arcs
        List<Map<Integer, Integer>> children = new ArrayList<>();
        List<Integer> nodePhone = new ArrayList<>();
        List<Integer> parent = new ArrayList<>();
        List<Integer> wordAt = new ArrayList<>();
        children.add(new HashMap<>());
        nodePhone.add(-1);
        parent.add(-1);
        long arcs = 1;
        while (arcs < targetArcs) {
            int len = 3 + rnd.nextInt(7);
            int[] w = new int[len];
            for (int i = 0; i < len; i++) {
                w[i] = rnd.nextInt(PHONES);
            }
            int node = 0;
            for (int i = 0; i < len; i++) {
                Integer child = children.get(node).get(w[i]);
                if (child == null) {
                    child = children.size();
                    children.add(new HashMap<>());
                    nodePhone.add(w[i]);
                    parent.add(node);
                    children.get(node).put(w[i], child);
                    arcs += 3 + (node == 0 ? 1 : nodePhone.get(node) != w[i] ? 2 : 1);
                }
                node = child;
            }
            words.add(w);
            wordAt.add(node);
            arcs += 2;
        }
        // 2. Zipf-like unigram costs, pushed towards the root: each node carries the cheapest word below it
        int n = children.size();
        double[] min = new double[n];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        double[] wordCost = new double[words.size()];
        for (int k = 0; k < words.size(); k++) {
            wordCost[k] = Math.log(k + 1) + 2.0;
            for (int v = wordAt.get(k); v >= 0 && wordCost[k] < min[v]; v = parent.get(v)) {
                min[v] = wordCost[k];
            }
        }
        // 3. the CTC word loop: node v has a phone state and a blank state
        FstBuilder b = new FstBuilder(2 * n, (int) arcs + 16);
        int loop = b.addState();
        b.setStart(loop).setFinal(loop, 0f);
        b.addArc(loop, 1, 0, 0f, loop);
        int[] ps = new int[n];
        int[] bs = new int[n];
        ps[0] = loop;
        bs[0] = loop;
        for (int v = 1; v < n; v++) {
            ps[v] = b.addState();
            bs[v] = b.addState();
        }
        for (int v = 1; v < n; v++) {
            int lab = nodePhone.get(v) + 2;
            int u = parent.get(v);
            float w = (float) (min[v] - min[u]);
            b.addArc(ps[v], lab, 0, 0f, ps[v]);
            b.addArc(ps[v], 1, 0, 0f, bs[v]);
            b.addArc(bs[v], 1, 0, 0f, bs[v]);
            if (u == 0) {
                b.addArc(loop, lab, 0, w, ps[v]);
            } else {
                b.addArc(bs[u], lab, 0, w, ps[v]);
                if (nodePhone.get(u) + 2 != lab) {
                    b.addArc(ps[u], lab, 0, w, ps[v]);
                }
            }
        }
        for (int k = 0; k < words.size(); k++) {
            int v = wordAt.get(k);
            float w = (float) (wordCost[k] - min[v]);
            b.addArc(ps[v], 0, k + 1, w, loop);
            b.addArc(bs[v], 0, k + 1, w, loop);
        }
        String[] isyms = new String[PHONES + 2];
        isyms[0] = "<eps>";
        isyms[1] = "<blk>";
        for (int p = 0; p < PHONES; p++) {
            isyms[p + 2] = "p" + p;
        }
        return b.build(isyms, null);
    }

    static float[][] posteriors(Random rnd, List<int[]> words, int frames, List<Integer> truth) {
        List<float[]> out = new ArrayList<>();
        int tokens = PHONES + 1;
        while (out.size() < frames) {
            // frequent words more often: Zipf over the first 5000
            int id = Math.min(words.size(), 1 + (int) Math.floor(Math.exp(rnd.nextDouble() * Math.log(5000)))) ;
            int[] w = words.get(id - 1);
            truth.add(id);
            for (int s = 0, n = 3 + rnd.nextInt(6); s < n; s++) {
                out.add(frame(tokens, 0, 0.97, -1, rnd));
            }
            for (int i = 0; i < w.length; i++) {
                if (i > 0) {
                    for (int s = 0, n = 1 + rnd.nextInt(4); s < n; s++) {
                        out.add(frame(tokens, 0, 0.97, -1, rnd));
                    }
                }
                for (int s = 0, n = 1 + rnd.nextInt(2); s < n; s++) {
                    out.add(frame(tokens, w[i] + 1, 0.85, 1 + rnd.nextInt(PHONES), rnd));
                }
            }
        }
        return out.toArray(new float[0][]);
    }

    static float[] frame(int tokens, int peak, double p, int confusable, Random rnd) {
        double[] q = new double[tokens];
        double rest = 1 - p - (confusable >= 0 && confusable != peak ? 0.1 : 0);
        Arrays.fill(q, rest / (tokens - 1));
        q[peak] = p;
        if (confusable >= 0 && confusable != peak) {
            q[confusable] += 0.1;
        }
        float[] f = new float[tokens];
        for (int k = 0; k < tokens; k++) {
            f[k] = (float) Math.log(q[k]);
        }
        return f;
    }

    static int editDistance(List<Integer> a, List<Integer> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int sub = prev[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}
