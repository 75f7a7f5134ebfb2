package org.vaak.runtime.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** Vector API path of {@link Elementwise}; loaded only when the incubator module is present. */
final class VectorElementwise implements Elementwise.Impl {
    static final VectorElementwise INSTANCE = new VectorElementwise();
    private static final VectorSpecies<Float> FS = FloatVector.SPECIES_PREFERRED;

    private VectorElementwise() {
    }

    @Override
    public void silu(float[] v, int from, int to) {
        int i = from;
        for (int end = to - FS.length(); i <= end; i += FS.length()) {
            FloatVector x = FloatVector.fromArray(FS, v, i);
            x.div(x.neg().lanewise(VectorOperators.EXP).add(1f)).intoArray(v, i);
        }
        Elementwise.Scalar.INSTANCE.silu(v, i, to);
    }

    @Override
    public void glu(float[] in, int ao, int bo, float[] out, int oo, int n) {
        int i = 0;
        for (int end = n - FS.length(); i <= end; i += FS.length()) {
            FloatVector a = FloatVector.fromArray(FS, in, ao + i);
            FloatVector b = FloatVector.fromArray(FS, in, bo + i);
            a.div(b.neg().lanewise(VectorOperators.EXP).add(1f)).intoArray(out, oo + i);
        }
        Elementwise.Scalar.INSTANCE.glu(in, ao + i, bo + i, out, oo + i, n - i);
    }

    @Override
    public void mulAdd(float[] a, int ao, float[] b, int bo, float[] y, int yo, int n) {
        int i = 0;
        for (int end = n - FS.length(); i <= end; i += FS.length()) {
            FloatVector.fromArray(FS, a, ao + i).fma(FloatVector.fromArray(FS, b, bo + i), FloatVector.fromArray(FS, y, yo + i))
                    .intoArray(y, yo + i);
        }
        for (; i < n; i++) {
            y[yo + i] += a[ao + i] * b[bo + i];
        }
    }

    @Override
    public void layerNorm(float[] in, int io, float[] out, int oo, int n, float[] w, float[] b, float eps) {
        int l = FS.length();
        FloatVector acc = FloatVector.zero(FS);
        int i = 0;
        for (int end = n - l; i <= end; i += l) {
            acc = acc.add(FloatVector.fromArray(FS, in, io + i));
        }
        float sum = acc.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            sum += in[io + i];
        }
        float mean = sum / n;
        FloatVector m = FloatVector.broadcast(FS, mean);
        acc = FloatVector.zero(FS);
        i = 0;
        for (int end = n - l; i <= end; i += l) {
            FloatVector d = FloatVector.fromArray(FS, in, io + i).sub(m);
            acc = d.fma(d, acc);
        }
        float var = acc.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            float d = in[io + i] - mean;
            var += d * d;
        }
        float inv = (float) (1 / Math.sqrt(var / n + eps));
        FloatVector s = FloatVector.broadcast(FS, inv);
        i = 0;
        for (int end = n - l; i <= end; i += l) {
            FloatVector.fromArray(FS, in, io + i).sub(m).mul(s).fma(FloatVector.fromArray(FS, w, i), FloatVector.fromArray(FS, b, i))
                    .intoArray(out, oo + i);
        }
        for (; i < n; i++) {
            out[oo + i] = (in[io + i] - mean) * inv * w[i] + b[i];
        }
    }
}
