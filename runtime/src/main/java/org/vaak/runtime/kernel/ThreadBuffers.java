package org.vaak.runtime.kernel;

/** Per-thread scratch arrays that grow as needed and are reused, so kernels' callers do not allocate per call. */
public final class ThreadBuffers {
    private static final ThreadLocal<float[]> FLOATS = ThreadLocal.withInitial(() -> new float[0]);

    private ThreadBuffers() {
    }

    /** A float array of at least {@code n} elements, owned by the calling thread until its next call (contents undefined). */
    public static float[] floats(int n) {
        float[] b = FLOATS.get();
        if (b.length < n) {
            b = new float[n];
            FLOATS.set(b);
        }
        return b;
    }
}
