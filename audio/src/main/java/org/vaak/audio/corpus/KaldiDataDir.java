package org.vaak.audio.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vaak.audio.Audio;
import org.vaak.audio.AudioFiles;

/**
 * Kaldi data directories: {@code wav.scp} ({@code recording-id path}), {@code text}
 * ({@code utterance-id transcript}), {@code utt2spk}, and optionally {@code segments}
 * ({@code utterance-id recording-id start end}, seconds).
 *
 * <p>Reading accepts plain file paths in {@code wav.scp}; command pipes ({@code sox ... |}) and archive
 * offsets ({@code file.ark:123}) are refused with a message saying so. With {@code segments}, each segment is
 * cut out of its recording into its own WAV file under a folder the caller names, so that every utterance
 * of the resulting manifest is a whole file.
 *
 * <p>Writing sorts everything by utterance id in byte order (as Kaldi's {@code LC_ALL=C sort} does), writes
 * {@code spk2utt} as well, and prefixes an utterance id with its speaker when it does not start with it (Kaldi
 * needs speaker-major order); audio that is not WAV is written as an ffmpeg pipe.
 */
public final class KaldiDataDir {
    private KaldiDataDir() {
    }

    /** Reads {@code dir}; {@code segmentsOut} receives the cut segments when there is a segments file. */
    public static List<Utterance> read(Path dir, Path segmentsOut) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new CorpusException(dir + ": not a Kaldi data directory (a folder with wav.scp, text, utt2spk)");
        }
        Map<String, Path> recordings = new LinkedHashMap<>();
        for (Line l : lines(dir.resolve("wav.scp"), 2)) {
            String rest = l.rest;
            if (rest.endsWith("|") || rest.contains(" |") || rest.startsWith("sox ") || rest.startsWith("ffmpeg ")) {
                throw new CorpusException(l.where() + ": command pipes in wav.scp are not supported ('" + rest
                        + "'); convert the audio to WAV files first and list their paths");
            }
            if (rest.matches(".*\\.ark:[0-9]+$")) {
                throw new CorpusException(l.where() + ": archive offsets in wav.scp are not supported; list WAV files");
            }
            if (rest.contains(" ")) {
                throw new CorpusException(l.where() + ": expected 'recording-id path' (a path without spaces)");
            }
            Path p = dir.resolve(rest).normalize();
            if (!Files.isRegularFile(p)) {
                throw new CorpusException(l.where() + ": audio file " + p + " is missing");
            }
            if (recordings.put(l.key, p) != null) {
                throw new CorpusException(l.where() + ": duplicate recording id " + l.key);
            }
        }
        Map<String, String> text = new LinkedHashMap<>();
        for (Line l : lines(dir.resolve("text"), 1)) {
            if (text.put(l.key, Normalizer.normalize(l.rest, Normalizer.Form.NFC)) != null) {
                throw new CorpusException(l.where() + ": duplicate utterance id " + l.key);
            }
        }
        Map<String, String> spk = new LinkedHashMap<>();
        for (Line l : lines(dir.resolve("utt2spk"), 2)) {
            spk.put(l.key, l.rest);
        }
        Path segFile = dir.resolve("segments");
        List<Utterance> out = new ArrayList<>();
        if (Files.isRegularFile(segFile)) {
            Map<String, Audio> loaded = new TreeMap<>();
            for (Line l : lines(segFile, 2)) {
                String[] f = l.rest.split("\\s+");
                if (f.length != 3) {
                    throw new CorpusException(l.where() + ": expected 'utterance-id recording-id start end'");
                }
                Path rec = recordings.get(f[0]);
                if (rec == null) {
                    throw new CorpusException(l.where() + ": recording " + f[0] + " is not in wav.scp");
                }
                double start;
                double end;
                try {
                    start = Double.parseDouble(f[1]);
                    end = Double.parseDouble(f[2]);
                } catch (NumberFormatException e) {
                    throw new CorpusException(l.where() + ": start and end must be seconds");
                }
                if (!(start >= 0) || !(end > start)) {
                    throw new CorpusException(l.where() + ": needs 0 <= start < end, got " + start + " " + end);
                }
                Audio a = loaded.get(f[0]);
                if (a == null) {
                    loaded.clear(); // segments are usually grouped by recording: keep one in memory
                    a = AudioFiles.read(rec);
                    loaded.put(f[0], a);
                }
                int from = (int) Math.round(start * a.sampleRate());
                int to = Math.min(a.samples().length, (int) Math.round(end * a.sampleRate()));
                if (from >= to) {
                    throw new CorpusException(l.where() + ": segment lies beyond the end of " + rec);
                }
                Path wav = segmentsOut.resolve(l.key + ".wav");
                PcmWavWriter.write(wav, Arrays.copyOfRange(a.samples(), from, to), a.sampleRate());
                out.add(utterance(l, wav, (to - from) / (double) a.sampleRate(), text, spk));
            }
        } else {
            for (Map.Entry<String, Path> e : recordings.entrySet()) {
                Line l = new Line(dir.resolve("wav.scp"), 0, e.getKey(), "");
                out.add(utterance(l, e.getValue(), AudioDurations.of(e.getValue()), text, spk));
            }
        }
        return out;
    }

    private static Utterance utterance(Line l, Path audio, double seconds, Map<String, String> text,
            Map<String, String> spk) throws CorpusException {
        String t = text.get(l.key);
        if (t == null) {
            throw new CorpusException(l.where() + ": utterance " + l.key + " has no line in text");
        }
        String s = spk.get(l.key);
        if (s == null) {
            throw new CorpusException(l.where() + ": utterance " + l.key + " has no line in utt2spk");
        }
        return new Utterance(l.key, audio, seconds, t, s);
    }

    private record Line(Path file, int no, String key, String rest) {
        String where() {
            return no > 0 ? file + ":" + no : file.toString();
        }
    }

    /** Non-blank lines split at the first whitespace; {@code minFields} 2 requires a non-empty rest. */
    private static List<Line> lines(Path file, int minFields) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(file + ": missing (a Kaldi data directory needs wav.scp, text and utt2spk)");
        }
        List<String> all;
        try {
            all = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new CorpusException(file + ": not UTF-8 text", e);
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String s = all.get(i).strip();
            if (s.isEmpty()) {
                continue;
            }
            String[] f = s.split("\\s+", 2);
            String rest = f.length > 1 ? f[1].strip() : "";
            if (minFields > 1 && rest.isEmpty()) {
                throw new CorpusException(file + ":" + (i + 1) + ": expected 'id value', got '" + s + "'");
            }
            out.add(new Line(file, i + 1, f[0], rest));
        }
        return out;
    }

    /** Writes {@code utterances} as a Kaldi data directory (each file atomically). */
    public static void write(Path dir, List<Utterance> utterances) throws IOException {
        Files.createDirectories(dir);
        List<String[]> rows = new ArrayList<>(); // id, speaker, path-or-pipe, text
        for (Utterance u : utterances) {
            for (String s : new String[] {u.id(), u.speaker()}) {
                if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
                    throw new CorpusException("utterance " + u.id() + ": ids and speakers must be non-empty "
                            + "without whitespace for Kaldi, got '" + s + "'");
                }
            }
            String id = u.id().startsWith(u.speaker() + "-") || u.id().startsWith(u.speaker() + "_") ? u.id()
                    : u.speaker() + "-" + u.id();
            String path = u.audio().toAbsolutePath().toString();
            if (path.chars().anyMatch(Character::isWhitespace)) {
                throw new CorpusException(u.audio() + ": Kaldi's wav.scp cannot hold a path with spaces");
            }
            String scp = path.toLowerCase(Locale.ROOT).endsWith(".wav") ? path
                    : "ffmpeg -nostdin -v error -i " + path + " -f wav -ac 1 -ar 16000 - |";
            rows.add(new String[] {id, u.speaker(), scp, u.text().strip().replaceAll("\\s+", " ")});
        }
        Comparator<String> bytes = (a, b) ->
                Arrays.compare(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
        rows.sort((a, b) -> bytes.compare(a[0], b[0]));
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i)[0].equals(rows.get(i - 1)[0])) {
                throw new CorpusException("duplicate utterance id " + rows.get(i)[0]);
            }
        }
        TreeMap<String, List<String>> spk2utt = new TreeMap<>(bytes);
        for (String[] r : rows) {
            spk2utt.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[0]);
        }
        writeLines(dir.resolve("wav.scp"), rows.stream().map(r -> r[0] + " " + r[2]).toList());
        writeLines(dir.resolve("text"), rows.stream().map(r -> r[3].isEmpty() ? r[0] : r[0] + " " + r[3]).toList());
        writeLines(dir.resolve("utt2spk"), rows.stream().map(r -> r[0] + " " + r[1]).toList());
        writeLines(dir.resolve("spk2utt"), spk2utt.entrySet().stream()
                .map(e -> e.getKey() + " " + String.join(" ", e.getValue())).toList());
    }

    private static void writeLines(Path file, List<String> lines) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (String l : lines) {
                    w.write(l);
                    w.write('\n');
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
