package org.vaak.segmentation.grammar;

import java.util.ArrayList;
import java.util.List;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.PhonemicForm;

/**
 * A path through the SG-WFST: the units it outputs, in order, and its cost.
 *
 * @param choices the choices (units with slot and category) along the path
 * @param cost the path weight in the tropical semiring (sum of -ln probabilities)
 */
public record GrammarParse(List<Choice> choices, double cost) {
    public GrammarParse {
        choices = List.copyOf(choices);
    }

    /** The category of the path (the category of its stem). */
    public String category() {
        return choices.get(0).category();
    }

    /** The units in the open form. */
    public List<String> units() {
        return choices.stream().map(Choice::unit).toList();
    }

    /** The units closed back to written form, one piece per unit. */
    public List<String> pieces(Language lang) {
        List<String> out = new ArrayList<>(choices.size());
        for (Choice c : choices) {
            out.add(PhonemicForm.close(c.unit(), lang));
        }
        return out;
    }

    /** The slots of the units, e.g. {@code [verb_stem, tense_past, png]}. */
    public List<String> slots() {
        return choices.stream().map(Choice::slot).toList();
    }
}
