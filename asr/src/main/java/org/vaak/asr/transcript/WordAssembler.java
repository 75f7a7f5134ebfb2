package org.vaak.asr.transcript;

import java.util.ArrayList;
import java.util.List;
import org.vaak.asr.decoder.DecodeResult;
import org.vaak.asr.decoder.DecodedUnit;
import org.vaak.segmentation.Joiner;
import org.vaak.segmentation.SubwordText;

/**
 * Turns a decoder's units into words with the marker convention of {@link SubwordText}: a unit ending in
 * {@code @@} (and longer than the marker) continues into the next one; pieces are joined with the
 * language's {@link Joiner} (virama + independent vowel becomes a vowel sign). A word starts where its
 * first piece starts and ends where its last piece ends; its confidence is the smallest of its pieces'
 * (a word is wrong when any piece is; NaN when the pieces have none, as in partial results). A continued piece at the very end of a hypothesis still closes
 * its word. For word graphs every unit is one word with itself as its only piece.
 */
public final class WordAssembler {
    private final Joiner joiner;
    private final double frameSeconds;

    /**
     * @param joiner the language's joiner
     * @param frameSeconds duration of one decoder frame (subsampling x hop / sample rate)
     */
    public WordAssembler(Joiner joiner, double frameSeconds) {
        if (!(frameSeconds > 0)) {
            throw new IllegalArgumentException("frame duration must be positive, got " + frameSeconds);
        }
        this.joiner = joiner;
        this.frameSeconds = frameSeconds;
    }

    public double frameSeconds() {
        return frameSeconds;
    }

    /** Words of a decoder result; {@code duration} is the audio's length in seconds. */
    public Transcript assemble(DecodeResult result, double duration, boolean complete) {
        List<Word> words = new ArrayList<>();
        List<Subword> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (DecodedUnit u : result.units()) {
            String sym = u.symbol();
            boolean continues = sym.endsWith(SubwordText.MARKER) && sym.length() > SubwordText.MARKER.length();
            String piece = continues ? sym.substring(0, sym.length() - SubwordText.MARKER.length()) : sym;
            double start = u.firstFrame() * frameSeconds;
            double end = Math.min((u.lastFrame() + 1) * frameSeconds, Math.max(duration, start));
            pieces.add(new Subword(piece, start, end, u.confidence()));
            joiner.append(text, piece);
            if (!continues) {
                words.add(close(text, pieces));
            }
        }
        if (!pieces.isEmpty()) {
            words.add(close(text, pieces));
        }
        return new Transcript(words, duration, complete);
    }

    private static Word close(StringBuilder text, List<Subword> pieces) {
        double conf = 1.0;
        for (Subword p : pieces) {
            conf = Double.isNaN(p.confidence()) ? Double.NaN : Math.min(conf, p.confidence());
            if (Double.isNaN(conf)) {
                break;
            }
        }
        Word w = new Word(text.toString(), pieces.get(0).start(), pieces.get(pieces.size() - 1).end(), conf, pieces);
        text.setLength(0);
        pieces.clear();
        return w;
    }
}
