package org.vaak.segmentation.morfessor;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of a Morfessor Baseline model during training: the construction table and the running cost,
 * with the two operations training is made of, changing a construction's count (which walks down the
 * split tree of a construction that is split) and the recursive binary split of one construction.
 *
 * <p>The order of every count change and every floating-point update follows Morfessor 2.0's
 * {@code BaselineModel}, so both reach the same decisions, ties included: "no split" is tried first and
 * a later split point replaces an earlier one of equal cost.
 */
final class MorfessorModel {
    final AtomCorpus corpus;
    final Constructions table;
    final MorfessorCost cost;
    private final int[] atoms;
    private final boolean[] noSplitAt; // noSplitAt[p]: no boundary between atoms p-1 and p
    private final boolean[] forceSplitAtom;
    private final long[] prefixHash;
    private final long[] power;

    MorfessorModel(AtomCorpus corpus, boolean[] noSplitAt, boolean[] forceSplitAtom) {
        this.corpus = corpus;
        this.atoms = corpus.atoms;
        this.table = new Constructions(atoms, corpus.size() * 3);
        this.cost = new MorfessorCost(corpus.atomStrings.size());
        this.noSplitAt = noSplitAt;
        this.forceSplitAtom = forceSplitAtom;
        this.prefixHash = new long[corpus.maxLen + 1];
        this.power = new long[corpus.maxLen + 1];
        power[0] = 1;
        for (int i = 1; i < power.length; i++) {
            power[i] = power[i - 1] * Constructions.BASE;
        }
    }

    /** Adds every word with its count, unsplit (Morfessor's {@code load_data}). */
    void load() {
        for (int w = 0; w < corpus.size(); w++) {
            int off = corpus.wordOff[w];
            int len = corpus.wordLen[w];
            long c = corpus.wordCount[w];
            long h = Constructions.hash(atoms, off, len);
            cost.corpusBoundaries += c;
            modify(off, len, h, c);
            int s = table.find(off, len, h);
            table.set(s, table.rcount(s) + c, table.count(s), table.split(s));
        }
    }

    /**
     * Changes the count of a construction by {@code delta}; for a split construction the change goes down
     * to its parts, for a morph it changes the corpus code and, when the morph appears or disappears,
     * the lexicon.
     */
    void modify(int off, int len, long h, long delta) {
        int s = table.find(off, len, h);
        long rc = 0;
        long c = 0;
        int sp = 0;
        if (s >= 0) {
            rc = table.rcount(s);
            c = table.count(s);
            sp = table.split(s);
        }
        long nc = c + delta;
        if (nc == 0) {
            if (s >= 0) {
                table.delete(s);
            }
        } else if (s >= 0) {
            table.set(s, rc, nc, sp);
        } else {
            table.insert(off, len, h, rc, nc, sp);
        }
        if (sp != 0) {
            modify(off, sp, Constructions.hash(atoms, off, sp), delta);
            modify(off + sp, len - sp, Constructions.hash(atoms, off + sp, len - sp), delta);
        } else {
            cost.updateMorphCount(c, nc);
            if (c == 0 && nc > 0) {
                cost.addToLexicon(atoms, off, len);
            } else if (c > 0 && nc == 0) {
                cost.removeFromLexicon(atoms, off, len);
            }
        }
    }

    /** Re-optimises one word (Morfessor's {@code _recursive_optimize}). */
    void optimizeWord(int off, int len) {
        if (len == 1) {
            return;
        }
        long h = Constructions.hash(atoms, off, len);
        int forced = 0;
        for (int i = off; i < off + len; i++) {
            if (forceSplitAtom[atoms[i]]) {
                forced++;
            }
        }
        if (forced == 0) {
            recursiveSplit(off, len, h);
            return;
        }
        List<int[]> parts = forcedParts(off, len);
        if (parts.size() == 1) {
            recursiveSplit(off, len, h);
            return;
        }
        int[] lens = new int[parts.size()];
        for (int p = 0; p < lens.length; p++) {
            lens[p] = parts.get(p)[1];
        }
        setAnalysis(off, len, lens);
        for (int[] part : parts) {
            recursiveSplit(part[0], part[1], Constructions.hash(atoms, part[0], part[1]));
        }
    }

    /**
     * Adds a word with its count and a given segmentation (Morfessor's {@code load_segmentations}); the
     * parts are given by their lengths in atoms.
     */
    void loadSegmentation(int off, int len, long count, int[] partLens) {
        long h = Constructions.hash(atoms, off, len);
        cost.corpusBoundaries += count;
        modify(off, len, h, count);
        int s = table.find(off, len, h);
        table.set(s, table.rcount(s) + count, table.count(s), table.split(s));
        setAnalysis(off, len, partLens);
    }

    /**
     * Sets the analysis of a construction in the table to the given parts, as a right-branching tree:
     * part 1 + (part 2 + (... + part n)) (Morfessor's {@code _set_compound_analysis}, "rbranch").
     */
    void setAnalysis(int off, int len, int[] partLens) {
        int cOff = off;
        int cLen = len;
        for (int p = 0; p < partLens.length; p++) {
            long ch = Constructions.hash(atoms, cOff, cLen);
            int s = table.find(cOff, cLen, ch);
            long rc = table.rcount(s);
            long c = table.count(s);
            modify(cOff, cLen, ch, -c);
            if (p == partLens.length - 1) {
                table.insert(cOff, cLen, ch, rc, 0, 0);
                modify(cOff, cLen, ch, c);
            } else {
                int pLen = partLens[p];
                table.insert(cOff, cLen, ch, rc, c, pLen);
                modify(cOff, pLen, Constructions.hash(atoms, cOff, pLen), c);
                modify(cOff + pLen, cLen - pLen, Constructions.hash(atoms, cOff + pLen, cLen - pLen), c);
                cOff += pLen;
                cLen -= pLen;
            }
        }
    }

