package org.vaak.asr.graph;

import org.vaak.segmentation.fst.CompactFst;
import org.vaak.segmentation.fst.FstBuilder;

/**
 * T, the CTC topology: a transducer from acoustic tokens (one per frame) to phones. State 0 means "the last
 * token was a blank (or nothing yet)", state {@code i + 1} "the last token was phone {@code i}". Every
 * state is final. A phone is output when its token follows a blank or a different phone; a repeated token
 * and a blank output nothing. Disambiguation symbols pass through as self-loops {@code #k:#k} on every
 * state, so that they keep the CTC state; they are mapped to epsilon after composition.
 *
 * <p>Two variants:
 * <ul>
 * <li>{@link Variant#STANDARD}: {@code (N+1)^2} token arcs; exactly the CTC collapse (repeated tokens
 * merge unless a blank separates them).
 * <li>{@link Variant#COMPACT}: the compact topology of Laptev et al. (2022): a phone state has only its
 * repeat loop, a blank arc and an epsilon arc back to the blank state, which then reads the next phone:
 * {@code 3N + 1} token arcs. It accepts more than CTC: a phone repeated without a blank between can also
 * be read as two phones ({@code p p} -> "p p" as well as "p").
 * <li>{@link Variant#STANDARD_SHORTCUT}: exactly the standard topology, composed with LG by
 * {@link CtcCompose}, which replaces a phone state's blank and next-phone arcs by one epsilon arc to the
 * blank state wherever that is exact.
 * </ul>
 */
public final class CtcTopology {
    /** Which topology. */
    public enum Variant {
        STANDARD,
        COMPACT,
        /** standard CTC, composed by {@link CtcCompose} with exact epsilon shortcuts (no T FST of its own) */
        STANDARD_SHORTCUT
    }

    private CtcTopology() {
    }

    public static CompactFst build(TokenSymbols syms, Variant variant) {
        int n = syms.numPhones();
        FstBuilder b = new FstBuilder(n + 1, (n + 1) * (n + 1) + (n + 1) * syms.numDisambig());
        for (int s = 0; s <= n; s++) {
            b.addState();
            b.setFinal(s, 0f);
        }
        b.setStart(0);
        int blank = syms.blank();
        b.addArc(0, blank, 0, 0f, 0);
        for (int j = 0; j < n; j++) {
            b.addArc(0, syms.phone(j), syms.phone(j), 0f, j + 1);
        }
        for (int i = 0; i < n; i++) {
            int s = i + 1;
            b.addArc(s, syms.phone(i), 0, 0f, s);
            b.addArc(s, blank, 0, 0f, 0);
            if (variant == Variant.COMPACT) { // STANDARD_SHORTCUT builds the standard T here
                b.addArc(s, 0, 0, 0f, 0);
            } else {
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        b.addArc(s, syms.phone(j), syms.phone(j), 0f, j + 1);
                    }
                }
            }
        }
        for (int s = 0; s <= n; s++) {
            for (int d = 0; d < syms.numDisambig(); d++) {
                b.addArc(s, syms.disambig(d), syms.disambig(d), 0f, s);
            }
        }
        String[] table = syms.fullTable();
        return b.build(table, table);
    }
}
