package org.vaak.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vaak.runtime.kernel.Kernels;
import org.vaak.runtime.kernel.Parallel;
import org.vaak.runtime.quant.Fp32Matrix;
import org.vaak.runtime.quant.Int4Matrix;
import org.vaak.runtime.quant.Int8Matrix;

/**
 * T tokens times an N x K weight matrix (N outputs, K inputs): the W8A8 GEMM ({@code int8}), the per-token W8A8
 * GEMV it replaces ({@code int8_per_token}: quantize each token, then {@code int8Rows} over all rows), and the fp32
 * packed-panel GEMM ({@code f32}); int4 g32 sym with int8 activations as a GEMM ({@code int4a8}) and one token at a
 * time ({@code int4a8_per_token}). Weights packed before timing, as a loaded layer holds them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class Int8GemmBench {
    @Param({"1"})
    public int threads;

    /** N x K. */
    @Param({"144x576", "576x144", "4096x4096"})
    public String shape;

    @Param({"64", "256"})
    public int tokens;

    @Param({"int8", "int8_per_token", "f32", "int4a8", "int4a8_per_token"})
    public String path;

    private int n;
    private int k;
    private float[] x;
    private float[] y;
    private Int8Matrix q;
    private Fp32Matrix f;
    private byte[] wq;
    private float[] ws;
    private byte[] xq;
    private Int4Matrix q4;
    private float[][] xt;
    private float[][] yt;

    @Setup
    public void setup() {
        Parallel.setThreads(threads);
        String[] p = shape.split("x");
        n = Integer.parseInt(p[0]);
        k = Integer.parseInt(p[1]);
        SplittableRandom r = new SplittableRandom(1);
        float[] w = new float[n * k];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (r.nextDouble() * 2 - 1);
        }
        x = new float[tokens * k];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (r.nextDouble() * 2 - 1);
        }
        y = new float[tokens * n];
        q = Int8Matrix.quantize(w, n, k);
        f = new Fp32Matrix(w, n, k);
        wq = new byte[n * k];
        ws = new float[n];
        for (int i = 0; i < n; i++) {
            ws[i] = Int8Matrix.quantizeRow(w, i * k, k, wq, i * k);
        }
        xq = new byte[tokens * k];
        if (path.startsWith("int4")) { // needs K to be a multiple of 32
            q4 = Int4Matrix.quantize(w, n, k, 32, false).withInt8Activations(true);
            q4.matmul(x, tokens, y);
        }
        xt = new float[tokens][];
        yt = new float[tokens][n];
        for (int t = 0; t < tokens; t++) {
            xt[t] = java.util.Arrays.copyOfRange(x, t * k, (t + 1) * k);
        }
        // pack once
        q.matmul(x, tokens, y);
        f.matmul(x, tokens, y);
    }

    @Benchmark
    public float[] run() {
        switch (path) {
            case "int8" -> q.matmul(x, tokens, y);
            case "f32" -> f.matmul(x, tokens, y);
            case "int4a8" -> q4.matmul(x, tokens, y);
            case "int4a8_per_token" -> {
                for (int t = 0; t < tokens; t++) {
                    q4.matmul(xt[t], 1, yt[t]);
                }
            }
            default -> {
                Kernels kernels = Kernels.get();
                for (int t = 0; t < tokens; t++) {
                    float s = Int8Matrix.quantizeRow(x, t * k, k, xq, t * k);
                    kernels.int8Rows(wq, ws, k, xq, t * k, s, y, t * n, 0, n);
                }
            }
        }
        return y;
    }
}
