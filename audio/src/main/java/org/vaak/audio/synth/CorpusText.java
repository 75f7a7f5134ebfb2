package org.vaak.audio.synth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The sentences a synthetic speech corpus is spoken from. Lines of the training and test text are
 * normalised (by the caller's transcript normaliser) and kept when the caller's predicate accepts the raw
 * line and the normalised one has at least {@code minTokens} tokens; duplicates are dropped, and a test
 * sentence that also occurs in the training text is dropped from the test side (held-out sentences). The
 * training vocabulary (for word-list sentences and OOV rates) is every token of every normalised training
 * line, usable or not.
 */
public final class CorpusText {
    private final List<String> train;
    private final List<String> test;
    private final List<String> trainWords;
    private final Set<String> trainVocabulary;

    private CorpusText(List<String> train, List<String> test, List<String> trainWords, Set<String> trainVocabulary) {
        this.train = List.copyOf(train);
        this.test = List.copyOf(test);
        this.trainWords = List.copyOf(trainWords);
        this.trainVocabulary = Set.copyOf(trainVocabulary);
    }

    /** Builds the sentence pools; {@code speakable} sees raw lines, {@code normalize} turns them into transcripts. */
    public static CorpusText build(List<String> trainLines, List<String> testLines, UnaryOperator<String> normalize,
            Predicate<String> speakable, int minTokens) {
        Set<String> train = new LinkedHashSet<>();
        Set<String> vocab = new HashSet<>();
        Set<String> speakableWords = new TreeSet<>();
        for (String line : trainLines) {
            String n = normalize.apply(line);
            if (n.isEmpty()) {
                continue;
            }
            String[] tokens = n.split(" ");
            for (String t : tokens) {
                vocab.add(t);
            }
            if (speakable.test(line)) {
                for (String t : tokens) {
                    speakableWords.add(t);
                }
                if (tokens.length >= minTokens) {
                    train.add(n);
                }
            }
        }
        Set<String> test = new LinkedHashSet<>();
        for (String line : testLines) {
            String n = normalize.apply(line);
            if (!n.isEmpty() && speakable.test(line) && n.split(" ").length >= minTokens && !train.contains(n)) {
                test.add(n);
            }
        }
        return new CorpusText(new ArrayList<>(train), new ArrayList<>(test), new ArrayList<>(speakableWords), vocab);
    }

    /** Usable training sentences, in text order. */
    public List<String> train() {
        return train;
    }

    /** Usable test sentences absent from the training text, in text order. */
    public List<String> test() {
        return test;
    }

    /** Distinct tokens of the usable training sentences (words of the script only), sorted. */
    public List<String> trainWords() {
        return trainWords;
    }

    /** Whether {@code token} occurs anywhere in the normalised training text. */
    public boolean inTrainVocabulary(String token) {
        return trainVocabulary.contains(token);
    }

    /** Share of the tokens of {@code sentences} (normalised) that never occur in the training text. */
    public double oovRate(List<String> sentences) {
        long all = 0;
        long oov = 0;
        for (String s : sentences) {
            for (String t : s.split(" ")) {
                if (!t.isEmpty()) {
                    all++;
                    if (!trainVocabulary.contains(t)) {
                        oov++;
                    }
                }
            }
        }
        return all == 0 ? 0 : oov / (double) all;
    }
}
