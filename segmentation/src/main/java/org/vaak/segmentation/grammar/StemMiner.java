package org.vaak.segmentation.grammar;

import org.vaak.segmentation.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaak.lexicons.Aksharas;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.PhonemicForm;
import org.vaak.lexicons.grammar.DeriveRule;
import org.vaak.lexicons.grammar.GrammarData;
import org.vaak.lexicons.grammar.Morphotactics;
import org.vaak.lexicons.grammar.Unit;
import org.vaak.segmentation.corpus.WordCounts;

/**
 * Mines noun and verb stems from a training corpus with the hand-made grammar's suffix lists.
 *
 * <p>Procedure: for every word type of the corpus (zero-width joiners removed, as the segmenters do) and every split of its open form into prefix + rest,
 * and for every way a stem can enter the grammar (the stem slot itself, or a slot that a derive rule fills
 * from it, e.g. the u-dropped alternant), the prefix is a candidate when the rest is a complete chain of
 * known suffixes from the state that slot leads to (the empty chain counts when that state is final). The
 * candidate's base form is recovered by undoing the derive rule. Each word credits only its shortest
 * candidate base forms (of at least {@link #MIN_AKSHARAS} aksharas, with no vowel after a vowel), and no
 * candidate at all when one of them is already a listed stem. A base form is kept when
 * <ul>
 *   <li>it occurs with at least {@code k} distinct suffix chains,</li>
 *   <li>when it was seen only through derived alternants, it also occurs directly (so the u of
 *       {@code கதவு} is restored only when கதவு or கதவு + a suffix is attested),</li>
 *   <li>its open form has no vowel after a vowel (no written independent vowel inside the word), and
 *       for Kannada it ends in a dead consonant only if it also occurs as a word by itself,</li>
 *   <li>it is mined for one slot only: the one with more chains (ties: slot name order),</li>
 *   <li>it has at least {@link #MIN_AKSHARAS} aksharas,</li>
 *   <li>it is not already a unit of the grammar (in any slot: a listed number, pronoun or suffix is not
 *       mined as a noun or verb), and</li>
 *   <li>it is not itself a shorter kept (or listed) stem plus whole units of the grammar (candidates are
 *       taken shortest first), so that {@code கோப்புகள்} is not mined next to {@code கோப்பு}, nor
 *       {@code சரிய்} (glide) next to {@code சரி}.</li>
 * </ul>
 * Deterministic: the result depends only on the grammar, the corpus and {@code k}. Stems are never
 * wildcards: the compiled grammar accepts a word only through listed units.
 */
public final class StemMiner {
    public static final int MIN_AKSHARAS = 2;
    /** Suffix chains longer than this (in code points of the open form) are not considered. */
    public static final int MAX_CHAIN = 40;
    private static final Logger LOG = LoggerFactory.getLogger(StemMiner.class);
    private final GrammarData hand;
    private final SubwordGrammar grammar;
    private final Language lang;
    private final List<Entry> entries = new ArrayList<>();
    private final boolean vowelFinal;

    /** How a stem slot is entered: the slot, the root it leads to, and the rule that derived it (or null). */
    private record Entry(String category, String baseSlot, String slot, int root, DeriveRule rule) {
    }

    /** One kept stem with its evidence. */
    public record MinedStem(String category, String slot, String open, int chains, List<String> examples) {
    }

    /**
     * @param hand the hand-made grammar (without mined stems)
     * @param baseSlots the stem slots to mine, e.g. {@code noun_stem}, {@code verb_stem}
     * @param vowelFinal take a stem that ends in a dead consonant only when it also occurs as a word by
     *     itself (Kannada: native words end in a vowel, so a consonant-final candidate is nearly always a
     *     vowel-final stem cut short, except for loanwords such as ಕ್ಲಿಕ್, which occur alone)
     */
    public StemMiner(GrammarData hand, List<String> baseSlots, boolean vowelFinal) {
        this.vowelFinal = vowelFinal;
        this.hand = hand;
        this.lang = hand.language();
        this.grammar = SubwordGrammarCompiler.compile(hand);
        GrammarNetwork net = grammar.network();
        for (Morphotactics m : hand.categories()) {
            for (Morphotactics.Arc a : m.arcs()) {
                if (!a.from().equals(Morphotactics.START)) {
                    continue;
                }
                int root = net.root(m.category(), a.to());
                if (baseSlots.contains(a.slot())) {
                    entries.add(new Entry(m.category(), a.slot(), a.slot(), root, null));
                }
                for (DeriveRule r : hand.rules()) {
                    if (r.toSlot().equals(a.slot()) && baseSlots.contains(r.fromSlot())) {
                        entries.add(new Entry(m.category(), r.fromSlot(), a.slot(), root, r));
                    }
                }
            }
        }
    }

