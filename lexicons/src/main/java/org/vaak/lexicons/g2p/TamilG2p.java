package org.vaak.lexicons.g2p;

import java.util.List;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.Letter.Kind;

/**
 * Tamil letter-to-sound rules. Tamil writes one letter for each stop place (க ச ட த ப, and ற); whether it
 * is voiced, voiceless or a fricative depends on its neighbours. The rules, in the order they are tried:
 *
 * <ol>
 *   <li><b>Geminate</b> (க்க, ச்ச, ட்ட, த்த, ப்ப): voiceless, [kk] [tʃtʃ] [ʈʈ] [t̪t̪] [pp]. ற்ற is [tr].</li>
 *   <li><b>After a nasal</b> (ங்க, ஞ்ச, ண்ட, ந்த, ம்ப, ...): voiced, [ŋɡ] [ɲdʒ] [ɳɖ] [n̪d̪] [mb];
 *       ன்ற is [ndr]; ச after a nasal other than ஞ் is [s] (இம்சை [imsai]).</li>
 *   <li><b>Word-initial</b>: voiceless [k ʈ t̪ p]; ச is [s] (சட்டம் [saʈʈam]).</li>
 *   <li><b>Between vowels</b>: க is the fricative [ɣ] (முகம் [muɣam]), ச is [s] (பாசம் [paːsam]), ட த ப
 *       are voiced [ɖ d̪ b].</li>
 *   <li><b>After ய ர ல ள ழ வ and before a vowel</b>: voiced stops [ɡ ɖ d̪ b], ச [s] (அவர்கள் [aʋaɾɡaɭ]);
 *       not after ற், which behaves as a stop (கற்பு [karpu]).</li>
 *   <li>Otherwise (before a consonant, word-finally, after another obstruent): voiceless; ச is [tʃ].</li>
 * </ol>
 * Other letters: ற alone is the trill [r], ர the tap [ɾ], ழ [ɻ], ள [ɭ], ல [l], ந the dental [n̪], ன the
 * alveolar [n], ண [ɳ]; Grantha ஜ [dʒ], ஷ [ʂ], ஸ [s], ஹ [h], ஶ [ʃ]. Aytham ஃ before ப makes it [f] (ஃபேன்
 * [feːn]), before ஜ [z], otherwise it is [h] (எஃகு [ehku]). ஐ and ஔ are the diphthongs [ai] [au]. Vowels
 * are given their phonemic quality: word-final உ, often an unrounded [ɯ], is written [u].
 */
final class TamilG2p implements GraphemeToPhoneme {
    private static final String[] VOWELS = new String[0x15];
    private static final String[][] STOPS = new String[0x40][]; // voiceless, voiced, intervocalic, initial
    private static final String[] OTHERS = new String[0x40];

    static {
        String[][] v = {{"05", "a"}, {"06", "a:"}, {"07", "i"}, {"08", "i:"}, {"09", "u"}, {"0A", "u:"}, {"0E", "e"},
                {"0F", "e:"}, {"10", "aI"}, {"12", "o"}, {"13", "o:"}, {"14", "aU"}};
        for (String[] e : v) {
            VOWELS[Integer.parseInt(e[0], 16)] = e[1];
        }
        STOPS[0x15] = new String[] {"k", "g", "G", "k"};
        STOPS[0x1A] = new String[] {"tS", "dZ", "s", "s"};
        STOPS[0x1F] = new String[] {"t`", "d`", "d`", "t`"};
        STOPS[0x24] = new String[] {"t_d", "d_d", "d_d", "t_d"};
        STOPS[0x2A] = new String[] {"p", "b", "b", "p"};
        String[][] o = {{"19", "N"}, {"1E", "J"}, {"23", "n`"}, {"28", "n_d"}, {"29", "n"}, {"2E", "m"}, {"2F", "j"},
                {"30", "4"}, {"32", "l"}, {"33", "l`"}, {"34", "r`"}, {"35", "P"}, {"1C", "dZ"}, {"36", "S"},
                {"37", "s`"}, {"38", "s"}, {"39", "h"}};
        for (String[] e : o) {
            OTHERS[Integer.parseInt(e[0], 16)] = e[1];
        }
    }

