package org.vaak.asr.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A corpus-level error rate: substitutions, deletions and insertions summed over all utterances, divided by
 * the total reference length (not an average of per-utterance rates). Use one accumulator per unit: phones
 * (PER), characters (CER) or words (WER). Not thread-safe.
 */
public final class ErrorRate {
    private long substitutions;
    private long deletions;
    private long insertions;
    private long referenceLength;
    private long utterances;

    /** Adds one utterance and returns its alignment. */
    public <T> EditAlignment add(List<T> ref, List<T> hyp) {
        EditAlignment a = EditAlignment.align(ref, hyp);
        substitutions += a.substitutions();
        deletions += a.deletions();
        insertions += a.insertions();
        referenceLength += ref.size();
        utterances++;
        return a;
    }

    /** Adds an utterance by words: both texts NFC, split at whitespace. */
    public EditAlignment addWords(String ref, String hyp) {
        return add(words(ref), words(hyp));
    }

    /**
     * Adds an utterance by characters: Unicode code points of the NFC text, whitespace runs collapsed to one
     * space and trimmed (spaces count as characters).
     */
    public EditAlignment addCharacters(String ref, String hyp) {
        return add(characters(ref), characters(hyp));
    }

    public static List<String> words(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    public static List<String> characters(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        List<String> out = new ArrayList<>();
        t.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
        return out;
    }

    public long substitutions() {
        return substitutions;
    }

    public long deletions() {
        return deletions;
    }

    public long insertions() {
        return insertions;
    }

    public long errors() {
        return substitutions + deletions + insertions;
    }

    public long referenceLength() {
        return referenceLength;
    }

    public long utterances() {
        return utterances;
    }

    /** (S + D + I) / N; NaN before any reference token was added. */
    public double rate() {
        return referenceLength == 0 ? Double.NaN : errors() / (double) referenceLength;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.2f%% (S %d, D %d, I %d, N %d)", 100 * rate(), substitutions, deletions,
                insertions, referenceLength);
    }
}
