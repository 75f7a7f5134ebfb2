package org.vaak.lexicons.g2p;

import java.text.Normalizer;
import java.util.List;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.PhonemicForm;

/**
 * Rule-based grapheme-to-phoneme conversion of one word. Phones are named as in the language's
 * {@link PhoneSet}. Input is normalised to NFC; characters outside the language's letters fail with a
 * message naming the character and the word (numbers and punctuation are the text normaliser's job).
 */
public interface GraphemeToPhoneme {
    Language language();

    /** The pronunciation of an open-form string ({@link PhonemicForm#open}); {@code word} is for messages. */
    Pronunciation pronounceOpen(String open, String word);

    /** The phones of a written word. */
    default List<String> phones(String word) {
        return pronounce(word).phones();
    }

    /** The pronunciation of a written word, with each phone's source letter. */
    default Pronunciation pronounce(String word) {
        String nfc = Normalizer.normalize(word, Normalizer.Form.NFC);
        return pronounceOpen(PhonemicForm.open(nfc, language()), nfc);
    }

    /** The rules for {@code lang}. */
    static GraphemeToPhoneme of(Language lang) {
        return switch (lang) {
            case TAMIL -> new TamilG2p();
            case KANNADA -> new KannadaG2p();
        };
    }
}
