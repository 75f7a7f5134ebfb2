package org.vaak.lexicons.g2p;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.PhonemicForm;

/**
 * Pronunciations of subwords.
 *
 * <p><b>In context</b> ({@link #pronounce}): the pieces of one word are opened
 * ({@link PhonemicForm#open}) and concatenated, which is the open form of the whole word (that is how
 * pieces join); the word's rules run once on it, and each phone goes to the piece holding the letter it
 * comes from. The pieces' phones, concatenated, are therefore exactly the word's phones, and a piece's
 * pronunciation depends on its neighbours: in படி + த்த் + ஆன் nothing changes, but in Tamil a piece that
 * starts with a stop is voiced after a vowel-final piece (க after ஆ is [ɣ]) and voiceless at the start of a
 * word.
 *
 * <p><b>Out of context</b> ({@link #variants}), for building a pronunciation lexicon of subword units: a
 * piece is pronounced inside each of a fixed set of neighbours (left: none, a vowel, a nasal, an
 * approximant, a stop; right: none, a vowel, a stop of each place) and the distinct results are its
 * variants. A decoder then picks the variant the acoustics support; the lexicon says which variants a
 * piece has, e.g. Tamil கள் has [kaɭ] (after a stop or word-initially), [ɡaɭ] (after a nasal or ர்) and
 * [ɣaɭ] (after a vowel).
 */
public final class SubwordPronouncer {
    private static final List<String> TA_LEFT = List.of("", "அ", "ம்", "ர்", "ட்");
    private static final List<String> TA_RIGHT = List.of("", "அ", "க", "ப");
    private static final List<String> KN_LEFT = List.of("", "ಅ", "ಮ್");
    private static final List<String> KN_RIGHT = List.of("", "ಅ", "ಕ", "ಚ", "ಟ", "ತ", "ಪ", "ಸ");

    private final GraphemeToPhoneme g2p;

    public SubwordPronouncer(GraphemeToPhoneme g2p) {
        this.g2p = g2p;
    }

    public SubwordPronouncer(Language lang) {
        this(GraphemeToPhoneme.of(lang));
    }

    /** The phones of each piece, in the context of the whole word the pieces make. */
    public List<List<String>> pronounce(List<String> pieces) {
        Language lang = g2p.language();
        StringBuilder open = new StringBuilder();
        int[] ends = new int[pieces.size()];
        for (int i = 0; i < pieces.size(); i++) {
            String p = java.text.Normalizer.normalize(pieces.get(i), java.text.Normalizer.Form.NFC);
            open.append(PhonemicForm.open(p, lang));
            ends[i] = open.length();
        }
        String word = PhonemicForm.close(open.toString(), lang);
        Pronunciation pr = g2p.pronounceOpen(open.toString(), word + " (pieces " + String.join(" + ", pieces) + ")");
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            out.add(new ArrayList<>());
        }
        int piece = 0;
        for (int k = 0; k < pr.phones().size(); k++) {
            while (pr.source(k) >= ends[piece]) {
                piece++;
            }
            out.get(piece).add(pr.phones().get(k));
        }
        return out;
    }

    /**
     * The pronunciations a piece can have next to other pieces, sorted with the piece's pronunciation as a
     * word of its own first, then the others in string order.
     */
    public List<List<String>> variants(String piece) {
        boolean ta = g2p.language() == Language.TAMIL;
        List<String> alone = pronounce(List.of(piece)).get(0);
        Set<String> seen = new TreeSet<>();
        for (String left : ta ? TA_LEFT : KN_LEFT) {
            for (String right : ta ? TA_RIGHT : KN_RIGHT) {
                List<String> pieces = new ArrayList<>();
                if (!left.isEmpty()) {
                    pieces.add(left);
                }
                pieces.add(piece);
                if (!right.isEmpty()) {
                    pieces.add(right);
                }
                seen.add(String.join(" ", pronounce(pieces).get(left.isEmpty() ? 0 : 1)));
            }
        }
        List<List<String>> out = new ArrayList<>();
        out.add(alone);
        String first = String.join(" ", alone);
        for (String s : seen) {
            if (!s.equals(first)) {
                out.add(s.isEmpty() ? List.of() : List.of(s.split(" ")));
            }
        }
        return out;
    }
}
