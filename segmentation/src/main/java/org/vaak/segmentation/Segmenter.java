package org.vaak.segmentation;

import org.vaak.lexicons.Language;

/** Splits single words of one language into subwords. Implementations are thread-safe. */
public interface Segmenter {
    Language language();

    /**
     * Segments one word: a maximal run of the language's letters, NFC-normalised. The result's pieces
     * always join back into {@code word}.
     */
    Segmentation segment(String word);
}
