package org.vaak.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.Map;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** The same shapes through ONNX Runtime for Java (CPU provider, default session options, intra-op threads set). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class OrtBench {
    @Param({"1", "2"})
    public int threads;

    @Param({"gemm512", "conv256k3", "conv512k7", "dw512k7", "gemv_f32", "nbits4_b32", "nbits4_b32_acc4", "nbits4_b128"})
    public String shape;

    private OrtEnvironment env;
    private OrtSession session;
    private OnnxTensor input;

    @Setup
    public void setup() throws OrtException {
        env = OrtEnvironment.getEnvironment();
        SplittableRandom r = new SplittableRandom(3);
        byte[] model;
        long[] xShape;
        if (shape.equals("gemm512")) {
            model = OnnxModels.matmul(512, 512, 512, GemmBench.random(r, 512 * 512));
            xShape = new long[] {512, 512};
        } else if (shape.equals("gemv_f32")) {
            model = OnnxModels.matmul(1, 4096, 4096, GemmBench.random(r, 4096 * 4096));
            xShape = new long[] {1, 4096};
        } else if (shape.startsWith("nbits4")) {
            int block = shape.contains("b128") ? 128 : 32;
            byte[] packed = new byte[4096 * 4096 / 2];
            for (int i = 0; i < packed.length; i++) {
                packed[i] = (byte) r.nextInt(256);
            }
            float[] scales = new float[4096 * 4096 / block];
            for (int i = 0; i < scales.length; i++) {
                scales[i] = (float) r.nextDouble() * 0.01f;
            }
            model = OnnxModels.matMulNBits(1, 4096, 4096, block, packed, scales, shape.endsWith("acc4") ? 4 : 0);
            xShape = new long[] {1, 4096};
        } else {
            int[] c = GemmBench.conv(shape);
            model = OnnxModels.conv(c[0], c[1], c[2], c[4], c[2] / 2, c[3], GemmBench.random(r, c[1] * (c[0] / c[4]) * c[2]));
            xShape = new long[] {1, c[0], c[3]};
        }
        OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
        opts.setIntraOpNumThreads(threads);
        opts.setInterOpNumThreads(1);
        opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        session = env.createSession(model, opts);
        long n = 1;
        for (long d : xShape) {
            n *= d;
        }
        input = OnnxTensor.createTensor(env, FloatBuffer.wrap(GemmBench.random(r, (int) n)), xShape);
    }

    @Benchmark
    public Object run() throws OrtException {
        try (OrtSession.Result res = session.run(Map.of("x", input))) {
            return res.size();
        }
    }

    @TearDown
    public void close() throws OrtException {
        input.close();
        session.close();
    }
}
