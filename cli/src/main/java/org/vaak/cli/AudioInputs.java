package org.vaak.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.vaak.audio.corpus.Manifest;
import org.vaak.audio.corpus.Utterance;

/** What the recognition commands read: audio files, folders scanned for audio files, and manifests. */
final class AudioInputs {
    /** The audio extensions a folder is scanned for. */
    static final Set<String> AUDIO_EXTENSIONS = Set.of("wav", "flac", "mp3", "ogg", "m4a");

    /**
     * One audio file to transcribe.
     *
     * @param id the utterance id (manifest id, or the file name without its extension)
     * @param reference the manifest transcript, null for plain files
     * @param fromManifest whether it came from a manifest
     */
    record Item(String id, Path audio, String reference, boolean fromManifest) {
    }

    private AudioInputs() {
    }

    /** The items of {@code args} in order: a folder's audio files sorted by path, a manifest's in its order. */
    static List<Item> expand(List<Path> args) throws IOException {
        List<Item> out = new ArrayList<>();
        for (Path p : args) {
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(p)) {
                    files = s.filter(Files::isRegularFile).filter(AudioInputs::isAudioName).sorted().toList();
                }
                if (files.isEmpty()) {
                    throw new Errors.UserError(p + ": no audio files (" + String.join(", ",
                            AUDIO_EXTENSIONS.stream().sorted().toList()) + ") in this folder");
                }
                for (Path f : files) {
                    out.add(new Item(Utterance.idOf(f), f, null, false));
                }
            } else if (p.getFileName() != null && p.getFileName().toString().endsWith(".jsonl")) {
                for (Utterance u : Manifest.read(p)) {
                    out.add(new Item(u.id(), u.audio(), u.text(), true));
                }
            } else {
                out.add(new Item(Utterance.idOf(p), p, null, false));
            }
        }
        return out;
    }

    static boolean isAudioName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 && AUDIO_EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