    private static final int RRA = 0x31;
    private static final int NNNA = 0x29;
    private static final int PA = 0x2A;
    private static final int JA = 0x1C;
    private static final int AYTHAM = 0x03;

    private final PhoneSet phones = PhoneSet.of(Language.TAMIL);

    @Override
    public Language language() {
        return Language.TAMIL;
    }

    @Override
    public Pronunciation pronounceOpen(String open, String word) {
        Language ta = Language.TAMIL;
        List<Letter> ls = Letter.parse(open, ta, word);
        PhoneBuffer out = new PhoneBuffer();
        for (int i = 0; i < ls.size(); i++) {
            Letter l = ls.get(i);
            Letter prev = i > 0 ? ls.get(i - 1) : null;
            Letter next = i + 1 < ls.size() ? ls.get(i + 1) : null;
            int x = l.index(ta);
            if (l.kind() == Kind.VOWEL) {
                out.add(VOWELS[x], l.offset());
            } else if (l.kind() == Kind.SIGN) {
                if (x == AYTHAM) {
                    boolean merges = next != null && next.kind() == Kind.CONSONANT
                            && (next.index(ta) == PA || next.index(ta) == JA);
                    if (!merges) {
                        out.add("h", l.offset());
                    }
                } else if (x == 0x02) { // anusvara, rare in Tamil
                    out.add(Homorganic.nasal(next == null ? null : firstPhone(next)), l.offset());
                }
                // a stray nukta adds nothing
            } else if (x == RRA) {
                rra(out, l, prev, next, ta);
            } else if (STOPS[x] != null) {
                out.add(stop(l, prev, next, ta), l.offset());
            } else if (prev != null && prev.kind() == Kind.SIGN && prev.index(ta) == AYTHAM && x == JA) {
                out.add("z", l.offset());
            } else {
                out.add(OTHERS[x], l.offset());
            }
        }
        return out.build();
    }

    private static void rra(PhoneBuffer out, Letter l, Letter prev, Letter next, Language ta) {
        if (next != null && next.kind() == Kind.CONSONANT && next.index(ta) == RRA) {
            out.add("t", l.offset());
        } else if (prev != null && prev.kind() == Kind.CONSONANT && prev.index(ta) == NNNA) {
            out.add(new String[] {"d", "r"}, l.offset());
        } else {
            out.add("r", l.offset());
        }
    }

    private String stop(Letter l, Letter prev, Letter next, Language ta) {
        String[] forms = STOPS[l.index(ta)];
        boolean vowelNext = next != null && next.kind() == Kind.VOWEL;
        if (prev != null && prev.kind() == Kind.SIGN && prev.index(ta) == AYTHAM && l.index(ta) == PA) {
            return "f";
        }
        if (next != null && next.cp() == l.cp() || prev != null && prev.cp() == l.cp()) {
            return forms[0];
        }
        if (prev == null) {
            return forms[3];
        }
        if (prev.kind() == Kind.CONSONANT) {
            Phone p = phones.get(consonantPhone(prev, ta));
            if (p.isNasal()) {
                // ச is [dʒ] after its own nasal ஞ், [s] after other nasals (இம்சை [imsai])
                return l.index(ta) == 0x1A && prev.index(ta) != 0x1E ? forms[2] : forms[1];
            }
            // ற் is not among them: a stop after it stays voiceless (கற்பு [karpu], நாற்காலி [naːrkaːli])
            boolean sonorant = "approximant".equals(p.manner()) || "lateral".equals(p.manner())
                    || "tap".equals(p.manner());
            if (sonorant && vowelNext) {
                return l.index(ta) == 0x1A ? forms[2] : forms[1];
            }
            return forms[0];
        }
        if (prev.kind() == Kind.VOWEL && vowelNext) {
            return forms[2];
        }
        return forms[0];
    }

    private static String consonantPhone(Letter l, Language ta) {
        int x = l.index(ta);
        if (x == RRA) {
            return "r";
        }
        return STOPS[x] != null ? STOPS[x][0] : OTHERS[x];
    }

    private Phone firstPhone(Letter l) {
        Language ta = Language.TAMIL;
        if (l.kind() != Kind.CONSONANT) {
            return null;
        }
        return phones.get(consonantPhone(l, ta));
    }
}
