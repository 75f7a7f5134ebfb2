package org.vaak.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.SafeTensorsWriter;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.Tensor;
import org.vaak.runtime.model.MixedPrecisionPlanner;
import org.vaak.runtime.model.Model;
import org.vaak.runtime.quant.WeightFormats;
import org.vaak.runtime.quant.WeightMatrix;

/**
 * End-to-end relative output error of each weight format on a small transformer and a small conv stack
 * (random weights, N(0, 1/fan_in)), next to bits per weight. Prints a Markdown table.
 * Run: java --add-modules jdk.incubator.vector -cp 'bench/target/classes:bench/target/lib/*' org.vaak.bench.FormatErrors
 */
public final class FormatErrors {
    private FormatErrors() {
    }

    static final String TRANSFORMER = """
            {"layers":[
             {"type":"residual","layers":[{"type":"layer_norm","name":"b0.ln1","dim":256},
               {"type":"attention","name":"b0.att","dim":256,"heads":4,"rotary":true}]},
             {"type":"residual","layers":[{"type":"layer_norm","name":"b0.ln2","dim":256},
               {"type":"linear","name":"b0.up","in":256,"out":1024},{"type":"activation","fn":"gelu"},
               {"type":"linear","name":"b0.down","in":1024,"out":256}]},
             {"type":"residual","layers":[{"type":"layer_norm","name":"b1.ln1","dim":256},
               {"type":"attention","name":"b1.att","dim":256,"heads":4,"rotary":true}]},
             {"type":"residual","layers":[{"type":"layer_norm","name":"b1.ln2","dim":256},
               {"type":"linear","name":"b1.up","in":256,"out":1024},{"type":"activation","fn":"gelu"},
               {"type":"linear","name":"b1.down","in":1024,"out":256}]},
             {"type":"layer_norm","name":"ln","dim":256}]}""";

    static final String CONVS = """
            {"layers":[
             {"type":"conv1d","name":"c0","in":128,"out":256,"kernel":3,"padding":"same"},{"type":"activation","fn":"gelu"},
             {"type":"conv1d","name":"c1","in":256,"out":256,"kernel":3,"padding":"same"},{"type":"activation","fn":"gelu"},
             {"type":"conv1d","name":"c2","in":256,"out":256,"kernel":5,"dilation":2,"padding":"same"},{"type":"activation","fn":"gelu"},
             {"type":"conv1d","name":"c3","in":256,"out":128,"kernel":1}]}""";

    public static void main(String[] args) throws IOException {
        SplittableRandom r = new SplittableRandom(42);
        List<StoredTensor> tw = new ArrayList<>();
        for (String b : new String[] {"b0", "b1"}) {
            for (String ln : new String[] {".ln1", ".ln2"}) {
                tw.add(ones(b + ln + ".weight", 256));
                tw.add(StoredTensor.ofFloats(b + ln + ".bias", new float[256], 256));
            }
            for (String p : new String[] {".att.q", ".att.k", ".att.v", ".att.o"}) {
                linear(tw, r, b + p, 256, 256);
            }
            linear(tw, r, b + ".up", 256, 1024);
            linear(tw, r, b + ".down", 1024, 256);
        }
        tw.add(ones("ln.weight", 256));
        tw.add(StoredTensor.ofFloats("ln.bias", new float[256], 256));
        List<StoredTensor> cw = new ArrayList<>();
        conv(cw, r, "c0", 128, 256, 3);
        conv(cw, r, "c1", 256, 256, 3);
        conv(cw, r, "c2", 256, 256, 5);
        conv(cw, r, "c3", 256, 128, 1);
        Tensor tx = new Tensor(gauss(r, 64 * 256, 1), 64, 256);
        Tensor cx = new Tensor(gauss(r, 128 * 200, 1), 128, 200);
        Map<String, double[]> t = errors(save(TRANSFORMER, tw), tx);
        Map<String, double[]> c = errors(save(CONVS, cw), cx);
        System.out.println("| format | bits/weight (transformer) | rel. error transformer | bits/weight (conv) | rel. error conv stack |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String f : WeightFormats.ALL) {
            System.out.printf("| %s | %.3f | %.2e | %.3f | %.2e |%n", f, t.get(f)[1], t.get(f)[0], c.get(f)[1], c.get(f)[0]);
        }
        // mixed precision: the transformer under a budget of 5 bits per weight on average
        SafeTensors st = save(TRANSFORMER, tw);
        long weights = 0;
        for (WeightMatrix m : Model.of(st, List.of()).matrices().values()) {
            weights += (long) m.rows() * m.cols();
        }
        List<Tensor> calib = List.of(new Tensor(gauss(r, 64 * 256, 1), 64, 256), new Tensor(gauss(r, 64 * 256, 1), 64, 256));
        MixedPrecisionPlanner.Plan plan = MixedPrecisionPlanner.plan(st, calib, weights * 5 / 8, WeightFormats.ALL);
        System.out.printf("%nMixed precision, transformer, budget 5 bits/weight (%d bytes), calibration: 2 x 64 random tokens%n%n", weights * 5 / 8);
        System.out.print(plan.report());
        float[] ref = Model.of(st, List.of()).forward(tx).data();
        Map<String, WeightMatrix> chosen = new HashMap<>();
        for (MixedPrecisionPlanner.Choice ch : plan.choices()) {
            WeightMatrix m = Model.of(st, List.of()).matrices().get(ch.name());
            chosen.put(ch.name(), WeightFormats.quantize(ch.format(), m.dequantize(), m.rows(), m.cols()));
        }
        float[] y = Model.of(st, List.of(), chosen).forward(tx).data();
        double num = 0;
        double den = 0;
        for (int i = 0; i < y.length; i++) {
            num += (y[i] - ref[i]) * (double) (y[i] - ref[i]);
            den += (double) ref[i] * ref[i];
        }
        System.out.printf("relative error of the plan on a held-out input: %.3e%n", Math.sqrt(num / den));
    }

