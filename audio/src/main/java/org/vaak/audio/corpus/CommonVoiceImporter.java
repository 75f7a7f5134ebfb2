package org.vaak.audio.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mozilla Common Voice releases: a TSV file ({@code validated.tsv}, {@code train.tsv}, {@code dev.tsv},
 * {@code test.tsv}, ...) with a header naming at least {@code client_id}, {@code path} and {@code sentence};
 * the clips (MP3) are in {@code clips/} beside it. The speaker is the {@code client_id}, the id the clip's
 * name without extension. Durations come from {@code clip_durations.tsv} beside the TSV when the release
 * has it ({@code clip<TAB>duration[ms]}), otherwise from ffprobe, which must then be installed.
 */
public final class CommonVoiceImporter {
    private CommonVoiceImporter() {
    }

    /** Reads {@code source}: a TSV file, or a release folder (its {@code validated.tsv}). */
    public static List<Utterance> read(Path source) throws IOException {
        Path tsv = Files.isDirectory(source) ? source.resolve("validated.tsv") : source;
        if (!Files.isRegularFile(tsv)) {
            throw new CorpusException(tsv + ": no such Common Voice TSV file");
        }
        Path dir = tsv.toAbsolutePath().getParent();
        Map<String, Double> durations = clipDurations(dir.resolve("clip_durations.tsv"));
        List<Utterance> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) {
                throw new CorpusException(tsv + ": empty file, expected a header line");
            }
            List<String> cols = List.of(header.split("\t", -1));
            int client = column(cols, "client_id", tsv);
            int path = column(cols, "path", tsv);
            int sentence = column(cols, "sentence", tsv);
            String line;
            int no = 1;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < cols.size()) {
                    throw new CorpusException(tsv + ":" + no + ": " + f.length + " fields, the header has " + cols.size());
                }
                String clip = f[path].strip();
                String text = f[sentence].strip();
                if (clip.isEmpty() || text.isEmpty()) {
                    throw new CorpusException(tsv + ":" + no + ": empty path or sentence");
                }
                Path audio = dir.resolve("clips").resolve(clip);
                if (!Files.isRegularFile(audio)) {
                    throw new CorpusException(tsv + ":" + no + ": clip " + audio + " is missing");
                }
                String id = Utterance.idOf(audio);
                if (!ids.add(id)) {
                    throw new CorpusException(tsv + ":" + no + ": clip " + clip + " listed twice");
                }
                Double d = durations.get(clip);
                double seconds;
                try {
                    seconds = d != null ? d : AudioDurations.of(audio);
                } catch (CorpusException e) {
                    throw new CorpusException(tsv + ":" + no + ": " + e.getMessage(), e);
                }
                out.add(new Utterance(id, audio, seconds, Normalizer.normalize(text, Normalizer.Form.NFC),
                        f[client].strip()));
            }
        } catch (CharacterCodingException e) {
            throw new CorpusException(tsv + ": not UTF-8 text", e);
        }
        return out;
    }

    private static int column(List<String> cols, String name, Path tsv) throws CorpusException {
        int i = cols.indexOf(name);
        if (i < 0) {
            throw new CorpusException(tsv + ":1: no '" + name + "' column in the header " + cols);
        }
        return i;
    }

    private static Map<String, Double> clipDurations(Path file) throws IOException {
        Map<String, Double> m = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return m;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split("\t");
            try {
                m.put(f[0].strip(), Double.parseDouble(f[1].strip()) / 1000.0);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new CorpusException(file + ":" + (i + 1) + ": expected clip<TAB>duration in milliseconds");
            }
        }
        return m;
    }
}
