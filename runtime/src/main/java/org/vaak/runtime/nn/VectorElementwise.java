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
}
