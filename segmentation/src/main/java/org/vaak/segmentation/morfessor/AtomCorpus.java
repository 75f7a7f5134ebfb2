package org.vaak.segmentation.morfessor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.corpus.WordCounts;

/**
 * Word types as atom-id sequences laid end to end in one int array, with their (dampened) counts. The
 * order of the words is the order of the {@link WordCounts} (count descending, then word), which is also
 * the order in which morfessor-train sees them when given the list that {@code MorfessorTool
 * --export-list} writes.
 */
final class AtomCorpus {
    final AtomMode mode;
    final int[] atoms;
    final int[] wordOff;
    final int[] wordLen;
    final long[] wordCount;
    final List<String> atomStrings;
    final int maxLen;

    private AtomCorpus(AtomMode mode, int[] atoms, int[] wordOff, int[] wordLen, long[] wordCount,
            List<String> atomStrings) {
        this.mode = mode;
        this.atoms = atoms;
        this.wordOff = wordOff;
        this.wordLen = wordLen;
        this.wordCount = wordCount;
        this.atomStrings = atomStrings;
        int m = 1;
        for (int l : wordLen) {
            m = Math.max(m, l);
        }
        this.maxLen = m;
    }

    /**
     * Splits the words into atoms and dampens their counts; words seen fewer than {@code minFrequency}
     * times are left out (morfessor-train's {@code --batch-minfreq}).
     */
    static AtomCorpus of(WordCounts counts, AtomMode mode, Dampening dampening, long minFrequency) {
        Language lang = counts.language();
        Map<String, Integer> ids = new HashMap<>();
        List<String> strings = new ArrayList<>();
        int n = counts.size();
        int[] atoms = new int[Math.max(16, n * 8)];
        int[] off = new int[n];
        int[] len = new int[n];
        long[] cnt = new long[n];
        int words = 0;
        int pos = 0;
        for (int w = 0; w < n; w++) {
            long c = counts.count(w);
            String word = counts.word(w);
            if (c < minFrequency || word.isEmpty()) {
                continue;
            }
            List<String> parts = mode.split(word, lang);
            if (pos + parts.size() > atoms.length) {
                atoms = Arrays.copyOf(atoms, Math.max(atoms.length * 2, pos + parts.size()));
            }
            off[words] = pos;
            for (String p : parts) {
                Integer id = ids.get(p);
                if (id == null) {
                    id = strings.size();
                    ids.put(p, id);
                    strings.add(p);
                }
                atoms[pos++] = id;
            }
            len[words] = parts.size();
            cnt[words] = dampening.apply(c);
            words++;
        }
        return new AtomCorpus(mode, Arrays.copyOf(atoms, pos), Arrays.copyOf(off, words),
                Arrays.copyOf(len, words), Arrays.copyOf(cnt, words), List.copyOf(strings));
    }

    int size() {
        return wordOff.length;
    }

    /** The text of {@code atoms[off .. off+len)}. */
    String text(int off, int len) {
        StringBuilder sb = new StringBuilder(len * 2);
        for (int i = off; i < off + len; i++) {
            sb.append(atomStrings.get(atoms[i]));
        }
        return sb.toString();
    }
}
