package org.vaak.runtime.nn;

import org.vaak.runtime.Tensor;

/** Element-wise activations (new tensor; the input is left as it is). */
public enum Activation implements Layer {
    RELU, GELU, GELU_TANH, SILU, ELU, TANH, SIGMOID, IDENTITY;

    public static Activation parse(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "relu" -> RELU;
            case "gelu" -> GELU;
            case "gelu_tanh" -> GELU_TANH;
            case "silu", "swish" -> SILU;
            case "elu" -> ELU;
            case "tanh" -> TANH;
            case "sigmoid" -> SIGMOID;
            case "identity", "none" -> IDENTITY;
            default -> throw new IllegalArgumentException("unknown activation '" + name + "'");
        };
    }

    public float apply(float v) {
        return switch (this) {
            case RELU -> Math.max(v, 0f);
            case GELU -> (float) (0.5 * v * (1 + erf(v / Math.sqrt(2))));
            case GELU_TANH -> (float) (0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v * v * v))));
            case SILU -> (float) (v / (1 + Math.exp(-v)));
            case ELU -> v > 0 ? v : (float) Math.expm1(v);
            case TANH -> (float) Math.tanh(v);
            case SIGMOID -> (float) (1 / (1 + Math.exp(-v)));
            case IDENTITY -> v;
        };
    }

    public void applyInPlace(float[] v, int from, int to) {
        for (int i = from; i < to; i++) {
            v[i] = apply(v[i]);
        }
    }

    @Override
    public Tensor forward(Tensor x) {
        float[] out = x.data().clone();
        applyInPlace(out, 0, out.length);
        return new Tensor(out, x.shape());
    }

    /** erf with absolute error below 1.2e-7 (Numerical Recipes' erfc Chebyshev fit). */
    static double erf(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? 1 - r : r - 1;
    }
}
