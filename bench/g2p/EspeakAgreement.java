import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.g2p.GraphemeToPhoneme;
import org.vaak.lexicons.g2p.PhoneSet;

/**
 * Agreement of vaak's G2P with espeak-ng's --ipa output; run by espeak-agreement.sh.
 *
 *   sample LANG WORDLIST N SEED   prints N words drawn (seeded) from the distinct words of WORDLIST that are
 *                                 written only in LANG's script
 *   score LANG MAP.tsv PAIRS.tsv [MERGE.tsv]
 *                                 reads word<TAB>espeak-ipa lines, maps both sides to the common inventory of
 *                                 MAP.tsv (then, if given, merges the phones MERGE.tsv lists), prints phone error
 *                                 rate (edit distance / espeak's phones), word accuracy and the most frequent
 *                                 differences with examples
 */
public class EspeakAgreement {
    public static void main(String[] args) throws IOException {
        Language lang = Language.fromCode(args[1]);
        if (args[0].equals("sample")) {
            sample(lang, Path.of(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]));
        } else {
            score(lang, Path.of(args[2]), Path.of(args[3]), args.length > 4 ? Path.of(args[4]) : null);
        }
    }

    static void sample(Language lang, Path list, int n, long seed) throws IOException {
        TreeSet<String> words = new TreeSet<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            for (String w : line.split("\\s+")) {
                w = Normalizer.normalize(w, Normalizer.Form.NFC);
                if (!w.isEmpty() && w.codePoints().allMatch(lang::isWordChar)) {
                    words.add(w);
                }
            }
        }
        List<String> all = new ArrayList<>(words);
        Collections.shuffle(all, new Random(seed));
        all.subList(0, Math.min(n, all.size())).forEach(System.out::println);
    }

    static Map<String, String> table(Path file) throws IOException {
        Map<String, String> map = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t");
                map.put(f[0], f[1]);
            }
        }
        return map;
    }

    static void score(Language lang, Path mapFile, Path pairs, Path mergeFile) throws IOException {
        Map<String, String> map = table(mapFile);
        if (mergeFile != null) {
            Map<String, String> merge = table(mergeFile);
            map.replaceAll((k, v) -> merge.getOrDefault(v, v));
        }
        GraphemeToPhoneme g2p = GraphemeToPhoneme.of(lang);
        PhoneSet set = PhoneSet.of(lang);
        long errors = 0;
        long refPhones = 0;
        int words = 0;
        int exact = 0;
        int failed = 0;
        Map<String, Integer> diffs = new HashMap<>();
        Map<String, List<String>> examples = new HashMap<>();
        for (String line : Files.readAllLines(pairs, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            List<String> ours = new ArrayList<>();
            try {
                for (String p : g2p.phones(f[0])) {
                    ours.addAll(common(set.get(p).ipa(), map, f[0]));
                }
            } catch (IllegalArgumentException e) {
                failed++;
                System.err.println("vaak: " + e.getMessage());
                continue;
            }
            List<String> ref = common(f[1], map, f[0]);
            words++;
            refPhones += ref.size();
            List<String[]> ops = align(ours, ref);
            int d = 0;
            for (String[] op : ops) {
                if (!op[0].equals(op[1])) {
                    d++;
                    String key = (op[0].isEmpty() ? "-" : op[0]) + " -> " + (op[1].isEmpty() ? "-" : op[1]);
                    diffs.merge(key, 1, Integer::sum);
                    List<String> ex = examples.computeIfAbsent(key, k -> new ArrayList<>());
                    if (ex.size() < 3) {
                        ex.add(f[0] + " " + String.join("", ours) + " / " + String.join("", ref));
                    }
                }
            }
            errors += d;
            exact += d == 0 ? 1 : 0;
        }
        System.out.printf("%s: %d words (%d not pronounced by vaak), %d espeak-ng phones%n", lang.displayName(),
                words, failed, refPhones);
        System.out.printf("phone error rate %.2f %% (%d edits), word accuracy %.1f %%%n", 100.0 * errors / refPhones,
                errors, 100.0 * exact / words);
        System.out.println("most frequent differences (vaak -> espeak-ng), with examples (word vaak / espeak-ng):");
        diffs.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(25)
                .forEach(e -> System.out.printf("%6d  %-10s %s%n", e.getValue(), e.getKey(),
                        String.join(" | ", examples.get(e.getKey()))));
    }

    /** IPA text to common-inventory phones: normalise, strip stress and glide marks, longest match in the map. */
    static List<String> common(String ipa, Map<String, String> map, String word) {
        String s = Normalizer.normalize(ipa, Normalizer.Form.NFC).replace("\u032A", "").replace('ʱ', 'ʰ')
                .replace('ɡ', 'g').replaceAll("[ˈˌʲ\\s\\-_]", "");
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int best = 0;
            for (int len = Math.min(3, s.length() - i); len >= 1; len--) {
                if (map.containsKey(s.substring(i, i + len))) {
                    best = len;
                    break;
                }
            }
            if (best == 0) {
                if (s.charAt(i) == 'ː' && !out.isEmpty()) { // a long consonant: a geminate
                    out.add(out.get(out.size() - 1));
                    i++;
                    continue;
                }
                throw new IllegalArgumentException("no mapping for '" + s.charAt(i) + "' (U+"
                        + Integer.toHexString(s.charAt(i)) + ") in " + ipa + " (" + word + ")");
            }
            out.add(map.get(s.substring(i, i + best)));
            i += best;
        }
        return out;
    }

    /** Levenshtein alignment; each operation is {ours, reference} with "" for a gap. */
    static List<String[]> align(List<String> a, List<String> b) {
        int[][] d = new int[a.size() + 1][b.size() + 1];
        for (int i = 0; i <= a.size(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.size(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                int sub = d[i - 1][j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                d[i][j] = Math.min(sub, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        List<String[]> ops = new ArrayList<>();
        int i = a.size();
        int j = b.size();
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1)) {
                ops.add(new String[] {a.get(i - 1), b.get(j - 1)});
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                ops.add(new String[] {a.get(i - 1), ""});
                i--;
            } else {
                ops.add(new String[] {"", b.get(j - 1)});
                j--;
            }
        }
        Collections.reverse(ops);
        return ops;
    }
}
