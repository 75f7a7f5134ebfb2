package org.vaak.runtime.kernel;

/** Bit-level decoders of the small number formats (FP8 E4M3, E2M1, E8M0). */
public final class Codes {
    /** E2M1 (FP4) values by code: bit 3 sign, bits 2..1 exponent, bit 0 mantissa. */
    public static final float[] E2M1 = {0f, 0.5f, 1f, 1.5f, 2f, 3f, 4f, 6f, -0f, -0.5f, -1f, -1.5f, -2f, -3f, -4f, -6f};
    /** Twice the E2M1 values, as bytes (for byte-shuffle look-ups). */
    public static final byte[] E2M1_X2 = {0, 1, 2, 3, 4, 6, 8, 12, 0, -1, -2, -3, -4, -6, -8, -12};
    /** Largest finite E4M3 value. */
    public static final float FP8_MAX = 448f;
    private static final float[] FP8 = new float[256];

    static {
        for (int c = 0; c < 256; c++) {
            int e = (c >> 3) & 15;
            int m = c & 7;
            float v = e == 0 ? m * 0x1p-9f : (1 + m / 8f) * (float) Math.pow(2, e - 7);
            if ((c & 0x7f) == 0x7f) {
                v = Float.NaN;
            }
            FP8[c] = (c & 0x80) != 0 ? -v : v;
        }
    }

    private Codes() {
    }

    public static float fp8(byte code) {
        return FP8[code & 0xff];
    }

    /** Nearest E4M3 code (ties to even), saturating at +-448. */
    public static byte toFp8(float v) {
        int sign = v < 0 || (v == 0 && 1 / v < 0) ? 0x80 : 0;
        float a = Math.min(Math.abs(v), FP8_MAX);
        int best = 0;
        float bestErr = Float.MAX_VALUE;
        // binary search over the 127 finite magnitudes (codes 0..126 are increasing)
        int lo = 0;
        int hi = 126;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (FP8[mid] <= a) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        for (int c = lo; c <= Math.min(lo + 1, 126); c++) {
            float err = Math.abs(FP8[c] - a);
            if (err < bestErr || (err == bestErr && (c & 1) == 0)) {
                bestErr = err;
                best = c;
            }
        }
        return (byte) (best | sign);
    }

    /** Nearest E2M1 code of {@code v} (ties to the even code), saturating at +-6. */
    public static int toE2M1(float v) {
        float a = Math.abs(v);
        int best = 0;
        float bestErr = Float.MAX_VALUE;
        for (int c = 0; c < 8; c++) {
            float err = Math.abs(E2M1[c] - a);
            if (err < bestErr) {
                bestErr = err;
                best = c;
            }
        }
        return v < 0 && best != 0 ? best | 8 : best;
    }

    /** 2^(e - 127) for an E8M0 code {@code e} (255 = NaN is never written). */
    public static float e8m0(byte e) {
        return Math.scalb(1f, (e & 0xff) - 127);
    }
}
