package org.vaak.segmentation.bpe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vaak.segmentation.corpus.WordCounts;
import org.vaak.segmentation.dict.SubwordDictionary;
import org.vaak.segmentation.learn.Progress;

/**
 * The merge loop shared by BPE and extended BPE.
 *
 * <p>Each word type is a sequence of symbol ids weighted by its count; the last akshara of a word
 * carries {@link SubwordDictionary#END_OF_WORD}. Aksharas outside the alphabet are kept as barriers
 * (id -1) that never take part in a pair. Pair counts are kept up to date incrementally: a merge visits
 * only the words listed for the merged pair, subtracts the pairs around each occurrence and adds the
 * pairs around the new piece. The best pair comes from an indexed max-heap (score, then the pieces'
 * strings), so a run is deterministic.
 */
final class MergeLearner {
    /** What the merge loop produced. */
    record Result(List<List<String>> merges, List<String> units, Map<String, Long> pieceCounts,
            long unknownTokens, boolean exhausted) {
    }

    private static final String EOW = SubwordDictionary.END_OF_WORD;

    private final MergeScore scorer;
    private final long minPairCount;
    private final SymbolTable symbols = new SymbolTable();
    private long[] pieceCount = new long[1024];
    private long total;
    private long unknownTokens;

    private int[] seq;
    private int[] start;
    private int[] len;
    private long[] weight;
    private int words;

    private PairTable pairs;
    private PairHeap heap;
    private int[][] pairsOfSymbol = new int[1024][];
    private int[] pairsOfSymbolCount = new int[1024];

    private int step;
    private int[] wordStamp;
    private int[] slotStamp = new int[1024];
    private int[] touched = new int[256];
    private int touchedCount;
    private boolean[] occurrenceStart = new boolean[64];
    private boolean[] inOccurrence = new boolean[64];
    private boolean[] created = new boolean[64];

    MergeLearner(MergeScore scorer, long minPairCount) {
        this.scorer = scorer;
        this.minPairCount = Math.max(1, minPairCount);
    }

    static String strip(String piece) {
        return piece.endsWith(EOW) ? piece.substring(0, piece.length() - EOW.length()) : piece;
    }

    Result learn(WordCounts counts, List<String> alphabet, int targetUnits, Progress progress) {
        return learn(new AksharaCorpus(counts), alphabet, targetUnits, progress);
    }

    Result learn(AksharaCorpus corpus, List<String> alphabet, int targetUnits, Progress progress) {
        encode(corpus, Set.copyOf(alphabet));
        countPairs();
        Set<String> units = new LinkedHashSet<>(alphabet);
        List<List<String>> merges = new ArrayList<>();
        boolean exhausted = false;
        progress.update("learning merges", units.size(), targetUnits);
        while (units.size() < targetUnits) {
            int best = best();
            if (best < 0) {
                exhausted = true;
                break;
            }
            String l = symbols.string(pairs.left(best));
            String r = symbols.string(pairs.right(best));
            merges.add(List.of(l, r));
            units.add(strip(l + r));
            merge(best);
            if (merges.size() % 64 == 0) {
                progress.update("learning merges", units.size(), targetUnits);
            }
        }
        progress.update("learning merges", units.size(), targetUnits);
        return new Result(merges, List.copyOf(units), finalPieceCounts(), unknownTokens, exhausted);
    }

    private void encode(AksharaCorpus corpus, Set<String> alphabet) {
        WordCounts counts = corpus.counts;
        words = counts.size();
        int n = corpus.aksharas.size();
        int[] inner = new int[n];
        int[] last = new int[n];
        for (int id = 0; id < n; id++) {
            String a = corpus.aksharas.get(id);
            inner[id] = alphabet.contains(a) ? symbols.id(a) : -1;
            last[id] = alphabet.contains(a) ? symbols.id(a + EOW) : -1;
        }
        growSymbols(symbols.size());
        long totalLen = 0;
        for (int[] w : corpus.words) {
            totalLen += w.length;
        }
        if (totalLen > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the corpus has too many aksharas in its word types (" + totalLen + ")");
        }
        seq = new int[(int) totalLen];
        start = new int[words];
        len = new int[words];
        weight = new long[words];
        wordStamp = new int[words];
        int p = 0;
        for (int i = 0; i < words; i++) {
            int[] aks = corpus.words[i];
            long w = counts.count(i);
            start[i] = p;
            len[i] = aks.length;
            weight[i] = w;
            for (int j = 0; j < aks.length; j++) {
                int id = j == aks.length - 1 ? last[aks[j]] : inner[aks[j]];
                seq[p++] = id;
                if (id >= 0) {
                    pieceCount[id] += w;
                } else {
                    unknownTokens += w;
                }
                total += w;
            }
        }
        pairs = new PairTable((int) Math.min(1 << 24, totalLen / 4 + 16));
        heap = new PairHeap(pairs, symbols);
    }

    private void countPairs() {
        for (int w = 0; w < words; w++) {
            int s = start[w];
            for (int j = 0; j + 1 < len[w]; j++) {
                int a = seq[s + j];
                int b = seq[s + j + 1];
                if (a >= 0 && b >= 0) {
                    int slot = slotOf(a, b);
                    pairs.add(slot, weight[w]);
                    pairs.addWord(slot, w);
                }
            }
        }
        for (int slot = 0; slot < pairs.size(); slot++) {
            refresh(slot);
        }
    }

    private int slotOf(int a, int b) {
        int before = pairs.size();
        int slot = pairs.slot(a, b);
        if (pairs.size() > before && scorer.usesPieceCounts()) {
            register(a, slot);
            if (b != a) {
                register(b, slot);
            }
        }
        return slot;
    }

