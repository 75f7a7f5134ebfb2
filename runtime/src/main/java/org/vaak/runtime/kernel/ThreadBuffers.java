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
    private static final ThreadLocal<float[][]> FLOATS = ThreadLocal.withInitial(() -> new float[2][0]);

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
}
