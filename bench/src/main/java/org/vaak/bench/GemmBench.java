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
import org.vaak.runtime.Tensor;
import org.vaak.runtime.kernel.Kernels;
import org.vaak.runtime.kernel.PackedPanels;
import org.vaak.runtime.kernel.Parallel;
import org.vaak.runtime.nn.Conv1d;
import org.vaak.runtime.nn.Padding;
import org.vaak.runtime.quant.Fp32Matrix;

/** fp32 GEMM 512x512x512 (weights packed once, as a layer holds them) and conv1d shapes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx4g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GemmBench {
    /** cin x cout x kernel x T x groups. */
    static final String[] CONVS = {"256x256x3x1024x1", "512x512x7x256x1", "512x512x7x1024x512"};

    @Param({"1", "2"})
    public int threads;

    @Param({"gemm512", "conv256k3", "conv512k7", "dw512k7"})
    public String shape;

    private float[] a;
    private float[] y;
    private PackedPanels b;
    private Conv1d conv;
    private Tensor input;

    @Setup
    public void setup() {
        Parallel.setThreads(threads);
        SplittableRandom r = new SplittableRandom(1);
        if (shape.equals("gemm512")) {
            a = random(r, 512 * 512);
            b = PackedPanels.pack(random(r, 512 * 512), 512, 512, Kernels.get());
            y = new float[512 * 512];
            return;
        }
        int[] c = conv(shape);
        conv = new Conv1d(c[0], c[1], c[2], 1, 1, c[2] / 2, c[2] / 2, Padding.ZEROS, c[4],
                random(r, c[1] * (c[0] / c[4]) * c[2]), null);
        input = new Tensor(random(r, c[0] * c[3]), c[0], c[3]);
    }

    static int[] conv(String shape) {
        String s = switch (shape) {
            case "conv256k3" -> CONVS[0];
            case "conv512k7" -> CONVS[1];
            default -> CONVS[2];
        };
        String[] p = s.split("x");
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Integer.parseInt(p[i]);
        }
        return out;
    }

    /** Floating-point operations of one call. */
    static double flops(String shape) {
        if (shape.equals("gemm512")) {
            return 2.0 * 512 * 512 * 512;
        }
        int[] c = conv(shape);
        return 2.0 * c[1] * (c[0] / c[4]) * c[2] * c[3];
    }

    static float[] random(SplittableRandom r, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (r.nextDouble() * 2 - 1);
        }
        return v;
    }

    @Benchmark
    public Object run() {
        if (conv != null) {
            return conv.forward(input);
        }
        Fp32Matrix.gemm(a, 512, b, y, Kernels.get());
        return y;
    }
}