    private void register(int symbol, int slot) {
        int n = pairsOfSymbolCount[symbol];
        int[] list = pairsOfSymbol[symbol];
        if (list == null) {
            list = pairsOfSymbol[symbol] = new int[4];
        } else if (n == list.length) {
            list = pairsOfSymbol[symbol] = Arrays.copyOf(list, n * 2);
        }
        list[n] = slot;
        pairsOfSymbolCount[symbol] = n + 1;
    }

    private double score(int slot) {
        int a = pairs.left(slot);
        int b = pairs.right(slot);
        return scorer.score(pairs.count(slot), pieceCount[a], pieceCount[b], total, a == b);
    }

    private void refresh(int slot) {
        if (pairs.count(slot) < minPairCount) {
            heap.remove(slot);
        } else {
            heap.set(slot, score(slot));
        }
    }

    /** The best pair, or -1 when none is left. Scores that read the token total are refreshed lazily. */
    private int best() {
        while (!heap.isEmpty()) {
            int s = heap.top();
            if (scorer.usesPieceCounts()) {
                double fresh = score(s);
                if (fresh != heap.score(s)) {
                    heap.set(s, fresh);
                    continue;
                }
            }
            return s;
        }
        return -1;
    }

    private void merge(int slot) {
        step++;
        touchedCount = 0;
        int a = pairs.left(slot);
        int b = pairs.right(slot);
        int z = symbols.id(symbols.string(a) + symbols.string(b));
        growSymbols(z);
        for (int w : pairs.takeWords(slot)) {
            if (wordStamp[w] != step) {
                wordStamp[w] = step;
                apply(w, a, b, z);
            }
        }
        touch(slot);
        for (int i = 0; i < touchedCount; i++) {
            refresh(touched[i]);
        }
        if (scorer.usesPieceCounts()) {
            refreshPairsOf(a);
            refreshPairsOf(b);
        }
    }

    /** Re-scores every live pair of a piece whose count fell; drops dead pairs from its list. */
    private void refreshPairsOf(int symbol) {
        int[] list = pairsOfSymbol[symbol];
        int n = pairsOfSymbolCount[symbol];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            int slot = list[i];
            if (pairs.count(slot) > 0) {
                list[kept++] = slot;
                if (slot >= slotStamp.length || slotStamp[slot] != step) {
                    refresh(slot);
                }
            }
        }
        pairsOfSymbolCount[symbol] = kept;
    }

    private void apply(int w, int a, int b, int z) {
        int s = start[w];
        int n = len[w];
        if (n > occurrenceStart.length) {
            occurrenceStart = new boolean[n * 2];
            inOccurrence = new boolean[n * 2];
            created = new boolean[n * 2];
        }
        int occurrences = 0;
        for (int j = 0; j + 1 < n; ) {
            if (seq[s + j] == a && seq[s + j + 1] == b) {
                occurrenceStart[j] = true;
                inOccurrence[j] = true;
                inOccurrence[j + 1] = true;
                occurrences++;
                j += 2;
            } else {
                j++;
            }
        }
        if (occurrences == 0) {
            return;
        }
        long wt = weight[w];
        for (int j = 0; j + 1 < n; j++) {
            if ((inOccurrence[j] || inOccurrence[j + 1]) && seq[s + j] >= 0 && seq[s + j + 1] >= 0) {
                int p = pairs.find(seq[s + j], seq[s + j + 1]);
                pairs.add(p, -wt);
                touch(p);
            }
        }
        int out = 0;
        for (int j = 0; j < n; ) {
            if (occurrenceStart[j]) {
                seq[s + out] = z;
                created[out++] = true;
                j += 2;
            } else {
                seq[s + out] = seq[s + j];
                created[out++] = false;
                j++;
            }
        }
        len[w] = out;
        for (int k = 0; k + 1 < out; k++) {
            int x = seq[s + k];
            int y = seq[s + k + 1];
            if ((created[k] || created[k + 1]) && x >= 0 && y >= 0) {
                int p = slotOf(x, y);
                pairs.add(p, wt);
                pairs.addWord(p, w);
                touch(p);
            }
        }
        long moved = wt * occurrences;
        pieceCount[a] -= moved;
        pieceCount[b] -= moved;
        pieceCount[z] += moved;
        total -= moved;
        Arrays.fill(occurrenceStart, 0, n, false);
        Arrays.fill(inOccurrence, 0, n, false);
        Arrays.fill(created, 0, n, false);
    }

    private void touch(int slot) {
        if (slot >= slotStamp.length) {
            slotStamp = Arrays.copyOf(slotStamp, Math.max(slot + 1, slotStamp.length * 2));
        }
        if (slotStamp[slot] == step) {
            return;
        }
        slotStamp[slot] = step;
        if (touchedCount == touched.length) {
            touched = Arrays.copyOf(touched, touchedCount * 2);
        }
        touched[touchedCount++] = slot;
    }

    private void growSymbols(int id) {
        if (id >= pieceCount.length) {
            int n = Math.max(id + 1, pieceCount.length * 2);
            pieceCount = Arrays.copyOf(pieceCount, n);
            pairsOfSymbol = Arrays.copyOf(pairsOfSymbol, n);
            pairsOfSymbolCount = Arrays.copyOf(pairsOfSymbolCount, n);
        }
    }

    /** Token counts of the pieces (marker removed) in the training words after the last merge. */
    private Map<String, Long> finalPieceCounts() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int id = 0; id < symbols.size(); id++) {
            if (pieceCount[id] > 0) {
                m.merge(strip(symbols.string(id)), pieceCount[id], Long::sum);
            }
        }
        return m;
    }
}
