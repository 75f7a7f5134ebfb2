package org.vaak.runtime.nn;

import org.vaak.runtime.kernel.Kernels;

/**
 * Element-wise SiLU and GLU gating, with a Vector API path (vectorised exp) when the runtime's kernels are the
 * Vector API ones, and a scalar path otherwise. Both agree to float rounding with {@link Activation#SILU}.
 */
public final class Elementwise {
    interface Impl {
        void silu(float[] v, int from, int to);

        void glu(float[] in, int ao, int bo, float[] out, int oo, int n);
    }

    private static final Impl IMPL = select();

    private Elementwise() {
    }

    private static Impl select() {
        if (Kernels.get() == Kernels.scalar()) {
            return Scalar.INSTANCE;
        }
        try {
            return (Impl) Class.forName("org.vaak.runtime.nn.VectorElementwise").getDeclaredField("INSTANCE").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return Scalar.INSTANCE;
        }
    }

    /** {@code v[i] = v[i] * sigmoid(v[i])} in place for {@code from <= i < to}. */
    public static void silu(float[] v, int from, int to) {
        IMPL.silu(v, from, to);
    }

    /** {@code out[oo + i] = in[ao + i] * sigmoid(in[bo + i])} for {@code i < n}. */
    public static void glu(float[] in, int ao, int bo, float[] out, int oo, int n) {
        IMPL.glu(in, ao, bo, out, oo, n);
    }

    static final class Scalar implements Impl {
        static final Scalar INSTANCE = new Scalar();

        @Override
        public void silu(float[] v, int from, int to) {
            for (int i = from; i < to; i++) {
                v[i] = v[i] / (1 + (float) Math.exp(-v[i]));
            }
        }

        @Override
        public void glu(float[] in, int ao, int bo, float[] out, int oo, int n) {
            for (int i = 0; i < n; i++) {
                out[oo + i] = in[ao + i] / (1 + (float) Math.exp(-in[bo + i]));
            }
        }
    }
}
