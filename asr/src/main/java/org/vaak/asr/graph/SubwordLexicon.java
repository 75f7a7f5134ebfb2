package org.vaak.asr.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.SubwordPronouncer;
import org.vaak.segmentation.SubwordText;

/**
 * A lexicon of subword units as they appear in marked text ({@code படி@@}, {@code த்த்@@}, {@code ஆன்}).
 * A piece's pronunciation depends on its neighbours (Tamil stops are voiced after a vowel-final piece,
 * voiceless at the start of a word; Kannada keeps the inherent vowel only word-finally), so each unit gets
 * the pronunciations it has between a fixed set of neighbours, the way {@link SubwordPronouncer#variants}
 * does it, with the marker narrowing the right neighbour: a unit without the marker ends a word (no right
 * neighbour), a unit with it is followed by a vowel or a stop. Left neighbours: none (word-initial), a
 * vowel, a nasal, an approximant, a stop (Tamil); none, a vowel, a nasal (Kannada).
 *
 * <p>Costs: with {@link PronunciationCounts} from marked training text, each variant costs
 * {@code -ln((c + 1) / (cmax + 1))} (add-one counts of the variant in context, relative to the unit's most
 * frequent variant); without counts every variant costs 0 and the acoustic model chooses.
 */
public final class SubwordLexicon {
    private static final List<String> TA_LEFT = List.of("", "அ", "ம்", "ர்", "ட்");
    private static final List<String> TA_RIGHT = List.of("அ", "க", "ப");
    private static final List<String> KN_LEFT = List.of("", "ಅ", "ಮ್");
    private static final List<String> KN_RIGHT = List.of("ಅ", "ಕ", "ಚ", "ಟ", "ತ", "ಪ", "ಸ");

    private SubwordLexicon() {
    }

    public static Lexicon build(Language lang, Iterable<String> units, PronunciationCounts counts) {
        SubwordPronouncer pr = new SubwordPronouncer(lang);
        List<Lexicon.Entry> entries = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (String unit : units) {
            boolean cont = unit.endsWith(SubwordText.MARKER);
            String piece = cont ? unit.substring(0, unit.length() - SubwordText.MARKER.length()) : unit;
            if (piece.isEmpty()) {
                skipped.put(unit, "empty piece");
                continue;
            }
            try {
                Set<List<String>> variants = variants(pr, lang, piece, cont);
                Map<List<String>, Long> c = counts == null ? Map.of() : counts.of(unit);
                long max = 0;
                for (List<String> v : variants) {
                    max = Math.max(max, c.getOrDefault(v, 0L));
                }
                for (List<String> v : variants) {
                    if (v.isEmpty()) {
                        continue;
                    }
                    float cost = counts == null ? 0f
                            : Math.max(0f, (float) -Math.log((c.getOrDefault(v, 0L) + 1.0) / (max + 1.0)));
                    entries.add(new Lexicon.Entry(unit, v, cost));
                }
                if (variants.stream().allMatch(List::isEmpty)) {
                    skipped.put(unit, "no phones");
                }
            } catch (IllegalArgumentException e) {
                skipped.put(unit, e.getMessage());
            }
        }
        return new Lexicon(entries, skipped);
    }

    /** The distinct pronunciations of {@code piece} between the neighbours its marker allows, in context order. */
    static Set<List<String>> variants(SubwordPronouncer pr, Language lang, String piece, boolean continues) {
        boolean ta = lang == Language.TAMIL;
        List<String> rights = continues ? (ta ? TA_RIGHT : KN_RIGHT) : List.of("");
        Set<List<String>> out = new LinkedHashSet<>();
        Map<String, List<String>> memo = new HashMap<>();
        for (String left : ta ? TA_LEFT : KN_LEFT) {
            for (String right : rights) {
                List<String> pieces = new ArrayList<>();
                if (!left.isEmpty()) {
                    pieces.add(left);
                }
                pieces.add(piece);
                if (!right.isEmpty()) {
                    pieces.add(right);
                }
                String key = left + "|" + right;
                List<String> phones = memo.computeIfAbsent(key, k -> pr.pronounce(pieces).get(left.isEmpty() ? 0 : 1));
                out.add(List.copyOf(phones));
            }
        }
        return out;
    }
}
