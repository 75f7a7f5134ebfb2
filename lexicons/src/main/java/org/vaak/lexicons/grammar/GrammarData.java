package org.vaak.lexicons.grammar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vaak.lexicons.Language;

/**
 * The subword grammar of one language: slots filled with units, the morphotactics of each category, and
 * the sandhi rules that derive alternant units. Immutable; {@link #derived()} gives the data with the
 * rules applied, which is what a compiler uses.
 */
public final class GrammarData {
    private final Language language;
    private final Map<String, List<Unit>> slots;
    private final List<Morphotactics> categories;
    private final List<DeriveRule> rules;

    public GrammarData(Language language, Map<String, List<Unit>> slots, List<Morphotactics> categories,
            List<DeriveRule> rules) {
        this.language = language;
        Map<String, List<Unit>> copy = new LinkedHashMap<>();
        slots.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.slots = Collections.unmodifiableMap(copy);
        this.categories = List.copyOf(categories);
        this.rules = List.copyOf(rules);
    }

    public Language language() {
        return language;
    }

    /** Slot name -> its units, in file order, without duplicates. */
    public Map<String, List<Unit>> slots() {
        return slots;
    }

    public List<Unit> slot(String name) {
        return slots.getOrDefault(name, List.of());
    }

    public List<Morphotactics> categories() {
        return categories;
    }

    public Morphotactics category(String name) {
        for (Morphotactics m : categories) {
            if (m.category().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no category '" + name + "' in the " + language.displayName() + " grammar");
    }

    public List<DeriveRule> rules() {
        return rules;
    }

    /** The slots that arcs leaving the start state use: the stem slots. */
    public Set<String> stemSlots() {
        Set<String> out = new LinkedHashSet<>();
        for (Morphotactics m : categories) {
            for (Morphotactics.Arc a : m.arcs()) {
                if (a.from().equals(Morphotactics.START)) {
                    out.add(a.slot());
                }
            }
        }
        return out;
    }

    /** The same grammar with more units added to slots (e.g. mined stems); duplicates are dropped. */
    public GrammarData withUnits(List<Unit> extra) {
        Map<String, List<Unit>> m = new LinkedHashMap<>();
        slots.forEach((k, v) -> m.put(k, new ArrayList<>(v)));
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        m.forEach((k, v) -> v.forEach(u -> seen.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(u.open())));
        for (Unit u : extra) {
            List<Unit> list = m.computeIfAbsent(u.slot(), k -> new ArrayList<>());
            if (seen.computeIfAbsent(u.slot(), k -> new java.util.HashSet<>()).add(u.open())) {
                list.add(u);
            }
        }
        return new GrammarData(language, m, categories, rules);
    }

    /**
     * The grammar with every derive rule applied in order (a rule sees the units that earlier rules
     * derived), and the rules removed.
     */
    public GrammarData derived() {
        Map<String, List<Unit>> m = new LinkedHashMap<>();
        slots.forEach((k, v) -> m.put(k, new ArrayList<>(v)));
        for (DeriveRule r : rules) {
            List<Unit> from = new ArrayList<>(m.getOrDefault(r.fromSlot(), List.of()));
            List<Unit> to = m.computeIfAbsent(r.toSlot(), k -> new ArrayList<>());
            Set<String> have = new LinkedHashSet<>();
            to.forEach(u -> have.add(u.open()));
            for (Unit u : from) {
                String d = r.apply(u.open());
                if (d != null && have.add(d)) {
                    to.add(new Unit(r.toSlot(), d, u.open() + " by " + r.note(), u.mined()));
                }
            }
        }
        return new GrammarData(language, m, categories, List.of());
    }

    /** Total number of units over all slots. */
    public int unitCount() {
        return slots.values().stream().mapToInt(List::size).sum();
    }
}
