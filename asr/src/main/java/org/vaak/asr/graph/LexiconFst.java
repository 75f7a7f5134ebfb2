package org.vaak.asr.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.FstBuilder;

/**
 * L, the pronunciation lexicon as a transducer from phones to units, over the units of a grammar G's
 * symbol table. State 0 is the start and the only final state; each pronunciation is a chain from and back
 * to it whose first arc outputs the unit and carries the pronunciation's cost.
 *
 * <p>Disambiguation (as Kaldi's {@code add_lex_disambig.pl}): a pronunciation shared by several units, or
 * that is a proper prefix of another pronunciation, gets a symbol {@code #1, #2, ...} at its end (the
 * {@code k}-th unit with that pronunciation gets {@code #k}), which makes L o G determinizable. G's own
 * auxiliary symbols ({@code #0} on backoff arcs, and {@code <s>}/{@code </s>} when G has arcs with them) pass
 * through as self-loops on state 0; they are removed from the final graph.
 */
public final class LexiconFst {
    /**
     * The lexicon transducer and its label layout.
     *
     * @param fst L: input labels of {@link #symbols()}, output labels of G's input side
     * @param symbols phones and disambiguation symbols
     * @param passThrough G labels that are auxiliary (mapped to epsilon in the final graph)
     * @param unitsWithoutPronunciation G symbols that are units but have no entry in the lexicon
     */
    public record Result(CompactFst fst, TokenSymbols symbols, Set<Integer> passThrough,
            List<String> unitsWithoutPronunciation) {
    }

    private LexiconFst() {
    }

    /** Whether a symbol of G is auxiliary rather than a unit. */
    public static boolean isAuxiliary(String symbol) {
        return symbol.startsWith("#") || symbol.equals("<s>") || symbol.equals("</s>") || symbol.equals("<eps>");
    }

    public static Result build(Lexicon lexicon, List<String> phones, String[] gSymbols) {
        if (gSymbols == null) {
            throw new IllegalArgumentException("G has no symbol table: the lexicon needs it to find each unit's label");
        }
        Map<String, Integer> phoneIndex = new HashMap<>();
        for (int i = 0; i < phones.size(); i++) {
            phoneIndex.put(phones.get(i), i);
        }
        Map<String, Integer> unitLabel = new HashMap<>();
        List<String> passNames = new ArrayList<>();
        List<Integer> passLabels = new ArrayList<>();
        for (int l = 1; l < gSymbols.length; l++) {
            String s = gSymbols[l];
            if (s == null) {
                continue;
            }
            if (isAuxiliary(s)) {
                passNames.add(s);
                passLabels.add(l);
            } else {
                unitLabel.put(s, l);
            }
        }
        List<Lexicon.Entry> entries = new ArrayList<>();
        Set<String> pronounced = new HashSet<>();
        for (Lexicon.Entry e : lexicon.sorted()) {
            if (!unitLabel.containsKey(e.unit())) {
                continue;
            }
            for (String p : e.phones()) {
                if (!phoneIndex.containsKey(p)) {
                    throw new IllegalArgumentException("unit '" + e.unit() + "': phone '" + p + "' is not in the phone set");
                }
            }
            entries.add(e);
            pronounced.add(e.unit());
        }
        List<String> missing = new ArrayList<>();
        for (int l = 1; l < gSymbols.length; l++) {
            if (gSymbols[l] != null && unitLabel.containsKey(gSymbols[l]) && !pronounced.contains(gSymbols[l])) {
                missing.add(gSymbols[l]);
            }
        }
        int[] disambig = disambiguate(entries);
        int maxK = 0;
        for (int k : disambig) {
            maxK = Math.max(maxK, k);
        }
        List<String> names = new ArrayList<>(passNames);
        Set<String> taken = new HashSet<>(passNames);
        int[] lexSymbol = new int[maxK + 1];
        for (int k = 1, next = 1; k <= maxK; k++) {
            while (taken.contains("#" + next)) {
                next++;
            }
            lexSymbol[k] = names.size();
            names.add("#" + next);
            taken.add("#" + next);
            next++;
        }
        TokenSymbols syms = new TokenSymbols(phones, names);
        FstBuilder b = new FstBuilder(1 + entries.size() * 4, entries.size() * 5 + names.size());
        b.addState();
        b.setStart(0);
        b.setFinal(0, 0f);
        for (int i = 0; i < passNames.size(); i++) {
            b.addArc(0, syms.disambig(i), passLabels.get(i), 0f, 0);
        }
        for (int e = 0; e < entries.size(); e++) {
            Lexicon.Entry en = entries.get(e);
            List<String> ph = en.phones();
            int s = 0;
            for (int i = 0; i < ph.size(); i++) {
                boolean last = i == ph.size() - 1;
                int t = last && disambig[e] == 0 ? 0 : b.addState();
                b.addArc(s, syms.phone(phoneIndex.get(ph.get(i))), i == 0 ? unitLabel.get(en.unit()) : 0,
                        i == 0 ? en.cost() : 0f, t);
                s = t;
            }
            if (disambig[e] > 0) {
                b.addArc(s, syms.disambig(lexSymbol[disambig[e]]), 0, 0f, 0);
            }
        }
        Set<Integer> pass = new HashSet<>(passLabels);
        return new Result(b.build(syms.fullTable(), gSymbols.clone()), syms, pass, List.copyOf(missing));
    }

    /**
     * The disambiguation index of each entry: 0 for none, k for {@code #k}. Pronunciations are sorted as
     * strings ("p1 p2 ... "): the ones that extend a pronunciation P follow P and its duplicates directly,
     * so P is a proper prefix of another exactly when the next different string starts with P.
     */
    static int[] disambiguate(List<Lexicon.Entry> entries) {
        int n = entries.size();
        String[] keys = new String[n];
        Integer[] order = new Integer[n];
        for (int e = 0; e < n; e++) {
            keys[e] = key(entries.get(e).phones());
            order[e] = e;
        }
        java.util.Arrays.sort(order, (x, y) -> {
            int c = keys[x].compareTo(keys[y]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        int[] out = new int[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && keys[order[j]].equals(keys[order[i]])) {
                j++;
            }
            boolean prefix = j < n && keys[order[j]].startsWith(keys[order[i]]);
            if (j - i > 1 || prefix) {
                for (int k = i; k < j; k++) {
                    out[order[k]] = k - i + 1;
                }
            }
            i = j;
        }
        return out;
    }

    private static String key(List<String> phones) {
        StringBuilder sb = new StringBuilder();
        for (String p : phones) {
            sb.append(p).append(' ');
        }
        return sb.toString();
    }
}
