/**
 * Unigram subword dictionaries: unit probabilities estimated by maximum likelihood (EM,
 * forward-backward in the log semiring) or by Viterbi training (best path, tropical semiring), over
 * each word's segmentation lattice, the composition of the word's akshara acceptor with the closure of
 * the dictionary transducer. {@link org.vaak.segmentation.unigram.FstLattice} states that composition
 * with jopenfst; {@link org.vaak.segmentation.unigram.WordLattices} is the equivalent array form the
 * trainer uses by default.
 */
package org.vaak.segmentation.unigram;
