package org.vaak.segmentation.bpe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vaak.lexicons.Aksharas;
import org.vaak.lexicons.Language;
import org.vaak.segmentation.Segmentation;
import org.vaak.segmentation.Segmenter;
import org.vaak.segmentation.dict.SubwordDictionary;

/**
 * Applies a BPE or extended-BPE dictionary: the word's aksharas (the last one with the end-of-word
 * marker) are merged pair by pair, always the adjacent pair whose merge was learned first, leftmost on
 * a tie. This gives the same pieces as replaying the merges in order, as the learner did. Aksharas that
 * no merge mentions stay single pieces. Pieces are returned without the marker.
 *
 * <p>Thread-safe; results of up to {@code cacheSize} distinct words are kept.
 */
public final class BpeSegmenter implements Segmenter {
    /** How many distinct words are cached by default. */
    public static final int DEFAULT_CACHE = 1 << 16;

    private static final String EOW = SubwordDictionary.END_OF_WORD;
    private static final String SOURCE = "dictionary";

    private final Language language;
    private final String method;
    private final Map<String, Integer> ids = new HashMap<>();
    /** Akshara -> id of the akshara with the end-of-word marker, for a word's last akshara. */
    private final Map<String, Integer> finalIds = new HashMap<>();
    private final long[] rankKeys;
    private final int[] rankValues;
    private final int rankMask;
    private final int[] mergedId;
    private final Map<String, Double> logProb = new HashMap<>();
    private final ConcurrentHashMap<String, Segmentation> cache = new ConcurrentHashMap<>();
    private final int cacheSize;

    public BpeSegmenter(SubwordDictionary dictionary) {
        this(dictionary, DEFAULT_CACHE);
    }

    public BpeSegmenter(SubwordDictionary dictionary, int cacheSize) {
        this.language = dictionary.language();
        this.method = dictionary.method();
        this.cacheSize = Math.max(0, cacheSize);
        List<List<String>> merges = dictionary.merges();
        int cap = Integer.highestOneBit(Math.max(8, merges.size() * 2)) << 1;
        rankKeys = new long[cap];
        rankValues = new int[cap];
        Arrays.fill(rankValues, -1);
        rankMask = cap - 1;
        mergedId = new int[merges.size()];
        for (int r = 0; r < merges.size(); r++) {
            List<String> m = merges.get(r);
            String l = m.get(0);
            String rt = m.get(1);
            if (l.isEmpty() || rt.isEmpty() || l.endsWith(EOW) || l.equals(EOW) || rt.equals(EOW)) {
                throw new IllegalArgumentException("dictionary " + dictionary.corpus().name() + ": merge " + r
                        + " [" + l + ", " + rt + "] is not a pair of pieces (only a right piece may end a word)");
            }
            int a = intern(l);
            int b = intern(rt);
            mergedId[r] = intern(l + rt);
            putRank(PairTable.key(a, b), r);
        }
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            if (e.getKey().endsWith(EOW) && e.getKey().length() > EOW.length()) {
                finalIds.put(e.getKey().substring(0, e.getKey().length() - EOW.length()), e.getValue());
            }
        }
        for (SubwordDictionary.Unit u : dictionary.units()) {
            logProb.put(u.piece(), u.logProb());
        }
    }

    private int intern(String s) {
        return ids.computeIfAbsent(s, k -> ids.size());
    }

    private void putRank(long key, int rank) {
        int i = hash(key) & rankMask;
        while (rankValues[i] >= 0) {
            if (rankKeys[i] == key) {
                return; // a pair learned twice keeps its first rank
            }
            i = (i + 1) & rankMask;
        }
        rankKeys[i] = key;
        rankValues[i] = rank;
    }

    private int rank(int a, int b) {
        long key = PairTable.key(a, b);
        int i = hash(key) & rankMask;
        while (true) {
            int v = rankValues[i];
            if (v < 0 || rankKeys[i] == key) {
                return v;
            }
            i = (i + 1) & rankMask;
        }
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    @Override
    public Language language() {
        return language;
    }

    public String method() {
        return method;
    }

    @Override
    public Segmentation segment(String word) {
        Segmentation cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        Segmentation s = compute(word);
        if (cache.size() < cacheSize) {
            cache.putIfAbsent(word, s);
        }
        return s;
    }

    private Segmentation compute(String word) {
        int[] bounds = Aksharas.boundaries(word, language);
        int n = bounds.length - 1;
        int[] sym = new int[n];
        int[] from = new int[n];
        int[] to = new int[n];
        for (int j = 0; j < n; j++) {
            from[j] = bounds[j];
            to[j] = bounds[j + 1];
            String a = word.substring(from[j], to[j]);
            sym[j] = (j == n - 1 ? finalIds : ids).getOrDefault(a, -1);
        }
        while (n > 1) {
            int best = -1;
            int bestRank = Integer.MAX_VALUE;
            for (int j = 0; j + 1 < n; j++) {
                if (sym[j] >= 0 && sym[j + 1] >= 0) {
                    int r = rank(sym[j], sym[j + 1]);
                    if (r >= 0 && r < bestRank) {
                        bestRank = r;
                        best = j;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            sym[best] = mergedId[bestRank];
            to[best] = to[best + 1];
            System.arraycopy(sym, best + 2, sym, best + 1, n - best - 2);
            System.arraycopy(from, best + 2, from, best + 1, n - best - 2);
            System.arraycopy(to, best + 2, to, best + 1, n - best - 2);
            n--;
        }
        List<String> pieces = new ArrayList<>(n);
        double cost = 0;
        for (int j = 0; j < n; j++) {
            String p = word.substring(from[j], to[j]);
            pieces.add(p);
            Double lp = logProb.get(p);
            cost = lp == null ? Double.NaN : cost - lp;
        }
        return new Segmentation(word, pieces, SOURCE, method, cost);
    }
}
