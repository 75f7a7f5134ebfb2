package org.vaak.segmentation.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class AksharaAlphabetTest {
    private static final String[] TEXT = {"க", "ம", "ர", "அ", "ட"};
    private static final long[] FREQ = {50, 30, 10, 10, 0};

    @Test
    void keepsMostFrequentWithTiesByText() {
        // total 100: 50 + 30 = 80 < 85, + 10 (அ sorts before ர) = 90 >= 85.
        assertArrayEquals(new int[] {0, 1, 3}, AksharaAlphabet.select(FREQ, i -> TEXT[i], 0.85, 100));
        assertArrayEquals(new int[] {0, 1}, AksharaAlphabet.select(FREQ, i -> TEXT[i], 0.80, 100));
    }

    @Test
    void fullCoverageKeepsEveryAksharaUpToTheLimit() {
        assertArrayEquals(new int[] {0, 1, 3, 2, 4}, AksharaAlphabet.select(FREQ, i -> TEXT[i], 1.0, 100));
        assertArrayEquals(new int[] {0, 1}, AksharaAlphabet.select(FREQ, i -> TEXT[i], 1.0, 2));
        assertArrayEquals(new int[] {0}, AksharaAlphabet.select(FREQ, i -> TEXT[i], 1.0, 0));
        assertArrayEquals(new int[0], AksharaAlphabet.select(new long[0], i -> "", 1.0, 5));
    }
}
