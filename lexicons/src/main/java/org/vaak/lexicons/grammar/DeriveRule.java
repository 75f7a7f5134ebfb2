package org.vaak.lexicons.grammar;

/**
 * A sandhi rule the open form does not capture by itself, written as a rule that derives alternant units:
 * every unit of {@code fromSlot} whose open form ends with {@code ending} (and is longer than it) gives a
 * unit of {@code toSlot} with that ending replaced by {@code replacement}. With {@code replacement} equal
 * to {@code ending} the rule copies units into a class slot (e.g. stems ending in i, which take the glide y).
 *
 * <p>Example (Tamil): {@code noun_stem அம் அ noun_stem_am}: மரம் ம்அர்அம் gives ம்அர்அ, which the
 * morphotactics lets take the increment த்த் before a case (மர + த்த் + ஐ = மரத்தை).
 *
 * @param note what the rule stands for, for the documentation
 */
public record DeriveRule(String fromSlot, String ending, String replacement, String toSlot, String note) {
    /** The derived open form, or null when the rule does not apply to {@code open}. */
    public String apply(String open) {
        if (open.length() <= ending.length() || !open.endsWith(ending)) {
            return null;
        }
        return open.substring(0, open.length() - ending.length()) + replacement;
    }
}
