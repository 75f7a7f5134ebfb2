package org.vaak.asr.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * The label layout shared by T, L and the final graph. Label 0 is epsilon, label 1 the CTC blank
 * ({@code <blk>}), label {@code i + 2} phone {@code i} of the phone set, so that label {@code k >= 1} is
 * acoustic-model token {@code k - 1}. After the phones come the disambiguation symbols of L's input side
 * (first {@code #0}, then the lexicon's {@code #1, #2, ...}, then symbols passed through from G); they
 * never reach the final graph.
 */
public final class TokenSymbols {
    public static final String EPS = "<eps>";
    public static final String BLANK = "<blk>";

    private final List<String> phones;
    private final List<String> disambig;

    public TokenSymbols(List<String> phones, List<String> disambig) {
        this.phones = List.copyOf(phones);
        this.disambig = List.copyOf(disambig);
    }

    public int numPhones() {
        return phones.size();
    }

    public int numDisambig() {
        return disambig.size();
    }

    public int blank() {
        return 1;
    }

    /** Label of phone {@code i} (0-based, phone set order). */
    public int phone(int i) {
        return i + 2;
    }

    /** Label of disambiguation symbol {@code d} (0-based in {@link #disambigNames()}). */
    public int disambig(int d) {
        return phones.size() + 2 + d;
    }

    /** The first label past the acoustic tokens: labels at or above it are disambiguation symbols. */
    public int firstDisambig() {
        return phones.size() + 2;
    }

    public List<String> phoneNames() {
        return phones;
    }

    public List<String> disambigNames() {
        return disambig;
    }

    /** The table of tokens only: {@code <eps>, <blk>}, the phones (the final graph's input side). */
    public String[] tokenTable() {
        List<String> t = new ArrayList<>();
        t.add(EPS);
        t.add(BLANK);
        t.addAll(phones);
        return t.toArray(String[]::new);
    }

    /** Tokens and disambiguation symbols (the input side of L, both sides of T). */
    public String[] fullTable() {
        List<String> t = new ArrayList<>(List.of(tokenTable()));
        t.addAll(disambig);
        return t.toArray(String[]::new);
    }
}
