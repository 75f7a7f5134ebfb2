package org.vaak.lexicons.grammar;

import java.util.List;
import java.util.Set;

/**
 * The order constraints of one word category: a finite-state machine whose arcs are labelled with slots.
 * A word of the category is a path from {@link #START} to a final state; each arc contributes one unit of
 * its slot.
 *
 * @param category {@code verb}, {@code noun}, {@code pronoun} or {@code number}
 * @param arcs the transitions
 * @param finals states where a word may end
 */
public record Morphotactics(String category, List<Arc> arcs, Set<String> finals) {
    /** The state every category starts in; shared by all categories of a language. */
    public static final String START = "start";

    public Morphotactics {
        arcs = List.copyOf(arcs);
        finals = Set.copyOf(finals);
    }

    /**
     * A transition: from state {@code from}, any unit of {@code slot} leads to state {@code to}.
     *
     * @param filter {@code ""} (every unit of the slot), {@code "V"} (only units that begin with a vowel) or
     *     {@code "C"} (only units that begin with a consonant)
     */
    public record Arc(String from, String slot, String filter, String to) {
    }
}
