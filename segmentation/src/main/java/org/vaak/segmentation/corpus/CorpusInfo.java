package org.vaak.segmentation.corpus;

/**
 * Where a dictionary's training data came from.
 *
 * @param name file name of the corpus or count list
 * @param tokens word tokens
 * @param types distinct words
 * @param sha256 SHA-256 of the file's bytes (empty for in-memory data)
 */
public record CorpusInfo(String name, long tokens, long types, String sha256) {
}
