package org.vaak.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Warmup;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.SafeTensorsWriter;
import org.vaak.runtime.kernel.Parallel;
import org.vaak.runtime.quant.WeightFormats;
import org.vaak.runtime.quant.WeightMatrix;

/**
 * Batch-1 GEMV y = W x with W 4096x4096 in each format. Cold: each call uses the next of several copies whose
 * total size exceeds 1.5 GiB (more than the last-level cache), so weights come from DRAM; warm: one copy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx8g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GemvBench {
    static final int N = 4096;

    @Param({"1", "2"})
    public int threads;

    @Param({"f32", "bf16", "f16", "int8", "fp8", "mxint8", "int4:g32:sym", "int4:g32:sym:a8", "int4:g128:asym", "int4:g128:asym:a8", "mxfp4", "ternary"})
    public String format;

    @Param({"true"})
    public boolean cold;

    private WeightMatrix[] copies;
    private int next;
    private float[] x;
    private float[] y;

    @Setup
    public void setup() throws IOException {
        Parallel.setThreads(threads);
        SplittableRandom r = new SplittableRandom(2);
        float[] w = new float[N * N];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (r.nextGaussian() * 0.02);
        }
        WeightMatrix q = WeightFormats.quantize(format, w, N, N);
        int count = cold ? (int) Math.max(2, (3L << 29) / q.storageBytes() + 1) : 1;
        copies = new WeightMatrix[count];
        copies[0] = q;
        if (count > 1) {
            Path f = Files.createTempFile("gemv", ".safetensors");
            SafeTensorsWriter.write(f, q.toStored("w"), Map.of(WeightFormats.metadataKey("w"), q.format()));
            SafeTensors st = SafeTensors.open(f);
            for (int i = 1; i < count; i++) {
                copies[i] = WeightFormats.load(st, "w", N, N);
            }
            Files.delete(f);
        }
        x = new float[N];
        for (int i = 0; i < N; i++) {
            x[i] = (float) r.nextGaussian();
        }
        y = new float[N];
    }

    @Benchmark
    public float[] gemv() {
        WeightMatrix m = copies[next];
        next = next + 1 == copies.length ? 0 : next + 1;
        m.matmul(x, 1, y);
        return y;
    }
}
