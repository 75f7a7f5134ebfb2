package org.vaak.segmentation.morfessor;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The Mersenne Twister (MT19937) seeded from a string the way CPython's {@code random.seed(str)} does,
 * with CPython's {@code shuffle}. morfessor-train seeds Python's generator with the {@code --randseed}
 * string and shuffles the word list once per epoch; with the same seed and the same word order this
 * class visits the words in the same order, so both trainers take the same path and their costs can be
 * compared run for run.
 */
final class PythonRandom {
    private static final int N = 624;
    private static final int M = 397;

    private final int[] mt = new int[N];
    private int index = N;

    /** Seeds as {@code random.seed(seed)} does for a {@code str}: UTF-8 bytes followed by their SHA-512. */
    PythonRandom(String seed) {
        byte[] text = seed.getBytes(StandardCharsets.UTF_8);
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-512").digest(text);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] all = new byte[text.length + digest.length];
        System.arraycopy(text, 0, all, 0, text.length);
        System.arraycopy(digest, 0, all, text.length, digest.length);
        BigInteger n = new BigInteger(1, all);
        int bits = n.bitLength();
        int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        seedByArray(key);
    }

    private void seedLinear(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void seedByArray(int[] key) {
        seedLinear(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** The next 32 random bits (MT19937 {@code genrand_uint32}). */
    int nextInt32() {
        if (index >= N) {
            twist();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        for (int k = 0; k < N; k++) {
            int y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
            mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
        }
        index = 0;
    }

    /** Python's {@code getrandbits(k)} for {@code 0 < k <= 32}. */
    private long bits(int k) {
        return (nextInt32() & 0xffffffffL) >>> (32 - k);
    }

    /** Python's {@code _randbelow(n)}: rejection sampling on {@code n.bit_length()} bits. */
    int below(int n) {
        int k = 32 - Integer.numberOfLeadingZeros(n);
        long r = bits(k);
        while (r >= n) {
            r = bits(k);
        }
        return (int) r;
    }

    /** Python's {@code shuffle(x)}. */
    void shuffle(int[] x) {
        for (int i = x.length - 1; i >= 1; i--) {
            int j = below(i + 1);
            int t = x[i];
            x[i] = x[j];
            x[j] = t;
        }
    }
}