    private static Map<String, double[]> errors(SafeTensors st, Tensor x) {
        Model base = Model.of(st, List.of());
        float[] ref = base.forward(x).data();
        Map<String, double[]> out = new HashMap<>();
        for (String f : WeightFormats.ALL) {
            Map<String, WeightMatrix> q = new HashMap<>();
            long bytes = 0;
            long weights = 0;
            for (Map.Entry<String, WeightMatrix> e : base.matrices().entrySet()) {
                WeightMatrix m = e.getValue();
                WeightMatrix qm = WeightFormats.quantize(f, m.dequantize(), m.rows(), m.cols());
                q.put(e.getKey(), qm);
                bytes += qm.storageBytes();
                weights += (long) m.rows() * m.cols();
            }
            float[] y = Model.of(st, List.of(), q).forward(x).data();
            double num = 0;
            double den = 0;
            for (int i = 0; i < y.length; i++) {
                num += (y[i] - ref[i]) * (double) (y[i] - ref[i]);
                den += (double) ref[i] * ref[i];
            }
            out.put(f, new double[] {Math.sqrt(num / den), 8.0 * bytes / weights});
        }
        return out;
    }

    private static SafeTensors save(String config, List<StoredTensor> ts) throws IOException {
        Path f = Files.createTempFile("format-errors", ".safetensors");
        SafeTensorsWriter.write(f, ts, Map.of(Model.CONFIG_KEY, config));
        SafeTensors st = SafeTensors.open(f);
        f.toFile().deleteOnExit();
        return st;
    }

    private static StoredTensor ones(String name, int n) {
        float[] v = new float[n];
        java.util.Arrays.fill(v, 1f);
        return StoredTensor.ofFloats(name, v, n);
    }

    private static void linear(List<StoredTensor> ts, SplittableRandom r, String name, int in, int out) {
        ts.add(StoredTensor.ofFloats(name + ".weight", gauss(r, in * out, 1 / Math.sqrt(in)), out, in));
        ts.add(StoredTensor.ofFloats(name + ".bias", gauss(r, out, 0.02), out));
    }

    private static void conv(List<StoredTensor> ts, SplittableRandom r, String name, int in, int out, int k) {
        ts.add(StoredTensor.ofFloats(name + ".weight", gauss(r, in * out * k, 1 / Math.sqrt(in * k)), out, in, k));
        ts.add(StoredTensor.ofFloats(name + ".bias", gauss(r, out, 0.02), out));
    }

    private static float[] gauss(SplittableRandom r, int n, double sd) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (r.nextGaussian() * sd);
        }
        return v;
    }
}
