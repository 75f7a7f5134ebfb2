package org.vaak.audio.corpus;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * IISc-MILE corpora (OpenSLR 126 Kannada, 127 Tamil). Layout, as unpacked from the archives: a split
 * folder ({@code train/}, {@code test/}) with {@code audio_files/STEM.wav} and {@code trans_files/STEM.txt},
 * the transcript being the whole text file. Stems look like {@code MILE_03_SP_2496_UTT_0116}; the speaker is
 * the part before {@code _UTT_} (the whole stem when it has none). Every {@code audio_files} folder up to
 * three levels below the source is read, in name order.
 */
public final class MileImporter {
    private MileImporter() {
    }

    public static List<Utterance> read(Path source) throws IOException {
        if (!Files.isDirectory(source)) {
            throw new CorpusException(source + ": not a folder (IISc-MILE layout: SPLIT/audio_files/*.wav and "
                    + "SPLIT/trans_files/*.txt)");
        }
        List<Path> audioDirs;
        try (var s = Files.find(source, 3, (p, a) -> a.isDirectory() && p.getFileName() != null
                && p.getFileName().toString().equals("audio_files"))) {
            audioDirs = s.sorted().toList();
        }
        if (audioDirs.isEmpty()) {
            throw new CorpusException(source + ": no audio_files folder found (IISc-MILE layout: "
                    + "SPLIT/audio_files/*.wav and SPLIT/trans_files/*.txt)");
        }
        List<Utterance> out = new ArrayList<>();
        for (Path audio : audioDirs) {
            Path trans = audio.resolveSibling("trans_files");
            if (!Files.isDirectory(trans)) {
                throw new CorpusException(audio + ": no trans_files folder beside it");
            }
            List<Path> wavs;
            try (var s = Files.list(audio)) {
                wavs = s.filter(p -> p.getFileName().toString().endsWith(".wav")).sorted().toList();
            }
            for (Path wav : wavs) {
                String stem = Utterance.idOf(wav);
                Path txt = trans.resolve(stem + ".txt");
                if (!Files.isRegularFile(txt)) {
                    throw new CorpusException(wav + ": transcript " + txt + " is missing");
                }
                String text;
                try {
                    text = Files.readString(txt, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
                } catch (CharacterCodingException e) {
                    throw new CorpusException(txt + ": not UTF-8 text", e);
                }
                if (text.isEmpty()) {
                    throw new CorpusException(txt + ": empty transcript");
                }
                int u = stem.indexOf("_UTT_");
                String speaker = u > 0 ? stem.substring(0, u) : stem;
                out.add(new Utterance(stem, wav.toAbsolutePath(), AudioDurations.of(wav),
                        Normalizer.normalize(text, Normalizer.Form.NFC), speaker));
            }
        }
        return out;
    }
}
