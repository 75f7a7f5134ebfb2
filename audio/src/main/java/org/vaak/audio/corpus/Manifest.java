package org.vaak.audio.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON-lines manifests: one object per line with {@code audio_filepath}, {@code duration} (seconds),
 * {@code text} and {@code speaker}, and optionally {@code id} (default: the audio file's name without
 * extension). A relative {@code audio_filepath} resolves against the manifest's folder. Blank lines are
 * skipped; anything else that is not such an object is an error naming the file and line.
 */
public final class Manifest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Manifest() {
    }

    /** Reads every utterance of {@code file}, in file order; ids must be unique. */
    public static List<Utterance> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(file + ": no such manifest file");
        }
        Path base = file.toAbsolutePath().getParent();
        List<Utterance> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                Utterance u = parse(line, base, file, no);
                if (!ids.add(u.id())) {
                    throw new CorpusException(file + ":" + no + ": duplicate utterance id '" + u.id() + "'");
                }
                out.add(u);
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new CorpusException(file + ": not UTF-8 text", e);
        }
        return out;
    }

    private static Utterance parse(String line, Path base, Path file, int no) throws CorpusException {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new CorpusException(file + ":" + no + ": not a JSON object: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new CorpusException(file + ":" + no + ": not a JSON object");
        }
        String path = text(n, "audio_filepath", file, no);
        String text = text(n, "text", file, no);
        JsonNode d = n.get("duration");
        if (d == null || !d.isNumber() || !(d.asDouble() >= 0) || Double.isInfinite(d.asDouble())) {
            throw new CorpusException(file + ":" + no + ": 'duration' must be a number of seconds >= 0");
        }
        JsonNode s = n.get("speaker");
        String speaker = s == null || s.isNull() ? "unknown" : s.asText();
        Path audio = base.resolve(path).normalize();
        JsonNode id = n.get("id");
        String uttId = id == null || id.isNull() ? Utterance.idOf(audio) : id.asText();
        return new Utterance(uttId, audio, d.asDouble(), Normalizer.normalize(text, Normalizer.Form.NFC), speaker);
    }

    private static String text(JsonNode n, String key, Path file, int no) throws CorpusException {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual()) {
            throw new CorpusException(file + ":" + no + ": missing string field '" + key + "'");
        }
        return v.asText();
    }

    /**
     * Writes {@code utterances} to {@code file} atomically (a temporary file in the same folder, then a
     * move); audio paths under the manifest's folder are written relative to it.
     */
    public static void write(Path file, List<Utterance> utterances) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (Utterance u : utterances) {
                    w.write(line(u, dir));
                    w.write('\n');
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** One manifest line (without the newline) for {@code u}, its audio path relative to {@code dir} when below it. */
    public static String line(Utterance u, Path dir) {
        return line(u, dir, Map.of());
    }

    /**
     * One manifest line for {@code u} with further fields after the standard ones ({@code extra}: field name
     * to a string, number, boolean, list or map; readers that do not know a field ignore it).
     */
    public static String line(Utterance u, Path dir, Map<String, ?> extra) {
        Path audio = u.audio().toAbsolutePath().normalize();
        Path d = dir.toAbsolutePath().normalize();
        String path = audio.startsWith(d) ? d.relativize(audio).toString() : audio.toString();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", u.id());
        o.put("audio_filepath", path);
        o.put("duration", Math.round(u.duration() * 1000.0) / 1000.0);
        o.put("text", u.text());
        o.put("speaker", u.speaker());
        for (Map.Entry<String, ?> e : extra.entrySet()) {
            if (o.has(e.getKey())) {
                throw new IllegalArgumentException("extra field '" + e.getKey() + "' would replace a standard field");
            }
            o.set(e.getKey(), JSON.valueToTree(e.getValue()));
        }
        return o.toString();
    }
}