    /** Cuts before and after every force-split atom; each such atom is a part of its own. */
    private List<int[]> forcedParts(int off, int len) {
        List<int[]> parts = new ArrayList<>();
        int j = off;
        for (int i = off; i < off + len; i++) {
            if (forceSplitAtom[atoms[i]]) {
                if (i > j) {
                    parts.add(new int[] {j, i - j});
                }
                parts.add(new int[] {i, 1});
                j = i + 1;
            }
        }
        if (j < off + len) {
            parts.add(new int[] {j, off + len - j});
        }
        return parts;
    }

    /**
     * Tries the construction whole and at every binary split, keeps the cheapest and recurses into the
     * two parts (Morfessor's {@code _recursive_split}).
     */
    void recursiveSplit(int off, int len, long h) {
        if (len == 1) {
            return;
        }
        int s = table.find(off, len, h);
        long rc = table.rcount(s);
        long c = table.count(s);
        modify(off, len, h, -c);

        // unsplit: the construction as a new morph type
        addMorph(off, len, c);
        double min = cost.cost();
        removeMorph(off, len, c);

        long[] ph = prefixHash;
        ph[0] = 0;
        for (int i = 0; i < len; i++) {
            ph[i + 1] = Constructions.extend(ph[i], atoms[off + i]);
        }
        int best = 0;
        for (int i = 1; i < len; i++) {
            if (noSplitAt[off + i]) {
                continue;
            }
            long hp = ph[i];
            long hs = ph[len] - ph[i] * power[len - i];
            double v = tryPair(off, i, hp, off + i, len - i, hs, c);
            if (v <= min) {
                min = v;
                best = i;
            }
        }
        if (best > 0) {
            long hp = ph[best];
            long hs = ph[len] - ph[best] * power[len - best];
            table.insert(off, len, h, rc, c, best);
            modify(off, best, hp, c);
            modify(off + best, len - best, hs, c);
            recursiveSplit(off, best, hp);
            boolean same = best * 2 == len && hp == hs && sameAtoms(off, off + best, best);
            if (!same) {
                recursiveSplit(off + best, len - best, hs);
            }
        } else {
            table.insert(off, len, h, rc, 0, 0);
            modify(off, len, h, c);
        }
    }

    /**
     * The cost with both parts' counts raised by {@code c}, leaving the model as it was. Parts already in
     * the table are changed in place and back (their slots do not move); a part that is not in the table
     * is a new morph, whose effect on the cost is applied directly instead of inserting and deleting it.
     * The sequence of floating-point updates is the one of Morfessor 2.0's add/cost/remove.
     */
    private double tryPair(int pOff, int pLen, long hp, int sOff, int sLen, long hs, long c) {
        int ps = table.find(pOff, pLen, hp);
        if (ps >= 0) {
            modifyAt(ps, pOff, pLen, c);
        } else {
            addMorph(pOff, pLen, c);
        }
        int ss = table.find(sOff, sLen, hs);
        boolean twice = ss < 0 && ps < 0 && pLen == sLen && hp == hs && sameAtoms(pOff, sOff, pLen);
        if (ss >= 0) {
            modifyAt(ss, sOff, sLen, c);
        } else if (twice) {
            cost.updateMorphCount(c, 2 * c);
        } else {
            addMorph(sOff, sLen, c);
        }
        double v = cost.cost();
        if (ps >= 0) {
            modifyAt(ps, pOff, pLen, -c);
        } else if (twice) {
            cost.updateMorphCount(2 * c, c);
        } else {
            removeMorph(pOff, pLen, c);
        }
        if (ss >= 0) {
            modifyAt(ss, sOff, sLen, -c);
        } else {
            removeMorph(sOff, sLen, c);
        }
        return v;
    }

    private void addMorph(int off, int len, long c) {
        cost.updateMorphCount(0, c);
        cost.addToLexicon(atoms, off, len);
    }

    private void removeMorph(int off, int len, long c) {
        cost.updateMorphCount(c, 0);
        cost.removeFromLexicon(atoms, off, len);
    }

    /** {@link #modify} for a construction known to be in slot {@code s}, whose count stays positive. */
    private void modifyAt(int s, int off, int len, long delta) {
        long c = table.count(s);
        int sp = table.split(s);
        long nc = c + delta;
        table.set(s, table.rcount(s), nc, sp);
        if (sp != 0) {
            modify(off, sp, Constructions.hash(atoms, off, sp), delta);
            modify(off + sp, len - sp, Constructions.hash(atoms, off + sp, len - sp), delta);
        } else {
            cost.updateMorphCount(c, nc);
        }
    }

    private boolean sameAtoms(int a, int b, int len) {
        for (int k = 0; k < len; k++) {
            if (atoms[a + k] != atoms[b + k]) {
                return false;
            }
        }
        return true;
    }

    /** The morphs of a construction in the table, following its splits (Morfessor's {@code segment}). */
    void segment(int off, int len, List<int[]> out) {
        long h = Constructions.hash(atoms, off, len);
        int s = table.find(off, len, h);
        int sp = s < 0 ? 0 : table.split(s);
        if (sp == 0) {
            out.add(new int[] {off, len});
        } else {
            segment(off, sp, out);
            segment(off + sp, len - sp, out);
        }
    }
}
