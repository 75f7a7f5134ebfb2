package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;

/** Token ids (stored as floats, shape {@code [T]}) to rows of a table {@code [vocab, dim]}. */
public final class Embedding implements Layer {
    private final float[] table;
    private final int vocab;
    private final int dim;

    public Embedding(float[] table, int vocab, int dim) {
        this.table = table;
        this.vocab = vocab;
        this.dim = dim;
    }

    @Override
    public Tensor forward(Tensor ids) {
        float[] v = ids.data();
        float[] out = new float[v.length * dim];
        for (int t = 0; t < v.length; t++) {
            int id = (int) v[t];
            if (id != v[t] || id < 0 || id >= vocab) {
                throw new IllegalArgumentException("embedding: id " + v[t] + " at position " + t + " outside [0, " + vocab + ")");
            }
            System.arraycopy(table, id * dim, out, t * dim, dim);
        }
        return new Tensor(out, v.length, dim);
    }
}
