package org.vaak.audio.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * OpenSLR crowd-sourced corpora such as SLR65 (Tamil) and SLR79 (Kannada): each folder has a
 * {@code line_index.tsv} of {@code fileid<TAB>transcript} lines with {@code fileid.wav} beside it. File ids
 * look like {@code taf_02345_00348037167}: the speaker is the part before the last underscore.
 * Every {@code line_index.tsv} up to three levels below the source folder is read (e.g. the female and
 * male halves).
 */
public final class OpenSlrImporter {
    private OpenSlrImporter() {
    }

    public static List<Utterance> read(Path source) throws IOException {
        List<Path> indexes = Files.isRegularFile(source) ? List.of(source)
                : Files.isDirectory(source) ? AudioDurations.findFiles(source, "line_index.tsv", 3) : List.of();
        if (indexes.isEmpty()) {
            throw new CorpusException(source + ": no line_index.tsv found (OpenSLR layout: line_index.tsv with "
                    + "fileid<TAB>transcript lines and fileid.wav beside it)");
        }
        List<Utterance> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path index : indexes) {
            Path dir = index.toAbsolutePath().getParent();
            try (BufferedReader r = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
                String line;
                int no = 0;
                while ((line = r.readLine()) != null) {
                    no++;
                    if (line.isBlank()) {
                        continue;
                    }
                    int tab = line.indexOf('\t');
                    if (tab <= 0) {
                        throw new CorpusException(index + ":" + no + ": expected fileid<TAB>transcript");
                    }
                    String id = line.substring(0, tab).strip();
                    String text = line.substring(tab + 1).strip();
                    if (text.isEmpty()) {
                        throw new CorpusException(index + ":" + no + ": empty transcript for " + id);
                    }
                    Path wav = dir.resolve(id + ".wav");
                    if (!Files.isRegularFile(wav)) {
                        throw new CorpusException(index + ":" + no + ": audio file " + wav + " is missing");
                    }
                    if (!ids.add(id)) {
                        throw new CorpusException(index + ":" + no + ": duplicate file id " + id);
                    }
                    int us = id.lastIndexOf('_');
                    String speaker = us > 0 ? id.substring(0, us) : id;
                    out.add(new Utterance(id, wav, AudioDurations.of(wav),
                            Normalizer.normalize(text, Normalizer.Form.NFC), speaker));
                }
            } catch (CharacterCodingException e) {
                throw new CorpusException(index + ": not UTF-8 text", e);
            }
        }
        return out;
    }
}
