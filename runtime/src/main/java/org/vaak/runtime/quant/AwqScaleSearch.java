package org.vaak.runtime.quant;

import org.vaak.runtime.kernel.Kernels;

/**
 * Activation-aware scale search for int4 (after AWQ, Lin et al. 2023): input channels with large calibration
 * activations are scaled up before quantization, {@code s_c = mean|x_c|^alpha}, and the grid value of alpha
 * that gives the smallest output error on the calibration tokens is kept. alpha = 0 is plain rounding.
 */
public final class AwqScaleSearch {
    private AwqScaleSearch() {
    }

    /** Result: the chosen matrix, alpha and output mean-squared errors of plain rounding and of the choice. */
    public record Result(Int4Matrix matrix, double alpha, double plainError, double error) {
    }

    public static Result search(float[] w, int rows, int cols, int group, boolean asymmetric,
                                float[] calib, int tokens, int gridSteps) {
        if (calib.length != tokens * cols || tokens <= 0) {
            throw new IllegalArgumentException("AWQ calibration needs " + tokens + " x " + cols + " activations, got " + calib.length);
        }
        float[] mean = new float[cols];
        for (int t = 0; t < tokens; t++) {
            for (int c = 0; c < cols; c++) {
                mean[c] += Math.abs(calib[t * cols + c]) / tokens;
            }
        }
        float[] ref = new float[tokens * rows];
        new Fp32Matrix(w, rows, cols).matmul(calib, tokens, ref, Kernels.get());
        float[] out = new float[tokens * rows];
        Int4Matrix plain = Int4Matrix.quantize(w, rows, cols, group, asymmetric);
        plain.matmul(calib, tokens, out);
        double plainErr = mse(out, ref);
        Int4Matrix best = plain;
        double bestErr = plainErr;
        double bestAlpha = 0;
        for (int step = 1; step <= gridSteps; step++) {
            double alpha = (double) step / gridSteps;
            float[] s = new float[cols];
            double lo = Double.MAX_VALUE;
            double hi = 0;
            for (int c = 0; c < cols; c++) {
                s[c] = (float) Math.pow(Math.max(mean[c], 1e-8f), alpha);
                lo = Math.min(lo, s[c]);
                hi = Math.max(hi, s[c]);
            }
            float norm = (float) Math.sqrt(lo * hi);
            for (int c = 0; c < cols; c++) {
                s[c] /= norm;
            }
            Int4Matrix q = Int4Matrix.quantize(w, rows, cols, group, asymmetric, s);
            q.matmul(calib, tokens, out);
            double err = mse(out, ref);
            if (err < bestErr) {
                bestErr = err;
                best = q;
                bestAlpha = alpha;
            }
        }
        return new Result(best, bestAlpha, plainErr, bestErr);
    }

    static double mse(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return s / a.length;
    }
}
