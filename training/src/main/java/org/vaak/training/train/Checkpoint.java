package org.vaak.training.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaak.runtime.SafeTensors;
import org.vaak.runtime.StoredTensor;
import org.vaak.runtime.SafeTensorsWriter;
import org.vaak.training.am.AmConfig;
import org.vaak.training.am.ConformerCtc;

/**
 * A resumable training state in one safetensors file: F32 tensors {@code param.<name>},
 * {@code adam_m.<name>}, {@code adam_v.<name>}; metadata {@code vaak.kind = am-checkpoint}, {@code vaak.am}
 * (the network's shape) and {@code state} (step, epoch, batch within the epoch, seed, time trained). The
 * batch order, SpecAugment and dropout are functions of (seed, epoch, step), so a resumed run continues
 * exactly where the saved one was.
 */
public final class Checkpoint {
    static final String KIND = "am-checkpoint";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Checkpoint() {
    }

    /** Where training stands. */
    public record State(long step, int epoch, int batchInEpoch, long seed, double trainedSeconds, double lastDevLoss,
            double lastDevPer) {
        String toJson() {
            ObjectNode o = JSON.createObjectNode();
            o.put("step", step);
            o.put("epoch", epoch);
            o.put("batch_in_epoch", batchInEpoch);
            o.put("seed", seed);
            o.put("trained_seconds", trainedSeconds);
            o.put("last_dev_loss", lastDevLoss);
            o.put("last_dev_per", lastDevPer);
            return o.toString();
        }

        static State fromJson(String s) throws IOException {
            JsonNode o = JSON.readTree(s);
            return new State(o.required("step").asLong(), o.required("epoch").asInt(),
                    o.required("batch_in_epoch").asInt(), o.required("seed").asLong(),
                    o.required("trained_seconds").asDouble(), o.path("last_dev_loss").asDouble(Double.NaN),
                    o.path("last_dev_per").asDouble(Double.NaN));
        }
    }

    /** Writes the checkpoint atomically. */
    public static void save(Path file, ConformerCtc net, AdamW opt, State state) throws IOException {
        List<StoredTensor> tensors = new ArrayList<>();
        for (Map.Entry<String, Parameter> e : net.namedParameters().entrySet()) {
            String n = e.getKey();
            NDArray w = e.getValue().getArray();
            int[] shape = ints(w.getShape());
            tensors.add(StoredTensor.ofFloats("param." + n, w.toFloatArray(), shape));
            float[] m = opt.firstMoment(n);
            if (m != null) {
                tensors.add(StoredTensor.ofFloats("adam_m." + n, m, shape));
                tensors.add(StoredTensor.ofFloats("adam_v." + n, opt.secondMoment(n), shape));
            }
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("vaak.kind", KIND);
        meta.put("vaak.am", net.config().toJson());
        meta.put("state", state.toJson());
        SafeTensorsWriter.write(file, tensors, meta);
    }

    /** The network shape a checkpoint was written for. */
    public static AmConfig config(Path file) throws IOException {
        return AmConfig.fromJson(open(file).metadata().get("vaak.am"));
    }

    /** Loads weights and moments into an initialised {@code net} and {@code opt}; returns the state. */
    public static State load(Path file, ConformerCtc net, AdamW opt) throws IOException {
        SafeTensors st = open(file);
        AmConfig saved = AmConfig.fromJson(st.metadata().get("vaak.am"));
        if (!saved.equals(net.config())) {
            throw new IllegalArgumentException(file + ": checkpoint is for network " + saved.toJson()
                    + ", not " + net.config().toJson());
        }
        for (Map.Entry<String, Parameter> e : net.namedParameters().entrySet()) {
            String n = e.getKey();
            if (!st.has("param." + n)) {
                throw new IllegalArgumentException(file + ": checkpoint has no tensor 'param." + n + "'");
            }
            NDArray w = e.getValue().getArray();
            float[] v = st.get("param." + n).toFloats();
            if (v.length != w.size()) {
                throw new IllegalArgumentException(file + ": tensor 'param." + n + "' has " + v.length
                        + " values, the network " + w.size());
            }
            org.vaak.training.am.Weights.assign(w, v);
            if (st.has("adam_m." + n)) {
                opt.restore(n, st.get("adam_m." + n).toFloats(), st.get("adam_v." + n).toFloats());
            }
        }
        return State.fromJson(st.metadata().get("state"));
    }

    private static SafeTensors open(Path file) throws IOException {
        SafeTensors st = SafeTensors.open(file);
        if (!KIND.equals(st.metadata().get("vaak.kind"))) {
            throw new IllegalArgumentException(file + ": not an acoustic-model checkpoint (vaak.kind = "
                    + st.metadata().get("vaak.kind") + ")");
        }
        return st;
    }

    static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }

    private static int[] ints(Shape s) {
        int[] out = new int[s.dimension()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.toIntExact(s.get(i));
        }
        return out;
    }
}
