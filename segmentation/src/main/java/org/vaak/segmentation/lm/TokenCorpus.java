package org.vaak.segmentation.lm;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whitespace-tokenised running text as word ids: one sentence per non-empty line, each stored as its
 * tokens followed by -1. Tokens are opaque strings (words, or subwords with the {@code @@} marker).
 * Ids 0, 1, 2 are {@code <unk>}, {@code <s>}, {@code </s>}; other words get ids in order of first
 * appearance. A line's leading {@code <s>} and trailing {@code </s>} (text prepared for other tools)
 * are dropped; a literal {@code <unk>} is the unknown word.
 */
final class TokenCorpus {
    static final int UNK = 0;
    static final int BOS = 1;
    static final int EOS = 2;

    final List<String> words = new ArrayList<>();
    int[] counts = new int[1024];
    int[] tokens = new int[1 << 16];
    int length;
    int sentences;
    long numTokens;

    private TokenCorpus() {
        words.add(NgramModel.UNK);
        words.add(NgramModel.BOS);
        words.add(NgramModel.EOS);
    }

    /** Reads the corpus; {@code name} names it in messages. */
    static TokenCorpus read(BufferedReader in, String name) throws IOException {
        TokenCorpus c = new TokenCorpus();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < c.words.size(); i++) {
            ids.put(c.words.get(i), i);
        }
        String line;
        long lineNo = 0;
        List<String> toks = new ArrayList<>();
        while ((line = in.readLine()) != null) {
            lineNo++;
            toks.clear();
            split(line, toks);
            int from = !toks.isEmpty() && toks.get(0).equals(NgramModel.BOS) ? 1 : 0;
            int to = toks.size() > from && toks.get(toks.size() - 1).equals(NgramModel.EOS) ? toks.size() - 1 : toks.size();
            if (to <= from) {
                continue;
            }
            for (int i = from; i < to; i++) {
                String t = toks.get(i);
                Integer id = ids.get(t);
                if (id == null) {
                    id = c.words.size();
                    c.words.add(t);
                    ids.put(t, id);
                } else if (id == BOS || id == EOS) {
                    throw new IllegalArgumentException(name + ":" + lineNo + ": " + t + " inside a sentence");
                }
                c.add(id);
            }
            c.add(-1);
            c.sentences++;
        }
        if (c.sentences == 0) {
            throw new IllegalArgumentException(name + ": the corpus has no tokens (empty or blank lines only)");
        }
        return c;
    }

    private static void split(String line, List<String> out) {
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > s) {
                out.add(line.substring(s, i));
            }
        }
    }

    private void add(int id) {
        if (length == tokens.length) {
            tokens = Arrays.copyOf(tokens, length + (length >> 1));
        }
        tokens[length++] = id;
        if (id >= 0) {
            if (id >= counts.length) {
                counts = Arrays.copyOf(counts, Math.max(id + 1, counts.length * 2));
            }
            counts[id]++;
            numTokens++;
        }
    }

    int count(int id) {
        return id < counts.length ? counts[id] : 0;
    }

    /**
     * Keeps the {@code limit} most frequent words (ties: first seen) and maps the rest to {@code <unk>};
     * ids are renumbered densely, the three special words first.
     */
    void limitVocabulary(int limit) {
        int v = words.size();
        if (limit <= 0 || v - 3 <= limit) {
            return;
        }
        Integer[] order = new Integer[v - 3];
        for (int i = 3; i < v; i++) {
            order[i - 3] = i;
        }
        Arrays.sort(order, (a, b) -> count(b) != count(a) ? Integer.compare(count(b), count(a)) : Integer.compare(a, b));
        boolean[] keep = new boolean[v];
        for (int i = 0; i < limit; i++) {
            keep[order[i]] = true;
        }
        int[] map = new int[v];
        List<String> kept = new ArrayList<>(words.subList(0, 3));
        map[0] = 0;
        map[1] = 1;
        map[2] = 2;
        for (int i = 3; i < v; i++) {
            if (keep[i]) {
                map[i] = kept.size();
                kept.add(words.get(i));
            } else {
                map[i] = UNK;
            }
        }
        int[] newCounts = new int[kept.size()];
        for (int i = 0; i < length; i++) {
            if (tokens[i] >= 0) {
                tokens[i] = map[tokens[i]];
                newCounts[tokens[i]]++;
            }
        }
        words.clear();
        words.addAll(kept);
        counts = newCounts;
    }
}
