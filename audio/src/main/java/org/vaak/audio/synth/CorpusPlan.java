package org.vaak.audio.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Decides, before any audio exists, what every utterance of a synthetic corpus says and who says it.
 * Each utterance's choices come from its own seed, derived from the corpus seed, the split and the
 * utterance's index, so utterances can be generated in any order, in parallel and after an interruption.
 *
 * <p>Splits: {@code train} (an unbounded sequence: training sentences in a seeded shuffled order, cycling,
 * and a share of word-list sentences of 3 to 8 training words drawn uniformly; training speakers);
 * {@code test} (held-out test sentences, held-out speakers); {@code dev} (other held-out test sentences,
 * held-out speakers); {@code test-seen-voices} (the test sentences, training speakers).
 */
public final class CorpusPlan {
    public static final String TRAIN = "train";
    public static final String DEV = "dev";
    public static final String TEST = "test";
    public static final String TEST_SEEN_VOICES = "test-seen-voices";
    /** Splits in generation order. */
    public static final List<String> SPLITS = List.of(TRAIN, DEV, TEST, TEST_SEEN_VOICES);

    /** Settings of a plan. Rates in words per minute, pitch and pitch range on espeak-ng's 0..100 scale. */
    public record Settings(String language, long seed, List<String> trainVariants, List<String> heldOutVariants,
            int testSize, int devSize, double wordListShare, int wpmMin, int wpmMax, int pitchMin, int pitchMax,
            int rangeMin, int rangeMax) {
        public Settings {
            trainVariants = List.copyOf(trainVariants);
            heldOutVariants = List.copyOf(heldOutVariants);
            if (trainVariants.isEmpty() || heldOutVariants.isEmpty()) {
                throw new IllegalArgumentException("need at least one training and one held-out voice variant");
            }
            for (String v : heldOutVariants) {
                if (trainVariants.contains(v)) {
                    throw new IllegalArgumentException("variant '" + v + "' is both a training and a held-out speaker");
                }
            }
            if (testSize < 0 || devSize < 0) {
                throw new IllegalArgumentException("test and dev sizes must be >= 0");
            }
            if (!(wordListShare >= 0 && wordListShare <= 1)) {
                throw new IllegalArgumentException("word-list share must be in [0, 1], got " + wordListShare);
            }
            if (wpmMin > wpmMax || pitchMin > pitchMax || rangeMin > rangeMax) {
                throw new IllegalArgumentException("a range has min > max");
            }
            new Voice(language, trainVariants.get(0), wpmMin, pitchMin, rangeMin); // validates the bounds
            new Voice(language, trainVariants.get(0), wpmMax, pitchMax, rangeMax);
        }

        /** The defaults: given voices, 1000 test, 500 dev, 25% word lists, 130-210 wpm, pitch 35-65, range 30-70. */
        public static Settings defaults(String language, long seed) {
            return new Settings(language, seed, EspeakVariants.TRAIN, EspeakVariants.HELD_OUT, 1000, 500, 0.25,
                    130, 210, 35, 65, 30, 70);
        }
    }

    private final Settings settings;
    private final CorpusText text;
    private final List<String> trainOrder;
    private final List<String> testSentences;
    private final List<String> devSentences;

    public CorpusPlan(CorpusText text, Settings settings) {
        if (text.train().isEmpty() && (text.trainWords().isEmpty() || settings.wordListShare() == 0)) {
            throw new IllegalArgumentException("no usable training sentences");
        }
        this.settings = settings;
        this.text = text;
        List<String> order = new ArrayList<>(text.train());
        Collections.shuffle(order, new Random(settings.seed()));
        this.trainOrder = order;
        List<String> held = new ArrayList<>(text.test());
        Collections.shuffle(held, new Random(settings.seed() + 1));
        int t = Math.min(settings.testSize(), held.size());
        int d = Math.min(settings.devSize(), held.size() - t);
        this.testSentences = List.copyOf(held.subList(0, t));
        this.devSentences = List.copyOf(held.subList(t, t + d));
    }

    public Settings settings() {
        return settings;
    }

    public CorpusText text() {
        return text;
    }

    /** Number of utterances of a held-out split (the training split is unbounded). */
    public int size(String split) {
        return switch (split) {
            case DEV -> devSentences.size();
            case TEST, TEST_SEEN_VOICES -> testSentences.size();
            default -> throw new IllegalArgumentException("split '" + split + "' has no fixed size");
        };
    }

    /** Utterance {@code index} of {@code split}. */
    public PlannedUtterance get(String split, int index) {
        if (SPLITS.indexOf(split) < 0) {
            throw new IllegalArgumentException("unknown split '" + split + "'");
        }
        long seed = seed(settings.seed(), SPLITS.indexOf(split), index);
        SplittableRandom rng = new SplittableRandom(seed);
        boolean heldOut = split.equals(DEV) || split.equals(TEST);
        List<String> variants = heldOut ? settings.heldOutVariants() : settings.trainVariants();
        String variant = variants.get(rng.nextInt(variants.size()));
        int wpm = between(rng, settings.wpmMin(), settings.wpmMax());
        int pitch = between(rng, settings.pitchMin(), settings.pitchMax());
        int range = between(rng, settings.rangeMin(), settings.rangeMax());
        boolean words = rng.nextDouble() < settings.wordListShare();
        int count = 3 + rng.nextInt(6);
        String sentence;
        String source = "text";
        switch (split) {
            case TRAIN -> {
                if ((words || trainOrder.isEmpty()) && !text.trainWords().isEmpty()) {
                    List<String> w = text.trainWords();
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < count; i++) {
                        b.append(i == 0 ? "" : " ").append(w.get(rng.nextInt(w.size())));
                    }
                    sentence = b.toString();
                    source = "words";
                } else {
                    sentence = trainOrder.get(index % trainOrder.size());
                }
            }
            case DEV -> sentence = devSentences.get(index);
            default -> sentence = testSentences.get(index);
        }
        String id = String.format("%s-%s-%06d", settings.language(), split, index);
        return new PlannedUtterance(split, index, id, sentence, new Voice(settings.language(), variant, wpm, pitch, range),
                source, rng.nextLong());
    }

    /** The sentences of the test split (also spoken in {@code test-seen-voices}). */
    public List<String> testSentences() {
        return testSentences;
    }

    public List<String> devSentences() {
        return devSentences;
    }

    private static int between(SplittableRandom rng, int lo, int hi) {
        return lo + rng.nextInt(hi - lo + 1);
    }

    /** A well-mixed seed for (corpus seed, split, index): SplitMix64's finaliser over their combination. */
    static long seed(long corpusSeed, int split, int index) {
        long z = corpusSeed * 0x9E3779B97F4A7C15L + (split + 1) * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
