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
import java.util.ArrayList;
import java.util.List;

/**
 * Scores test text with a model: one sentence per line, framed by {@code <s>} and {@code </s>}; every
 * word and the {@code </s>} of each sentence is predicted. A word outside the vocabulary is an OOV: it is
 * scored as {@code <unk>} (when the model has one) in {@link Result#perplexity()}, and left out of
 * {@link Result#perplexityWithoutOov()} (SRILM's convention); either way it stays in the history as
 * {@code <unk>}.
 *
 * @see Result
 */
public final class Perplexity {
    private Perplexity() {
    }

    /**
     * @param sentences      scored lines
     * @param tokens         predicted tokens, {@code </s>} included
     * @param oovs           tokens not in the vocabulary
     * @param log10Prob      total over all tokens (OOVs as {@code <unk>}; -inf when an OOV meets a model without it)
     * @param log10ProbInVoc total over the tokens in the vocabulary
     */
    public record Result(long sentences, long tokens, long oovs, double log10Prob, double log10ProbInVoc) {
        /** 10^(-log10Prob / tokens). */
        public double perplexity() {
            return Math.pow(10, -log10Prob / tokens);
        }

        /** 10^(-log10ProbInVoc / (tokens - oovs)). */
        public double perplexityWithoutOov() {
            return Math.pow(10, -log10ProbInVoc / (tokens - oovs));
        }

        /** OOVs over the words (the {@code </s>} tokens not counted). */
        public double oovRate() {
            long words = tokens - sentences;
            return words == 0 ? 0 : oovs / (double) words;
        }
    }

    /** log10 probability of one sentence of tokens (without {@code <s>}/{@code </s>}), {@code </s>} included. */
    public static double sentenceLogProb(NgramModel model, String[] tokens) {
        Accumulator acc = new Accumulator(model);
        acc.add(tokens);
        return acc.logProb;
    }

    public static Result evaluate(NgramModel model, Path text) throws IOException {
        if (!Files.isRegularFile(text)) {
            throw new NoSuchFileException(text.toString());
        }
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(text), dec), 1 << 16)) {
            return evaluate(model, in);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(text + ": not valid UTF-8 text", e);
        }
    }

    public static Result evaluate(NgramModel model, BufferedReader in) throws IOException {
        Accumulator acc = new Accumulator(model);
        String line;
        List<String> toks = new ArrayList<>();
        while ((line = in.readLine()) != null) {
            toks.clear();
            for (String t : line.strip().split("\\s+")) {
                if (!t.isEmpty()) {
                    toks.add(t);
                }
            }
            if (!toks.isEmpty()) {
                acc.add(toks.toArray(new String[0]));
            }
        }
        return new Result(acc.sentences, acc.tokens, acc.oovs, acc.logProb, acc.logProbInVoc);
    }

    private static final class Accumulator {
        final NgramModel model;
        long sentences;
        long tokens;
        long oovs;
        double logProb;
        double logProbInVoc;
        int[] hist = new int[64];

        Accumulator(NgramModel model) {
            this.model = model;
        }

        void add(String[] words) {
            if (hist.length < words.length + 2) {
                hist = new int[words.length + 2];
            }
            hist[0] = model.bos();
            for (int i = 0; i <= words.length; i++) {
                int w;
                boolean oov = false;
                if (i == words.length) {
                    w = model.eos();
                } else {
                    w = model.id(words[i]);
                    if (w < 0 || w == model.bos() || w == model.eos()) {
                        oov = true;
                        w = model.unk();
                    }
                }
                tokens++;
                if (oov) {
                    oovs++;
                }
                double lp = w < 0 ? Double.NEGATIVE_INFINITY : model.logProb(hist, i + 1, w);
                logProb += lp;
                if (!oov) {
                    logProbInVoc += lp;
                }
                hist[i + 1] = w < 0 ? model.unk() : w;
            }
            sentences++;
        }
    }
}
