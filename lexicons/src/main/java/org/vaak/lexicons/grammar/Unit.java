package org.vaak.lexicons.grammar;

/**
 * One entry of a slot: a morph (stem or affix) in the open phonemic form.
 *
 * @param slot the slot it fills ({@code verb_stem}, {@code tense_past}, {@code case}, ...)
 * @param open the morph in the open form ({@code PhonemicForm.open}); never empty
 * @param gloss a short description (grammatical meaning, or where a derived or mined entry came from)
 * @param mined whether the unit comes from a list mined from a corpus (or was derived from such a unit)
 *     rather than from the hand-made lists
 */
public record Unit(String slot, String open, String gloss, boolean mined) {
    /** A hand-made unit. */
    public Unit(String slot, String open, String gloss) {
        this(slot, open, gloss, false);
    }
}
