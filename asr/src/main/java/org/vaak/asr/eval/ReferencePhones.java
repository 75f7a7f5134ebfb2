package org.vaak.asr.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.GraphemeToPhoneme;

/**
 * Reference phone sequences of transcripts, by the language's rule-based G2P word by word. Characters that
 * are not letters of the language (punctuation, digits, Latin) are dropped first and counted, since the
 * G2P refuses them; a word left empty is skipped.
 */
public final class ReferencePhones {
    private final Language language;
    private final GraphemeToPhoneme g2p;
    private long droppedCharacters;

    public ReferencePhones(Language language) {
        this.language = language;
        this.g2p = GraphemeToPhoneme.of(language);
    }

    public List<String> of(String transcript) {
        String nfc = Normalizer.normalize(transcript, Normalizer.Form.NFC);
        List<String> phones = new ArrayList<>();
        for (String word : nfc.strip().split("\\s+")) {
            StringBuilder kept = new StringBuilder();
            word.codePoints().forEach(c -> {
                if (language.isWordChar(c)) {
                    kept.appendCodePoint(c);
                } else {
                    droppedCharacters++;
                }
            });
            if (!kept.isEmpty()) {
                phones.addAll(g2p.phones(kept.toString()));
            }
        }
        return phones;
    }

    /** Characters dropped so far because the G2P does not pronounce them. */
    public long droppedCharacters() {
        return droppedCharacters;
    }
}
