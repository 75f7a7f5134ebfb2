package org.vaak.segmentation.grammar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.grammar.GrammarData;
import org.vaak.lexicons.grammar.Morphotactics;
import org.vaak.lexicons.grammar.Unit;

/**
 * The unweighted shape of the SG-WFST, in array form: one trie of unit spellings hanging off every
 * morphotactic state ("root"). Input labels are code points of the open form; the arc that reads the last
 * code point of a unit carries that unit's {@link Choice} (its output symbol) and leads to the root of
 * the next morphotactic state; all other arcs output nothing.
 *
 * <p>The network is deterministic as an acceptor of (input, output) pairs by construction: below a node,
 * each code point has at most one epsilon-output arc (the trie child) and each choice at most one arc.
 * It cannot be deterministic on the input side alone, since a word may have several segmentations (the
 * relation is not a function); the best one is picked by weight.
 */
public final class GrammarNetwork {
    private final Language language;
    private final List<Choice> choices;
    private final List<String> rootNames;
    private final boolean[] rootFinal;
    private final int[] rootOfState;
    // arcs of state s: [arcStart[s], arcStart[s+1])
    private final int[] arcStart;
    private final int[] arcInput;
    private final int[] arcChoice;
    private final int[] arcNext;

    private GrammarNetwork(Language language, List<Choice> choices, List<String> rootNames, boolean[] rootFinal,
            int[] rootOfState, int[] arcStart, int[] arcInput, int[] arcChoice, int[] arcNext) {
        this.language = language;
        this.choices = List.copyOf(choices);
        this.rootNames = List.copyOf(rootNames);
        this.rootFinal = rootFinal;
        this.rootOfState = rootOfState;
        this.arcStart = arcStart;
        this.arcInput = arcInput;
        this.arcChoice = arcChoice;
        this.arcNext = arcNext;
    }

