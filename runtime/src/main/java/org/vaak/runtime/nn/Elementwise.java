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

        void mulAdd(float[] a, int ao, float[] b, int bo, float[] y, int yo, int n);

        void layerNorm(float[] in, int io, float[] out, int oo, int n, float[] w, float[] b, float eps);
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

    /** {@code y[yo + i] += a[ao + i] * b[bo + i]} for {@code i < n}. */
    public static void mulAdd(float[] a, int ao, float[] b, int bo, float[] y, int yo, int n) {
        IMPL.mulAdd(a, ao, b, bo, y, yo, n);
    }

    /**
     * Layer norm of one row {@code in[io, io + n)} into {@code out[oo, ...)}: mean and variance accumulated
     * in float over vector lanes (the rows here are a few hundred values), then {@code w * (x - mean) / sqrt(var + eps) + b}.
     */
    public static void layerNorm(float[] in, int io, float[] out, int oo, int n, float[] w, float[] b, float eps) {
        IMPL.layerNorm(in, io, out, oo, n, w, b, eps);
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
    
        @Override
        public void mulAdd(float[] a, int ao, float[] b, int bo, float[] y, int yo, int n) {
            for (int i = 0; i < n; i++) {
                y[yo + i] += a[ao + i] * b[bo + i];
            }
        }

        @Override
        public void layerNorm(float[] in, int io, float[] out, int oo, int n, float[] w, float[] b, float eps) {
            float sum = 0;
            for (int i = 0; i < n; i++) {
                sum += in[io + i];
            }
            float mean = sum / n;
            float var = 0;
            for (int i = 0; i < n; i++) {
                float d = in[io + i] - mean;
                var += d * d;
            }
            float inv = (float) (1 / Math.sqrt(var / n + eps));
            for (int i = 0; i < n; i++) {
                out[oo + i] = (in[io + i] - mean) * inv * w[i] + b[i];
            }
        }
    }
}
