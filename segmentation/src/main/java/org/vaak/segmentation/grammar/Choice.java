package org.vaak.segmentation.grammar;

/**
 * One way to leave a morphotactic state: a unit of a slot, leading to another state. Each choice is one
 * output symbol of the SG-WFST and carries one weight.
 *
 * @param id index in {@link GrammarNetwork#choices()}
 * @param category the word category of the path ({@code verb}, {@code noun}, {@code pronoun}, {@code number})
 * @param slot the slot the unit fills
 * @param unit the unit in the open form
 * @param fromRoot the network state of the morphotactic state the choice leaves
 * @param toRoot the network state of the morphotactic state it enters
 * @param mined whether the unit comes from the mined stem list
 */
public record Choice(int id, String category, String slot, String unit, int fromRoot, int toRoot, boolean mined) {
    /** The output symbol: {@code category/slot/unit}. */
    public String symbol() {
        return category + "/" + slot + "/" + unit;
    }
}