    /** Builds the network of a grammar whose derive rules have been applied ({@link GrammarData#derived()}). */
    public static GrammarNetwork build(GrammarData data) {
        if (!data.rules().isEmpty()) {
            data = data.derived();
        }
        List<String> rootNames = new ArrayList<>();
        Map<String, Integer> roots = new LinkedHashMap<>();
        roots.put(Morphotactics.START, 0);
        rootNames.add(Morphotactics.START);
        for (Morphotactics m : data.categories()) {
            for (Morphotactics.Arc a : m.arcs()) {
                for (String s : new String[] {a.from(), a.to()}) {
                    rootId(roots, rootNames, m.category(), s);
                }
            }
            for (String f : m.finals()) {
                rootId(roots, rootNames, m.category(), f);
            }
        }
        int nRoots = rootNames.size();
        boolean[] rootFinal = new boolean[nRoots];
        for (Morphotactics m : data.categories()) {
            for (String f : m.finals()) {
                rootFinal[roots.get(key(m.category(), f))] = true;
            }
        }
        // trie construction: states 0..nRoots-1 are the roots
        List<int[]> arcs = new ArrayList<>(); // {from, input, choice, next}
        Map<Long, Integer> child = new HashMap<>();
        int[] nStates = {nRoots};
        List<Integer> owner = new ArrayList<>();
        for (int r = 0; r < nRoots; r++) {
            owner.add(r);
        }
        List<Choice> choices = new ArrayList<>();
        Map<String, Choice> byKey = new HashMap<>();
        for (Morphotactics m : data.categories()) {
            for (Morphotactics.Arc a : m.arcs()) {
                int from = roots.get(key(m.category(), a.from()));
                int to = roots.get(key(m.category(), a.to()));
                for (Unit u : data.slot(a.slot())) {
                    if (!accepts(a.filter(), u.open(), data.language())) {
                        continue;
                    }
                    String k = from + " " + m.category() + "/" + a.slot() + "/" + u.open();
                    Choice prev = byKey.get(k);
                    if (prev != null) {
                        if (prev.toRoot() != to) {
                            throw new IllegalArgumentException("grammar of " + data.language().displayName()
                                    + ": unit '" + u.open() + "' of slot '" + a.slot() + "' leads from state '"
                                    + a.from() + "' of " + m.category() + " to two states ('" + rootNames.get(prev.toRoot())
                                    + "' and '" + rootNames.get(to) + "'); give the two arcs different slots");
                        }
                        continue;
                    }
                    Choice c = new Choice(choices.size(), m.category(), a.slot(), u.open(), from, to, u.mined());
                    choices.add(c);
                    byKey.put(k, c);
                    int[] cps = u.open().codePoints().toArray();
                    int node = from;
                    for (int i = 0; i < cps.length - 1; i++) {
                        long ck = ((long) node << 21) | cps[i];
                        Integer next = child.get(ck);
                        if (next == null) {
                            next = nStates[0]++;
                            owner.add(from);
                            child.put(ck, next);
                            arcs.add(new int[] {node, cps[i], -1, next});
                        }
                        node = next;
                    }
                    arcs.add(new int[] {node, cps[cps.length - 1], c.id(), to});
                }
            }
        }
        int n = nStates[0];
        arcs.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0])
                : x[1] != y[1] ? Integer.compare(x[1], y[1]) : Integer.compare(x[2], y[2]));
        int[] start = new int[n + 1];
        int[] in = new int[arcs.size()];
        int[] ch = new int[arcs.size()];
        int[] nx = new int[arcs.size()];
        for (int i = 0; i < arcs.size(); i++) {
            int[] a = arcs.get(i);
            start[a[0] + 1]++;
            in[i] = a[1];
            ch[i] = a[2];
            nx[i] = a[3];
        }
        for (int s = 0; s < n; s++) {
            start[s + 1] += start[s];
        }
        int[] rootOf = owner.stream().mapToInt(Integer::intValue).toArray();
        return new GrammarNetwork(data.language(), choices, rootNames, rootFinal, rootOf, start, in, ch, nx);
    }

    private static boolean accepts(String filter, String open, Language lang) {
        if (filter.isEmpty()) {
            return true;
        }
        boolean vowel = lang.isIndependentVowel(open.codePointAt(0));
        return filter.equals("V") == vowel;
    }

    private static String key(String category, String state) {
        return state.equals(Morphotactics.START) ? Morphotactics.START : category + ":" + state;
    }

    private static int rootId(Map<String, Integer> roots, List<String> names, String category, String state) {
        String k = key(category, state);
        Integer id = roots.get(k);
        if (id == null) {
            id = names.size();
            roots.put(k, id);
            names.add(k);
        }
        return id;
    }

    public Language language() {
        return language;
    }

    public List<Choice> choices() {
        return choices;
    }

    public int stateCount() {
        return arcStart.length - 1;
    }

    public int arcCount() {
        return arcInput.length;
    }

    /** Number of morphotactic states (roots); roots are network states 0..rootCount()-1. */
    public int rootCount() {
        return rootNames.size();
    }

    /** {@code start} or {@code category:state}. */
    public String rootName(int root) {
        return rootNames.get(root);
    }

    /** The root of the morphotactic state {@code state} of {@code category}, or -1. */
    public int root(String category, String state) {
        return rootNames.indexOf(key(category, state));
    }

    public boolean isFinal(int root) {
        return root < rootFinal.length && rootFinal[root];
    }

    /** The root whose trie a state belongs to. */
    public int rootOf(int state) {
        return rootOfState[state];
    }

    public int arcBegin(int state) {
        return arcStart[state];
    }

    public int arcEnd(int state) {
        return arcStart[state + 1];
    }

    public int input(int arc) {
        return arcInput[arc];
    }

    /** The choice an arc completes, or -1 for an arc inside a unit (epsilon output). */
    public int choice(int arc) {
        return arcChoice[arc];
    }

    public int next(int arc) {
        return arcNext[arc];
    }

    /** The first arc of {@code state} with input {@code cp} (arcs are sorted by input), or -1. */
    public int firstArc(int state, int cp) {
        int lo = arcStart[state];
        int hi = arcStart[state + 1] - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (arcInput[mid] < cp) {
                lo = mid + 1;
            } else {
                if (arcInput[mid] == cp) {
                    found = mid;
                }
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Number of choices (outgoing units, over all slots) of each root. */
    int[] choicesPerRoot() {
        int[] k = new int[rootCount()];
        for (Choice c : choices) {
            k[c.fromRoot()]++;
        }
        return k;
    }

    @Override
    public String toString() {
        return "GrammarNetwork[" + language.code() + ", roots=" + rootCount() + ", states=" + stateCount()
                + ", arcs=" + arcCount() + ", choices=" + choices.size() + "]";
    }
}