    /** The default: {@code noun_stem} and {@code verb_stem}; for Kannada, consonant-final stems only when attested alone. */
    public static StemMiner forNounsAndVerbs(GrammarData hand) {
        return new StemMiner(hand, List.of("noun_stem", "verb_stem"), hand.language() == Language.KANNADA);
    }

    /** Mines stems from the corpus; the result is sorted by slot, then open form. */
    public List<MinedStem> mine(WordCounts corpus, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        Set<String> listed = new HashSet<>();
        for (String s : hand.stemSlots()) {
            hand.slot(s).forEach(u -> listed.add(u.open()));
        }
        Set<String> anyUnit = new HashSet<>();
        hand.slots().values().forEach(us -> us.forEach(u -> anyUnit.add(u.open())));
        // (baseSlot \t base) -> distinct chains; each word credits only its shortest base forms
        Map<String, Set<String>> chains = new HashMap<>();
        Map<String, String> category = new HashMap<>();
        List<String[]> found = new ArrayList<>();
        Set<String> bare = new HashSet<>();
        for (int w = 0; w < corpus.size(); w++) {
            bare.add(GrammarSegmenter.withoutJoiners(corpus.word(w)));
        }
        for (int w = 0; w < corpus.size(); w++) {
            String open = PhonemicForm.open(GrammarSegmenter.withoutJoiners(corpus.word(w)), lang);
            if (open.isEmpty()) {
                continue;
            }
            int[] cps = open.codePoints().toArray();
            int[] off = offsets(cps);
            int minStart = Math.max(1, cps.length - MAX_CHAIN);
            found.clear();
            int shortest = Integer.MAX_VALUE;
            boolean known = false;
            for (int i = minStart; i <= cps.length; i++) {
                String prefix = open.substring(0, off[i]);
                String rest = open.substring(off[i]);
                for (Entry e : entries) {
                    if (!grammar.accepts(cps, i, e.root())) {
                        continue;
                    }
                    String base = undo(e.rule(), prefix);
                    if (base == null || base.isEmpty() || !wellFormed(base)
                            || Aksharas.split(PhonemicForm.close(base, lang), lang).size() < MIN_AKSHARAS) {
                        continue;
                    }
                    if (vowelFinal && base.codePointBefore(base.length()) == lang.virama()
                            && !bare.contains(PhonemicForm.close(base, lang))) {
                        continue;
                    }
                    known |= listed.contains(base);
                    int len = base.codePointCount(0, base.length());
                    if (len < shortest) {
                        shortest = len;
                        found.clear();
                    }
                    if (len == shortest) {
                        found.add(new String[] {e.baseSlot() + "\t" + base, e.slot() + ":" + rest, e.category()});
                    }
                }
            }
            if (known) {
                continue; // the hand-made stems already cover this word
            }
            for (String[] f : found) {
                chains.computeIfAbsent(f[0], x -> new LinkedHashSet<>()).add(f[1]);
                category.putIfAbsent(f[0], f[2]);
            }
        }
        Map<String, String> bestSlot = new HashMap<>();
        for (var e : chains.entrySet()) {
            int tab = e.getKey().indexOf('\t');
            String slot = e.getKey().substring(0, tab);
            String base = e.getKey().substring(tab + 1);
            boolean direct = e.getValue().stream().anyMatch(c -> c.startsWith(slot + ":"));
            if (e.getValue().size() < k || !direct || anyUnit.contains(base) || !wellFormed(base)
                    || Aksharas.split(PhonemicForm.close(base, lang), lang).size() < MIN_AKSHARAS) {
                continue;
            }
            String other = bestSlot.get(base);
            if (other == null || chains.get(other + "\t" + base).size() < e.getValue().size()
                    || chains.get(other + "\t" + base).size() == e.getValue().size() && slot.compareTo(other) < 0) {
                bestSlot.put(base, slot);
            }
        }
        List<String> cands = new ArrayList<>();
        bestSlot.forEach((base, slot) -> cands.add(slot + "\t" + base));
        cands.sort((a, b) -> {
            int c = Integer.compare(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
            return c != 0 ? c : a.compareTo(b);
        });
        Set<String> kept = new HashSet<>(listed);
        List<MinedStem> out = new ArrayList<>();
        for (String key : cands) {
            int tab = key.indexOf('\t');
            String slot = key.substring(0, tab);
            String base = key.substring(tab + 1);
            if (analysable(slot, base, kept)) {
                continue;
            }
            kept.add(key);
            List<String> ex = new ArrayList<>(chains.get(key)).subList(0, Math.min(3, chains.get(key).size()));
            out.add(new MinedStem(category.get(key), slot, base, chains.get(key).size(), ex));
        }
        out.sort((a, b) -> a.slot().equals(b.slot()) ? a.open().compareTo(b.open()) : a.slot().compareTo(b.slot()));
        LOG.info("{}: {} candidate stems with >= {} chains, {} kept", lang.code(), cands.size(), k, out.size());
        return out;
    }

    /** Whether {@code base} is a kept stem of {@code slot} followed by a non-empty suffix chain. */
    private boolean analysable(String slot, String base, Set<String> kept) {
        int[] cps = base.codePoints().toArray();
        int[] off = offsets(cps);
        for (int i = 1; i < cps.length; i++) {
            String prefix = base.substring(0, off[i]);
            for (Entry e : entries) {
                if (!e.baseSlot().equals(slot)) {
                    continue;
                }
                String b = undo(e.rule(), prefix);
                if (b != null && kept.contains(slot + "\t" + b) && grammar.readsWholeUnits(cps, i, e.root())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** No independent vowel except at the start: in the open form a vowel inside a word follows a virama. */
    private boolean wellFormed(String open) {
        int prev = -1;
        for (int i = 0; i < open.length(); ) {
            int cp = open.codePointAt(i);
            if (i > 0 && lang.isIndependentVowel(cp) && prev != lang.virama()) {
                return false;
            }
            prev = cp;
            i += Character.charCount(cp);
        }
        return true;
    }

    /** The base form a derived alternant came from, or null when the rule cannot have produced it. */
    static String undo(DeriveRule r, String derived) {
        if (r == null) {
            return derived;
        }
        if (!derived.endsWith(r.replacement())) {
            return null;
        }
        String base = derived.substring(0, derived.length() - r.replacement().length()) + r.ending();
        return derived.equals(r.apply(base)) ? base : null;
    }

    private static int[] offsets(int[] cps) {
        int[] off = new int[cps.length + 1];
        for (int i = 0; i < cps.length; i++) {
            off[i + 1] = off[i] + Character.charCount(cps[i]);
        }
        return off;
    }

    /** The mined stems as units, ready for {@link GrammarData#withUnits}. */
    public static List<Unit> units(List<MinedStem> stems) {
        List<Unit> out = new ArrayList<>();
        for (MinedStem s : stems) {
            out.add(new Unit(s.slot(), s.open(), "mined: " + s.chains() + " chains", true));
        }
        return out;
    }

    /**
     * Writes {@code stems-mined.tsv} in the unit format of the grammar folder, with a header that records
     * the command, the corpus and {@code k}. Written to a temporary file, then moved into place.
     */
    public static void write(List<MinedStem> stems, Language lang, Path out, List<String> header) throws IOException {
        AtomicFiles.write(out, w -> {
            for (String h : header) {
                w.write("# " + h + "\n");
            }
            w.write("# slot\topen form\twritten form\tgloss\n");
            for (MinedStem s : stems) {
                w.write(s.slot() + "\t" + s.open() + "\t" + PhonemicForm.close(s.open(), lang) + "\tmined: " + s.chains()
                        + " chains, e.g. " + String.join(" ", s.examples()) + "\n");
            }
        });
    }

    static Map<String, Integer> countBySlot(List<MinedStem> stems) {
        Map<String, Integer> m = new LinkedHashMap<>();
        stems.forEach(s -> m.merge(s.slot(), 1, Integer::sum));
        return m;
    }
}
