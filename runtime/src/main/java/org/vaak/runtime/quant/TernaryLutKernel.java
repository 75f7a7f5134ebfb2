package org.vaak.runtime.quant;

/**
 * Look-up tables for ternary weights (after T-MAC, Wei et al. 2024). A ternary weight is {@code plus - minus}
 * with two bit planes; for each group of 4 activations a 16-entry table holds the sum of every subset, so a
 * 4-bit plane index replaces four multiply-adds by one look-up. Tables are quantized to int8 with one scale
 * per token so that 16 look-ups are a single byte shuffle.
 */
public final class TernaryLutKernel {
    private TernaryLutKernel() {
    }

    /**
     * Builds the int8 tables of one token: {@code tables[to + 16*g + mask] ~ sum_{i in mask} x[xo + 4g + i] / scale};
     * returns the scale.
     */
    public static float buildTables(float[] x, int xo, int k, byte[] tables, int to, float[] scratch) {
        int groups = k / 4;
        float amax = 0;
        for (int g = 0; g < groups; g++) {
            int o = 16 * g;
            scratch[o] = 0;
            for (int mask = 1; mask < 16; mask++) {
                int low = Integer.numberOfTrailingZeros(mask);
                float v = scratch[o + (mask & (mask - 1))] + x[xo + 4 * g + low];
                scratch[o + mask] = v;
                amax = Math.max(amax, Math.abs(v));
            }
        }
        float scale = amax == 0 ? 1f : amax / 127f;
        float inv = 1f / scale;
        for (int i = 0; i < groups * 16; i++) {
            tables[to + i] = (byte) Math.round(scratch[i] * inv);
        }
        return scale;
    }
}
