package org.vaak.lexicons.g2p;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaak.lexicons.Language;

/**
 * A language's phones, loaded from {@code org/vaak/lexicons/<code>/phones.tsv} (columns: name, ipa, class,
 * place, manner, voiced, aspirated, long; {@code #} starts a comment line).
 */
public final class PhoneSet {
    private static final Map<Language, PhoneSet> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final Map<String, Phone> byName;

    private PhoneSet(Language language, Map<String, Phone> byName) {
        this.language = language;
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** The phone set of {@code lang}, loaded once. */
    public static synchronized PhoneSet of(Language lang) {
        return CACHE.computeIfAbsent(lang, PhoneSet::load);
    }

    private static PhoneSet load(Language lang) {
        String resource = "/org/vaak/lexicons/" + lang.code() + "/phones.tsv";
        try (InputStream in = PhoneSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("phone set " + resource + " is missing from the class path");
            }
            return parse(lang, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static PhoneSet parse(Language lang, BufferedReader r, String source) throws IOException {
        Map<String, Phone> phones = new LinkedHashMap<>();
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 8 || !(f[2].equals("vowel") || f[2].equals("consonant"))) {
                throw new IllegalArgumentException(source + ":" + no + ": expected 8 tab-separated columns "
                        + "(name ipa vowel|consonant place manner voiced aspirated long), got: " + line);
            }
            Phone p = new Phone(f[0], f[1], f[2].equals("vowel"), f[3], f[4], f[5].equals("1"), f[6].equals("1"),
                    f[7].equals("1"));
            if (phones.put(p.name(), p) != null) {
                throw new IllegalArgumentException(source + ":" + no + ": phone " + p.name() + " listed twice");
            }
        }
        return new PhoneSet(lang, phones);
    }

    public Language language() {
        return language;
    }

    /** All phones in file order. */
    public List<Phone> phones() {
        return List.copyOf(byName.values());
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** The phone called {@code name}; fails with the phone set's name when there is none. */
    public Phone get(String name) {
        Phone p = byName.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no phone '" + name + "' in the " + language.displayName() + " phone set");
        }
        return p;
    }

    /** The IPA transcription of a phone sequence (concatenated symbols). */
    public String ipa(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            sb.append(get(n).ipa());
        }
        return sb.toString();
    }
}
