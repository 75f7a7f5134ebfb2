package org.vaak.runtime.kernel;

/**
 * Per-thread scratch arrays that grow as needed and are reused, so callers of the kernels do not allocate per
 * call. Each use has its own slot, so that nested uses on one thread do not share an array.
 */
public final class ThreadBuffers {
    /** Slot of the convolution's input panel. */
    public static final int PANEL = 0;
    /** Slot of the GEMM's packed left operand. */
    public static final int ROWS = 1;
    /** Slot of the int8 GEMM's quantized token (integer values as floats), one at a time. */
    public static final int TOKENS = 2;
    /** Slot of the int8 GEMM's per-token scales. */
    public static final int TOKEN_SCALES = 3;
    /** Slot of the int8 GEMM's weight panel, widened to floats. */
    public static final int INT8_PANEL = 4;
    /** Slot of the int8 GEMM's partial sums of one K slice. */
    public static final int TILE = 5;
    /** Slot of the int8 GEMM's activations divided by a per-input scale (AWQ), before quantization. */
    public static final int SCALED_INPUT = 6;
    /** Slot (int arrays) of the int8 GEMM's int32 sums over K slices. */
    public static final int SUMS = 0;
    private static final ThreadLocal<float[][]> FLOATS = ThreadLocal.withInitial(() -> new float[7][0]);
    private static final ThreadLocal<int[][]> INTS = ThreadLocal.withInitial(() -> new int[1][0]);

    private ThreadBuffers() {
    }

    /** A float array of at least {@code n} elements for {@code slot}, owned by the calling thread (contents undefined). */
    public static float[] floats(int slot, int n) {
        float[][] b = FLOATS.get();
        if (b[slot].length < n) {
            b[slot] = new float[n];
        }
        return b[slot];
    }

    /** An int array of at least {@code n} elements for {@code slot}, owned by the calling thread (contents undefined). */
    public static int[] ints(int slot, int n) {
        int[][] b = INTS.get();
        if (b[slot].length < n) {
            b[slot] = new int[n];
        }
        return b[slot];
    }
}
