package org.vaak.segmentation.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaak.segmentation.lm.LmTestSupport.score;
import static org.vaak.segmentation.lm.LmTestSupport.train;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NgramTrainerTest {
    private static final double EPS = 1e-6;

    private static double log(double p) {
        return Math.log10(p);
    }

    @Test
    void chenGoodmanDiscountsFromCountOfCounts() {
        // Y = 10 / (10 + 2*5) = 0.5; D1 = 1 - 2*0.5*5/10; D2 = 2 - 3*0.5*3/5; D3+ = 3 - 4*0.5*2/3
        double[] d = KneserNeyDiscounts.estimate(new long[] {0, 10, 5, 3, 2});
        assertArrayEquals(new double[] {0, 0.5, 1.1, 3 - 4.0 / 3}, d, 1e-12);
        // a missing count-of-count falls back to 0.5, 1, 1.5
        assertArrayEquals(new double[] {0, 0.5, 1.0, 1.5}, KneserNeyDiscounts.estimate(new long[] {0, 4, 1, 0, 0}), 0);
    }

    /*
     * "a b" / "a c", bigram Kneser-Ney (fallback discounts 0.5, 1, 1.5 everywhere).
     * Continuation counts: a 1, b 1, c 1, </s> 2 (total 5); left-over 3*0.5 + 1 = 2.5; uniform over the
     * 5 predictable words (<unk> </s> a b c): 2.5/5/5 = 0.1. P(a)=P(b)=P(c)=0.5/5+0.1=0.2, P(</s>)=1/5+0.1=0.3,
     * P(<unk>)=0.1. History <s>: count 2, D=1: P(a|<s>) = 1/2 + 1/2*0.2 = 0.6, bow 0.5.
     * History a: b 1, c 1: P(b|a) = 0.5/2 + 0.5*0.2 = 0.35. History b: P(</s>|b) = 0.5 + 0.5*0.3 = 0.65.
     */
    @Test
    void bigramKneserNeyByHand() {
        NgramModel m = train("a b\na c\n", 2, Smoothing.KNESER_NEY);
        assertEquals(log(0.2), uni(m, "a"), EPS);
        assertEquals(log(0.3), uni(m, "</s>"), EPS);
        assertEquals(log(0.1), uni(m, "<unk>"), EPS);
        assertEquals(NgramModel.LOG_ZERO, uni(m, "<s>"), 0);
        assertEquals(log(0.5), m.logBackoff(1, m.id("<s>")), EPS);
        assertEquals(0, m.logBackoff(1, m.id("</s>")), 0);
        assertEquals(log(0.6 * 0.35 * 0.65), score(m, "a b"), EPS);
        assertEquals(log(0.6 * 0.35 * 0.65), score(m, "a c"), EPS);
        // backed off: P(b|<s>) = 0.5*0.2, P(a|b) = 0.5*0.2, P(</s>|a) = 0.5*0.3
        assertEquals(log(0.1 * 0.1 * 0.15), score(m, "b a"), EPS);
        // an unknown word is <unk>: P(<unk>|<s>) = 0.5*0.1, P(</s>|<unk>) = 0.3
        assertEquals(log(0.05 * 0.3), score(m, "zzz"), EPS);
    }

    /*
     * "a b" twice and "b a", trigram Kneser-Ney. Predictable words: <unk> </s> a b (4).
     * Unigram continuation counts a 2, b 2, </s> 2 (all n2 -> fallback, D2 = 1): P(a) = 1/6 + 3/6/4 = 7/24,
     * P(<unk>) = 1/8. Bigrams starting with <s> keep raw counts: (<s> a) 2, (<s> b) 1; the others count
     * 1 left extension each. P(a|<s>) = 1/3 + 1/2*7/24 = 23/48, P(b|<s>) = 0.5/3 + 7/48 = 15/48,
     * P(b|a) = P(</s>|a) = P(a|b) = P(</s>|b) = 1/4 + 7/48 = 19/48; every seen trigram has one follower:
     * P(b|<s> a) = 1/2 + 1/2*19/48 = 67/96 (count 2, D=1) and P(a|<s> b) = 1/2 + 1/2*19/48 (count 1, D=0.5).
     */
    @Test
    void trigramKneserNeyByHand() {
        NgramModel m = train("a b\na b\nb a\n", 3, Smoothing.KNESER_NEY);
        assertEquals(log(7.0 / 24), uni(m, "a"), EPS);
        assertEquals(log(1.0 / 8), uni(m, "<unk>"), EPS);
        double t = 67.0 / 96;
        assertEquals(log(23.0 / 48 * t * t), score(m, "a b"), EPS);
        assertEquals(log(15.0 / 48 * t * t), score(m, "b a"), EPS);
        // "b b": P(b|<s>) = 15/48; (<s> b b) and (b b) unseen: bow(<s> b) * bow(b) * P(b) = 1/2*1/2*7/24;
        // history (b b) is not stored: P(</s>|b) = 19/48
        assertEquals(log(15.0 / 48 * (0.25 * 7 / 24) * 19.0 / 48), score(m, "b b"), EPS);
        assertEquals(3, m.order());
        assertEquals(4, m.size(3));
        assertEquals(6, m.size(2));
    }

    /*
     * Witten-Bell on "a b" / "a c", bigram. Unigrams: counts a 2, b 1, c 1, </s> 2 (N = 6, T = 4), 5 predictable
     * words: P(w) = (c + 4/5) / 10: a 0.28, b 0.18, </s> 0.28, <unk> 0.08.
     * P(a|<s>) = (2 + 1*0.28)/3 = 0.76; P(b|a) = (1 + 2*0.18)/4 = 0.34; P(</s>|b) = (1 + 0.28)/2 = 0.64.
     */
    @Test
    void bigramWittenBellByHand() {
        NgramModel m = train("a b\na c\n", 2, Smoothing.WITTEN_BELL);
        assertEquals(log(0.28), uni(m, "a"), EPS);
        assertEquals(log(0.18), uni(m, "c"), EPS);
        assertEquals(log(0.08), uni(m, "<unk>"), EPS);
        assertEquals(log(0.76 * 0.34 * 0.64), score(m, "a b"), EPS);
        assertEquals(log(1.0 / 3), m.logBackoff(1, m.id("<s>")), EPS);
        assertEquals(log(0.5), m.logBackoff(1, m.id("a")), EPS);
    }

    @Test
    void cutoffDropsRareNgramsButKeepsTheirMass() {
        // (a c) seen once is cut at 2; (a b) seen twice stays. WB history a: c(a) = 3, T = 2, denominator 5:
        // P(b|a) = 2/5 + gamma*P(b) with gamma = (2 + 1 dropped) / 5
        NgramModel m = train("a b\na b\na c\n", new LmOptions(2, Smoothing.WITTEN_BELL, new int[] {2}, 0));
        int a = m.id("a");
        int b = m.id("b");
        int c = m.id("c");
        assertTrue(m.find(new int[] {a, b}, 0, 2) >= 0);
        assertEquals(-1, m.find(new int[] {a, c}, 0, 2));
        assertEquals(log(0.6), m.logBackoff(1, a), EPS);
        double pb = Math.pow(10, uni(m, "b"));
        assertEquals(log(0.4 + 0.6 * pb), m.logProb(new int[] {a}, 1, b), EPS);
        assertNormalised(m);
    }

    @Test
    void vocabularyLimitMapsRareWordsToUnk() {
        NgramModel m = train("a a a b b c\na b d\n", new LmOptions(2, Smoothing.KNESER_NEY, null, 2));
        assertEquals(5, m.vocabularySize()); // <unk> <s> </s> a b
        assertEquals(-1, m.id("c"));
        assertTrue(m.find(new int[] {m.id("b"), m.unk()}, 0, 2) >= 0, "(b <unk>) was seen as (b c) and (b d)");
        assertNormalised(m);
    }

    @Test
    void everyHistorySumsToOne() {
        Random r = new Random(7);
        for (int order = 1; order <= 5; order++) {
            for (Smoothing s : Smoothing.values()) {
                String text = LmTestSupport.randomCorpus(r, 300, 40);
                int[] cut = order % 2 == 0 ? new int[] {1, 2} : null;
                NgramModel m = train(text, new LmOptions(order, s, cut, order == 3 ? 25 : 0));
                assertNormalised(m);
            }
        }
    }

    @Test
    void emptyCorpusIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> train("\n  \n", 3, Smoothing.KNESER_NEY));
        assertTrue(e.getMessage().contains("test") && e.getMessage().contains("no tokens"), e.getMessage());
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class, () -> train("a </s> b\n", 3, Smoothing.KNESER_NEY));
        assertEquals("test:1: </s> inside a sentence", e2.getMessage());
    }

    private static float uni(NgramModel m, String w) {
        return m.logProb(1, m.id(w));
    }

    /** Sum over the predictable vocabulary of P(w|h) is 1 for the empty history and every stored one. */
    static void assertNormalised(NgramModel m) {
        int n = m.order();
        assertSum(m, new int[0], 0);
        int[] ws = new int[n];
        for (int k = 1; k < n; k++) {
            for (int g = 0; g < m.size(k); g++) {
                m.words(k, g, ws);
                if (ws[k - 1] != m.eos()) {
                    assertSum(m, ws, k);
                }
            }
        }
    }

    private static void assertSum(NgramModel m, int[] hist, int len) {
        double sum = 0;
        for (int w = 0; w < m.vocabularySize(); w++) {
            if (w != m.bos()) {
                sum += Math.pow(10, m.logProb(hist, len, w));
            }
        }
        assertEquals(1.0, sum, 1e-6, () -> "history of length " + len + " " + java.util.Arrays.toString(java.util.Arrays.copyOf(hist, len)));
    }
}
