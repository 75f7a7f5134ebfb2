package org.vaak.audio;

/**
 * Radix-2 FFT of a real signal of length n (a power of two), computed as a complex FFT of length n/2 on
 * the even and odd samples packed as real and imaginary parts, then split. Twiddle factors and the
 * bit-reversal permutation are computed once; the transforms allocate nothing. An instance holds scratch
 * buffers and is not thread-safe.
 */
public final class Fft {
    private final int n;
    private final int m; // n / 2
    private final int[] bitrev;
    private final double[] cos; // cos(2 pi k / m), k < m/2
    private final double[] sin;
    private final double[] wr;  // cos(2 pi k / n), k <= m
    private final double[] wi;  // sin(2 pi k / n)
    private final double[] zr;
    private final double[] zi;

    public Fft(int n) {
        if (n < 4 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("FFT size must be a power of two >= 4, got " + n);
        }
        this.n = n;
        this.m = n / 2;
        bitrev = new int[m];
        int bits = Integer.numberOfTrailingZeros(m);
        for (int i = 0; i < m; i++) {
            bitrev[i] = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
        }
        cos = new double[Math.max(1, m / 2)];
        sin = new double[cos.length];
        for (int k = 0; k < m / 2; k++) {
            cos[k] = Math.cos(2 * Math.PI * k / m);
            sin[k] = Math.sin(2 * Math.PI * k / m);
        }
        wr = new double[m + 1];
        wi = new double[m + 1];
        for (int k = 0; k <= m; k++) {
            wr[k] = Math.cos(2 * Math.PI * k / n);
            wi[k] = Math.sin(2 * Math.PI * k / n);
        }
        zr = new double[m];
        zi = new double[m];
    }

    public int size() {
        return n;
    }

    /** Number of non-negative frequency bins: n/2 + 1. */
    public int bins() {
        return m + 1;
    }

    /** X[k] = sum_t x[t] e^{-2 pi i k t / n} for k = 0..n/2, into {@code re}, {@code im}. */
    public void forward(double[] x, double[] re, double[] im) {
        for (int k = 0; k < m; k++) {
            zr[k] = x[2 * k];
            zi[k] = x[2 * k + 1];
        }
        complex(zr, zi, false);
        for (int k = 0; k <= m; k++) {
            int a = k % m;
            int b = (m - k) % m;
            double er = (zr[a] + zr[b]) / 2;
            double ei = (zi[a] - zi[b]) / 2;
            double or = (zi[a] + zi[b]) / 2;  // (Z[a] - conj Z[b]) / 2i
            double oi = -(zr[a] - zr[b]) / 2;
            // X[k] = E + W^k O with W = e^{-2 pi i / n}
            re[k] = er + wr[k] * or + wi[k] * oi;
            im[k] = ei + wr[k] * oi - wi[k] * or;
        }
    }

    /** The real signal whose spectrum (bins 0..n/2) is {@code re}, {@code im}; the inverse of {@link #forward}. */
    public void inverse(double[] re, double[] im, double[] x) {
        for (int k = 0; k < m; k++) {
            int b = m - k;
            double er = (re[k] + re[b]) / 2;
            double ei = (im[k] - im[b]) / 2;
            double dr = (re[k] - re[b]) / 2; // W^k O
            double di = (im[k] + im[b]) / 2;
            double or = dr * wr[k] - di * wi[k]; // times W^{-k} = e^{+2 pi i k / n}
            double oi = dr * wi[k] + di * wr[k];
            zr[k] = er - oi; // E + i O
            zi[k] = ei + or;
        }
        complex(zr, zi, true);
        for (int k = 0; k < m; k++) {
            x[2 * k] = zr[k] / m;
            x[2 * k + 1] = zi[k] / m;
        }
    }

    /** In-place iterative radix-2 complex FFT of length m (unscaled; {@code inverse} flips the sign). */
    private void complex(double[] r, double[] i, boolean inverse) {
        for (int k = 0; k < m; k++) {
            int j = bitrev[k];
            if (j > k) {
                double t = r[k];
                r[k] = r[j];
                r[j] = t;
                t = i[k];
                i[k] = i[j];
                i[j] = t;
            }
        }
        double sign = inverse ? 1 : -1;
        for (int len = 2; len <= m; len <<= 1) {
            int halfLen = len >> 1;
            int step = m / len;
            for (int s = 0; s < m; s += len) {
                for (int j = 0; j < halfLen; j++) {
                    double c = cos[j * step];
                    double w = sign * sin[j * step];
                    int a = s + j;
                    int b = a + halfLen;
                    double tr = r[b] * c - i[b] * w;
                    double ti = r[b] * w + i[b] * c;
                    r[b] = r[a] - tr;
                    i[b] = i[a] - ti;
                    r[a] += tr;
                    i[a] += ti;
                }
            }
        }
    }
}
