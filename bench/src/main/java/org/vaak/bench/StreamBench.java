package org.vaak.bench;

import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The read rate one core reaches from DRAM in Java: a byte-vector sum over 16 MiB (the size of an int8
 * 4096 x 4096 matrix), four streams as in the GEMV kernels, each call on the next of 96 copies (1.5 GiB). It is
 * the ceiling the cold GEMV numbers are compared with, measured in the same run and under the same load.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx4g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StreamBench {
    static final int BYTES = 16 << 20;
    private static final VectorSpecies<Byte> S = ByteVector.SPECIES_PREFERRED;
    private byte[][] copies;
    private int next;

    @Setup
    public void setup() {
        copies = new byte[96][BYTES];
        for (byte[] c : copies) {
            java.util.Arrays.fill(c, (byte) 1);
        }
    }

    @Benchmark
    public int read16MiB() {
        byte[] b = copies[next];
        next = next + 1 == copies.length ? 0 : next + 1;
        int per = BYTES / 4;
        int step = S.length();
        ByteVector a0 = ByteVector.zero(S);
        ByteVector a1 = ByteVector.zero(S);
        ByteVector a2 = ByteVector.zero(S);
        ByteVector a3 = ByteVector.zero(S);
        for (int i = 0; i < per; i += step) {
            a0 = a0.add(ByteVector.fromArray(S, b, i));
            a1 = a1.add(ByteVector.fromArray(S, b, i + per));
            a2 = a2.add(ByteVector.fromArray(S, b, i + 2 * per));
            a3 = a3.add(ByteVector.fromArray(S, b, i + 3 * per));
        }
        return a0.add(a1).add(a2.add(a3)).reduceLanes(VectorOperators.ADD);
    }
}
