package org.vaak.segmentation.lm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Random;

/** Tiny models built in tests. */
final class LmTestSupport {
    private LmTestSupport() {
    }

    static NgramModel train(String text, LmOptions options) {
        try {
            return new NgramTrainer(options).train(new BufferedReader(new StringReader(text)), "test", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NgramModel train(String text, int order, Smoothing s) {
        return train(text, new LmOptions(order, s, null, 0));
    }

    static NgramModel arpa(String text) {
        try {
            return ArpaReader.read(new BufferedReader(new StringReader(text)), "fixture.arpa");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sentences over a Zipf-like vocabulary with some repeated phrases, seeded. */
    static String randomCorpus(Random r, int sentences, int vocab) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            int len = 1 + r.nextInt(8);
            for (int j = 0; j < len; j++) {
                int w = (int) Math.floor(Math.pow(vocab, r.nextDouble())) - 1;
                sb.append(j == 0 ? "" : " ").append(r.nextInt(4) == 0 ? "w" + w + "@@" : "w" + w);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** log10 P of a sentence of words (</s> included), by the model's back-off rule. */
    static double score(NgramModel m, String sentence) {
        return Perplexity.sentenceLogProb(m, sentence.isBlank() ? new String[0] : sentence.trim().split("\\s+"));
    }
}
