package org.vaak.runtime;

import java.util.SplittableRandom;

/** Seeded random test data and comparisons. */
public final class Rand {
    private Rand() {
    }

    public static float[] gaussian(SplittableRandom r, int n, double sd) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (nextGaussian(r) * sd);
        }
        return v;
    }

    public static double nextGaussian(SplittableRandom r) {
        double u = r.nextDouble(1e-12, 1);
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    public static byte[] bytes(SplittableRandom r, int n, int lo, int hi) {
        byte[] v = new byte[n];
        for (int i = 0; i < n; i++) {
            v[i] = (byte) r.nextInt(lo, hi + 1);
        }
        return v;
    }

    /** Naive reference y[m, n] = x[m, k] . w[n, k]^T in double precision. */
    public static float[] matmulRef(float[] x, int m, float[] w, int n, int k) {
        float[] y = new float[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int c = 0; c < k; c++) {
                    s += (double) x[i * k + c] * w[j * k + c];
                }
                y[i * n + j] = (float) s;
            }
        }
        return y;
    }

    public static double maxAbsDiff(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new AssertionError("length " + a.length + " != " + b.length);
        }
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    public static double maxAbs(float[] a) {
        double m = 0;
        for (float v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** ||a - b|| / ||b||. */
    public static double relError(float[] a, float[] b) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < a.length; i++) {
            num += (a[i] - b[i]) * (double) (a[i] - b[i]);
            den += (double) b[i] * b[i];
        }
        return Math.sqrt(num / Math.max(den, 1e-30));
    }
}
